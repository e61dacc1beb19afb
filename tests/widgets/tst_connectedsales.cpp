// SPDX-License-Identifier: GPL-3.0-or-later
// The sales screen in connected mode, against the real server and PostgreSQL (tests/support):
// the composition root's ConnectedSales sends a sale from the screen to the server (hold, then
// confirm) while online, and sells only from the terminal's lease while offline.
#include "models/connectedsales.h"

#include "models/basketmodel.h"
#include "models/boxoffice.h"
#include "models/salesgateway.h"
#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"
#include "sync/terminalleases.h"
#include "tests/support/serverfixture.h"
#include "widgets/mainwindow.h"
#include "widgets/salesscreen.h"
#include "widgets/syncdesk.h"

#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedSales final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void standaloneWithoutAServer();
    void salesScreenSellsOnlineThenFromTheLease();

private:
    bool signInAndSync(SyncServices &sync);
    qint64 cached(const QString &sql, std::initializer_list<QVariant> binds = {});
    int serverOrdersWithReceipt(PerformanceId performance, const QString &receipt);

    PgCluster m_pg;
    ServerProcess m_server;
    std::unique_ptr<TestClient> m_supervisor;
    QTemporaryDir m_dir;
    std::unique_ptr<BoxOffice> m_box;
    std::unique_ptr<SyncServices> m_sync;
};

void tst_ConnectedSales::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
    m_supervisor = std::make_unique<TestClient>(m_server.url());
    QVERIFY(m_supervisor->login(u"supervisor"_s, demoPassword(), 1));
    auto db = Database::open(m_dir.filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_box = std::make_unique<BoxOffice>(std::move(*db));
    m_sync = std::make_unique<SyncServices>(m_box->database());
}

void tst_ConnectedSales::cleanupTestCase()
{
    m_sync.reset();
    m_box.reset();
    m_supervisor.reset();
    m_server.kill();
    m_pg.stop();
}

bool tst_ConnectedSales::signInAndSync(SyncServices &sync)
{
    sync.client().setBaseUrl(m_server.url());
    std::optional<ServerReply> reply;
    sync.client().login(u"counter"_s, demoPassword(), 1, this, [&reply](const ServerReply &r) {
        reply = r;
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess())
        return false;
    sync.client().setToken(reply->body.value(u"token"_s).toString());
    const QJsonObject user = reply->body.value(u"user"_s).toObject();
    const qint64 terminal = reply->body.value(u"terminal"_s).toObject().value(u"id"_s).toInteger();
    SyncState state(sync.database());
    if (!state.setServerUrl(m_server.url()) || !state.setTerminalId(terminal)
        || !state.setValue(u"user_id"_s, QString::number(user.value(u"id"_s).toInteger())))
        return false;
    sync.cache().setTerminal(terminal);
    if (!sync.cache().applyUser(user))
        return false;
    sync.engine().setPollWait(1);
    sync.engine().setRetryInterval(100);
    QSignalSpy caughtUp(&sync.engine(), &SyncEngine::caughtUp);
    sync.engine().start();
    return caughtUp.wait(60000);
}

qint64 tst_ConnectedSales::cached(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto v = m_box->database().scalar(sql, binds);
    return v ? v->toLongLong() : -1;
}

int tst_ConnectedSales::serverOrdersWithReceipt(PerformanceId performance, const QString &receipt)
{
    const HttpReply snapshot = m_supervisor->get(
        u"/v1/performances/%1/snapshot"_s.arg(performance.value));
    int n = 0;
    for (const QJsonValue &o : snapshot.json.value(u"orders"_s).toArray()) {
        if (o.toObject().value(u"receipt"_s).toString() == receipt)
            ++n;
    }
    return n;
}

void tst_ConnectedSales::standaloneWithoutAServer()
{
    // No server configured for the file: the gateway is the standalone one, and says so.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"standalone.sqlite"_s));
    QVERIFY(db);
    BoxOffice box(std::move(*db));
    SyncServices sync(box.database());
    StandaloneSales standalone(box);
    ConnectedSales sales(sync, standalone);
    QVERIFY(!sales.isConnected());
    QCOMPARE(sales.modeText(), standalone.modeText());
    QVERIFY(sales.canReserve());
    QVERIFY(sales.canOverrideRules());
}

void tst_ConnectedSales::salesScreenSellsOnlineThenFromTheLease()
{
    QVERIFY(signInAndSync(*m_sync));
    StandaloneSales standalone(*m_box);
    ConnectedSales sales(*m_sync, standalone);
    QVERIFY(sales.isConnected());
    QVERIFY(sales.isOnline());
    QVERIFY(!sales.canReserve());

    m_box->setModeName(u"Connected to %1"_s.arg(m_server.url().host()));
    MainWindow window(*m_box);
    SyncDesk *desk = window.attachSync(*m_sync);
    desk->setQuitConfirmation([](int) { return true; });
    window.setSalesGateway(&sales);
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const PerformanceId performance = m_sync->cache().onSalePerformances()->first();
    SalesScreen *screen = window.openPerformance(performance);
    QVERIFY(screen);
    QVERIFY2(screen->salesModeText().startsWith(u"Online"_s), qPrintable(screen->salesModeText()));
    auto *sell = screen->findChild<QPushButton *>(u"sellButton"_s);
    auto *reserve = screen->findChild<QPushButton *>(u"reserveButton"_s);
    QVERIFY(sell && reserve);

    // One seat is leased to this terminal for later; the feed brings the lease.
    const SeatId leased = m_sync->leases()
                              .freeSeats(performance, 1, QDateTime::currentDateTimeUtc())
                              ->first();
    std::optional<Result<void>> leasedDone;
    m_sync->leases().lease(performance, {leased}, {}, this, [&](Result<void> r) { leasedDone = r; });
    QVERIFY(QTest::qWaitFor([&] { return leasedDone.has_value(); }, 30000));
    QVERIFY(*leasedDone);
    QVERIFY(
        QTest::qWaitFor([&] { return cached(u"SELECT count(*) FROM sync_leases"_s) == 1; }, 30000));

    // Online: two best seats, Sell; the server holds and confirms, the cache has its order.
    QVERIFY(screen->findBestSeats(2, CategoryId()));
    const QList<SeatId> seats = screen->basketModel()->basket().seats();
    QCOMPARE(seats.size(), 2);
    QVERIFY(!seats.contains(leased));
    QVERIFY(sell->isEnabled());
    QVERIFY(!reserve->isEnabled()); // reservations are not sent to the server from here yet
    QSignalSpy placed(screen, &SalesScreen::orderPlaced);
    QTest::mouseClick(sell, Qt::LeftButton);
    QVERIFY(placed.wait(30000));
    const qint64 order = cached(u"SELECT o.server_id FROM tickets t JOIN orders o"
                                " ON o.id = t.order_id WHERE t.performance_id = ?"
                                " AND t.seat_id = ? AND t.active = 1"_s,
                                {performance.value, seats.first().value});
    QVERIFY(order > 0);
    const HttpReply onServer = m_supervisor->get(u"/v1/orders/%1"_s.arg(order));
    QCOMPARE(onServer.status, 200);
    const QJsonObject wire = onServer.json.value(u"order"_s).toObject();
    QCOMPARE(wire.value(u"status"_s).toString(), u"sold"_s);
    QCOMPARE(wire.value(u"tickets"_s).toArray().size(), 2);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(screen->inventory().seatStatus(seats.at(0), now), SeatStatus::Sold);
    QCOMPARE(screen->inventory().seatStatus(seats.at(1), now), SeatStatus::Sold);
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();

    if (const QString dir = qEnvironmentVariable("PARKETT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(screen->findBestSeats(3, CategoryId()));
        QTest::qWait(50);
        // The picture names no folder of the machine that took it.
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->text().contains(m_dir.path()))
                label->setText(label->text().replace(m_dir.path(), u"~/.local/share/Parkett"_s));
        }
        QVERIFY(window.grab().save(QDir(dir).filePath(u"sales-connected.png"_s)));
        screen->basketModel()->clear();
    }

    // Another counter holds a seat: the open seat map shows it taken through the change feed,
    // and free again when that counter lets go.
    const SeatId elsewhere = m_sync->leases()
                                 .freeSeats(performance, 1, QDateTime::currentDateTimeUtc())
                                 ->first();
    TestClient phone(m_server.url());
    QVERIFY(phone.login(u"phone"_s, demoPassword(), 2));
    const HttpReply hold = phone.post(u"/v1/holds"_s,
                                      {{u"performance"_s, performance.value},
                                       {u"seats"_s, QJsonArray{elsewhere.value}},
                                       {u"ttlSeconds"_s, 600}});
    QCOMPARE(hold.status, 201);
    auto statusOnScreen = [&] {
        return screen->inventory().seatStatus(elsewhere, QDateTime::currentDateTimeUtc());
    };
    QVERIFY(QTest::qWaitFor([&] { return statusOnScreen() != SeatStatus::Free; }, 30000));
    const QString holdId = hold.json.value(u"hold"_s).toObject().value(u"id"_s).toString();
    QCOMPARE(phone.request("DELETE", u"/v1/holds/%1"_s.arg(holdId), {}, newOperationId()).status,
             204);
    QVERIFY(QTest::qWaitFor([&] { return statusOnScreen() == SeatStatus::Free; }, 30000));

    // Offline: a seat that is not leased here is refused, and nothing is written.
    m_sync->engine().setForcedOffline(true);
    QVERIFY2(screen->salesModeText().startsWith(u"Offline"_s), qPrintable(screen->salesModeText()));
    const qint64 ordersBefore = cached(u"SELECT count(*) FROM orders"_s);
    QVERIFY(screen->findBestSeats(1, CategoryId()));
    QVERIFY(!screen->basketModel()->basket().seats().contains(leased));
    placed.clear();
    QTest::mouseClick(sell, Qt::LeftButton);
    auto *refusal = screen->findChild<QMessageBox *>(u"saleError"_s);
    QVERIFY(refusal);
    QVERIFY2(refusal->detailedText().contains(u"leased to it"_s),
             qPrintable(refusal->detailedText()));
    refusal->close();
    QCOMPARE(placed.size(), 0);
    QCOMPARE(cached(u"SELECT count(*) FROM orders"_s), ordersBefore);
    QCOMPARE(*m_sync->outbox().depth(), 0);

    // The leased seat sells offline: a local order under a receipt number, and its outbox
    // operation.
    screen->basketModel()->clear();
    QVERIFY(screen->basketModel()->addSeat(leased));
    QVERIFY(sell->isEnabled());
    QTest::mouseClick(sell, Qt::LeftButton);
    QCOMPARE(placed.size(), 1);
    QCOMPARE(*m_sync->outbox().depth(), 1);
    const QString receipt = m_box->database()
                                .scalar(u"SELECT number FROM orders WHERE origin = 'offline'"_s)
                                ->toString();
    QCOMPARE(receipt, u"T1-000001"_s);
    QCOMPARE(screen->inventory().seatStatus(leased, QDateTime::currentDateTimeUtc()),
             SeatStatus::Sold);
    for (QDialog *dialog : screen->findChildren<QDialog *>())
        dialog->close();

    // Back online: the outbox goes out, once.
    m_sync->engine().setForcedOffline(false);
    QVERIFY(QTest::qWaitFor([&] { return *m_sync->outbox().depth() == 0; }, 60000));
    QCOMPARE(serverOrdersWithReceipt(performance, receipt), 1);
    QVERIFY(QTest::qWaitFor([&] { return screen->salesModeText().startsWith(u"Online"_s); }, 30000));
}

QTEST_MAIN(tst_ConnectedSales)
#include "tst_connectedsales.moc"
