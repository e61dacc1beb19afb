// SPDX-License-Identifier: GPL-3.0-or-later
// Server > Terminal leases against the real server and PostgreSQL (tests/support): the counts
// shown are the server's, each button changes the lease there, and the change feed brings the
// lease into this terminal's cache.
#include "widgets/leasedialog.h"

#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"
#include "sync/terminalleases.h"
#include "tests/support/serverfixture.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_LeaseDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void leaseAndReleaseThroughTheDialog();
    void refusalIsShown();

private:
    /** Signs \a sync in as the counter at terminal 1, as Session would, and syncs. */
    bool signInAndSync(SyncServices &sync);
    int cached(Database &db, const QString &sql, std::initializer_list<QVariant> binds = {});

    PgCluster m_pg;
    ServerProcess m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServices> m_sync;
};

void tst_LeaseDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
    auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    m_sync = std::make_unique<SyncServices>(*m_db);
    QVERIFY(signInAndSync(*m_sync));
}

void tst_LeaseDialog::cleanupTestCase()
{
    m_sync.reset();
    m_db.reset();
    m_server.kill();
    m_pg.stop();
}

bool tst_LeaseDialog::signInAndSync(SyncServices &sync)
{
    sync.client().setBaseUrl(m_server.url());
    std::optional<ServerReply> reply;
    sync.client().login(u"counter"_s, demoPassword(), 1, this, [&reply](const ServerReply &r) {
        reply = r;
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess())
        return false;
    sync.client().setToken(reply->body.value(u"token"_s).toString());
    const qint64 terminal = reply->body.value(u"terminal"_s).toObject().value(u"id"_s).toInteger();
    SyncState state(sync.database());
    if (!state.setServerUrl(m_server.url()) || !state.setTerminalId(terminal))
        return false;
    sync.cache().setTerminal(terminal);
    sync.engine().setPollWait(1);
    sync.engine().setRetryInterval(100);
    QSignalSpy caughtUp(&sync.engine(), &SyncEngine::caughtUp);
    sync.engine().start();
    return caughtUp.wait(60000);
}

int tst_LeaseDialog::cached(Database &db, const QString &sql, std::initializer_list<QVariant> binds)
{
    auto v = db.scalar(sql, binds);
    return v ? v->toInt() : -1;
}

void tst_LeaseDialog::leaseAndReleaseThroughTheDialog()
{
    LeaseDialog dialog(*m_sync);
    QSignalSpy refreshed(&dialog, &LeaseDialog::refreshed);
    QSignalSpy finished(&dialog, &LeaseDialog::requestFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QVERIFY2(refreshed.last().at(0).toBool(), qPrintable(dialog.statusText()));
    // One row per on-sale performance of the cache, nothing leased yet.
    const auto performances = *m_sync->leases().performances(QDateTime::currentDateTimeUtc());
    QVERIFY(!performances.isEmpty());
    QCOMPARE(dialog.table()->rowCount(), performances.size());
    const PerformanceId performance = performances.first().performance.id;
    dialog.selectPerformance(performance);
    QCOMPARE(dialog.currentPerformance(), performance);
    QCOMPARE(dialog.leasedSeats(performance), 0);
    QVERIFY(!dialog.releaseButton()->isEnabled());
    QVERIFY(!dialog.leaseSelectionButton()->isEnabled()); // nothing selected on a sales screen

    // Three free seats.
    dialog.seatCountEdit()->setValue(3);
    refreshed.clear();
    finished.clear();
    QTest::mouseClick(dialog.leaseBestButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QCOMPARE(dialog.leasedSeats(performance), 3);
    QCOMPARE(dialog.table()->item(dialog.table()->currentRow(), 2)->text(), u"3"_s);
    // The change feed brings the lease into the cache: these seats sell offline now.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cached(*m_db,
                          u"SELECT count(*) FROM sync_leases WHERE performance_id = ?"
                          " AND seat_id IS NOT NULL"_s,
                          {performance.value})
                   == 3;
        },
        30000));

    // Standing places of the first zone.
    QVERIFY(dialog.zoneBox()->count() > 0);
    dialog.standingCountEdit()->setValue(5);
    refreshed.clear();
    finished.clear();
    QTest::mouseClick(dialog.leaseStandingButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QCOMPARE(dialog.leasedStanding(performance), 5);

    // The seats selected on the sales screen.
    const QList<SeatId> selection = *m_sync->leases().freeSeats(performance,
                                                                2,
                                                                QDateTime::currentDateTimeUtc());
    QCOMPARE(selection.size(), 2);
    dialog.setSelection(performance, selection);
    QVERIFY(dialog.leaseSelectionButton()->isEnabled());
    refreshed.clear();
    finished.clear();
    QTest::mouseClick(dialog.leaseSelectionButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QCOMPARE(dialog.leasedSeats(performance), 5);

    if (const QString dir = qEnvironmentVariable("PARKETT_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(u"lease-dialog.png"_s)));

    // Released: the server frees the places, and the cache forgets them.
    QVERIFY(dialog.releaseButton()->isEnabled());
    refreshed.clear();
    finished.clear();
    QTest::mouseClick(dialog.releaseButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(dialog.statusText()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QCOMPARE(dialog.leasedSeats(performance), 0);
    QCOMPARE(dialog.leasedStanding(performance), 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return cached(*m_db,
                          u"SELECT count(*) FROM sync_leases WHERE performance_id = ?"_s,
                          {performance.value})
                   == 0;
        },
        30000));
}

void tst_LeaseDialog::refusalIsShown()
{
    // A seat another counter holds cannot be leased: the server's reason is shown and the
    // lease stays as it was.
    const auto performances = *m_sync->leases().performances(QDateTime::currentDateTimeUtc());
    const PerformanceId performance = performances.first().performance.id;
    const QList<SeatId> seats = *m_sync->leases().freeSeats(performance,
                                                            1,
                                                            QDateTime::currentDateTimeUtc());
    QCOMPARE(seats.size(), 1);
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    QCOMPARE(phone
                 .post(u"/v1/holds"_s,
                       {{u"performance"_s, performance.value},
                        {u"seats"_s, QJsonArray{seats.first().value}},
                        {u"ttlSeconds"_s, 600}})
                 .status,
             201);
    LeaseDialog dialog(*m_sync);
    QSignalSpy refreshed(&dialog, &LeaseDialog::refreshed);
    QSignalSpy finished(&dialog, &LeaseDialog::requestFinished);
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    dialog.setSelection(performance, seats);
    refreshed.clear();
    dialog.leaseSelection();
    QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000));
    QVERIFY(!finished.last().at(0).toBool());
    QVERIFY2(dialog.statusText().startsWith(u"Refused by the server"_s),
             qPrintable(dialog.statusText()));
    QVERIFY(QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, 30000));
    QCOMPARE(dialog.leasedSeats(performance), 0);
}

QTEST_MAIN(tst_LeaseDialog)
#include "tst_leasedialog.moc"
