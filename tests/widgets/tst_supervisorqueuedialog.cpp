// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/supervisorqueuedialog.h"

#include "core/customerflag.h"
#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "sync/offlinesales.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/supervisorqueue.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "tests/sync/fakeserver.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_SupervisorQueueDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheRefusalWithItsReason();
    void refundResolvesAndCancels();
    void sendAgainQueuesANewOperation();
    void noNoteNoAction();
    void approvalOfABlockedCustomersSale();

private:
    QPushButton *button(SupervisorQueueDialog &dialog, const QString &text);
    /** Sells one seat offline and lets a fake server refuse its replay with \a code. */
    bool sellRefused(const QString &code, const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServices> m_sync;
    OrderId m_order;
    QString m_receipt;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_SupervisorQueueDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(seedDemo(*m_db, m_now));
    m_sync = std::make_unique<SyncServices>(*m_db);
    m_sync->engine().setForcedOffline(true);
    QVERIFY(sellRefused(u"lease_missing"_s, u"seats are not leased to terminal 2 any more"_s));
    QCOMPARE(*m_sync->supervisorQueue().openCount(), 1);
}

bool tst_SupervisorQueueDialog::sellRefused(const QString &code, const QString &message)
{
    // An offline sale of a free seat from the lease, which the server then refuses.
    CatalogRepository catalog(*m_db);
    const PerformanceId performance(4);
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    const Inventory inventory = *catalog.inventory(performance, plan);
    SeatId seat;
    for (const Seat &s : plan.seats()) {
        if (inventory.seatStatus(s.id, m_now) == SeatStatus::Free) {
            seat = s.id;
            break;
        }
    }
    if (!m_db->exec(u"INSERT INTO sync_leases (performance_id, seat_id) VALUES (4, ?)"_s,
                    {seat.value}))
        return false;
    Basket basket(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    if (!basket.addSeat(seat))
        return false;
    auto order = OfflineSales(*m_db, m_sync->outbox(), 2).sell(basket, PaymentMethod::Cash, m_now);
    if (!order)
        return false;
    m_order = order->id();
    m_receipt = order->number();
    FakeServer server;
    server.setHandler([seat, code, message](const FakeServer::Request &) {
        return FakeServer::Response::json(
            409,
            {{u"error"_s,
              QJsonObject{{u"code"_s, code},
                          {u"message"_s, message},
                          {u"details"_s, QJsonObject{{u"seats"_s, QJsonArray{seat.value}}}}}}});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    QSignalSpy finished(&m_sync->outbox(), &Outbox::replayFinished);
    m_sync->outbox().replay(client);
    return finished.wait(20000);
}

void tst_SupervisorQueueDialog::cleanup()
{
    m_sync.reset();
    m_db.reset();
    m_dir.reset();
}

QPushButton *tst_SupervisorQueueDialog::button(SupervisorQueueDialog &dialog, const QString &text)
{
    const auto buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

void tst_SupervisorQueueDialog::listsTheRefusalWithItsReason()
{
    SupervisorQueueDialog dialog(*m_sync);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SupervisorQueueDialog::OrderColumn)->text(), m_receipt);
    QCOMPARE(table->item(0, SupervisorQueueDialog::ReasonColumn)->text(),
             u"Seats no longer leased to this terminal"_s);
    QCOMPARE(table->item(0, SupervisorQueueDialog::MessageColumn)->text(),
             u"seats are not leased to terminal 2 any more"_s);
    QVERIFY(!table->item(0, SupervisorQueueDialog::SeatsColumn)->text().isEmpty());
    QCOMPARE(table->item(0, SupervisorQueueDialog::StateColumn)->text(), u"Open"_s);
    QVERIFY(button(dialog, u"Refund"_s)->isEnabled());
}

void tst_SupervisorQueueDialog::refundResolvesAndCancels()
{
    SupervisorQueueDialog dialog(*m_sync);
    dialog.setNoteProvider([](const QString &) { return u"cash back"_s; });
    QTest::mouseClick(button(dialog, u"Refund"_s), Qt::LeftButton);
    QCOMPARE(dialog.table()->rowCount(), 0); // resolved items are hidden
    QCOMPARE(*m_sync->supervisorQueue().openCount(), 0);
    QCOMPARE(OrderRepository(*m_db).order(m_order)->status(), OrderStatus::Cancelled);
    // Shown again with the resolved ones, with its note.
    dialog.findChild<QCheckBox *>()->setChecked(true);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, SupervisorQueueDialog::StateColumn)->text(),
             u"Refunded: cash back"_s);
    QVERIFY(!button(dialog, u"Refund"_s)->isEnabled());
}

void tst_SupervisorQueueDialog::sendAgainQueuesANewOperation()
{
    SupervisorQueueDialog dialog(*m_sync);
    QCOMPARE(*m_sync->outbox().depth(), 0);
    const qint64 id = dialog.itemIds().first();
    QTest::mouseClick(button(dialog, u"Send again"_s), Qt::LeftButton);
    QCOMPARE(*m_sync->outbox().depth(), 1);
    QCOMPARE(dialog.table()->rowCount(), 0);
    QCOMPARE(m_sync->supervisorQueue().item(id)->resolution, SupervisorItem::Resolution::Retried);
}

void tst_SupervisorQueueDialog::noNoteNoAction()
{
    SupervisorQueueDialog dialog(*m_sync);
    dialog.setNoteProvider([](const QString &) { return QString(); });
    QTest::mouseClick(button(dialog, u"Accept…"_s), Qt::LeftButton);
    QCOMPARE(*m_sync->supervisorQueue().openCount(), 1);
    QCOMPARE(OrderRepository(*m_db).order(m_order)->status(), OrderStatus::Sold);
}

void tst_SupervisorQueueDialog::approvalOfABlockedCustomersSale()
{
    QVERIFY(sellRefused(u"customer_blocked"_s, u"customer C-000007 is blocked from sale"_s));
    const OrderId blockedSale = m_order;
    SupervisorQueueDialog dialog(*m_sync);
    QCOMPARE(dialog.table()->rowCount(), 2);
    QPushButton *approve = button(dialog, u"Approve and send again…"_s);
    QVERIFY(approve);
    // Only the blocked customer's sale takes an approval.
    const int lease = dialog.table()->item(0, SupervisorQueueDialog::ReasonColumn)->text()
                              == u"Seats no longer leased to this terminal"_s
                          ? 0
                          : 1;
    dialog.table()->selectRow(lease);
    QVERIFY(!approve->isEnabled());
    dialog.table()->selectRow(1 - lease);
    QVERIFY(approve->isEnabled());
    const qint64 id = dialog.itemIds().at(1 - lease);
    const qint64 leaseItem = dialog.itemIds().at(lease);

    // The server checks the password: the terminal keeps none. A sign-in that worked is
    // signed out again at once.
    FakeServer server;
    QList<FakeServer::Request> seen;
    server.setHandler([&seen](const FakeServer::Request &r) {
        seen.append(r);
        if (r.path == u"/v1/logout"_s)
            return FakeServer::Response::json(204, {});
        const QJsonObject body = r.json();
        if (body.value(u"password"_s).toString() != u"right"_s)
            return FakeServer::Response::json(401,
                                              {{u"error"_s,
                                                QJsonObject{{u"code"_s, u"unauthenticated"_s},
                                                            {u"message"_s,
                                                             u"wrong login or password"_s}}}});
        const QString login = body.value(u"login"_s).toString();
        return FakeServer::Response::json(
            200,
            {{u"token"_s, u"token-of-"_s + login},
             {u"user"_s,
              QJsonObject{{u"login"_s, login},
                          {u"role"_s, login == u"boss"_s ? u"supervisor"_s : u"box-office"_s}}}});
    });
    m_sync->client().setBaseUrl(server.url());
    QSignalSpy done(&dialog, &SupervisorQueueDialog::approvalDone);
    const auto approveAs = [&](const QString &login, const QString &password) {
        dialog.setApprovalProvider([=] { return SupervisorApproval{login, password}; });
        QTest::mouseClick(approve, Qt::LeftButton);
        return done.wait(20000) && done.takeFirst().at(0).toBool();
    };
    QVERIFY(!approveAs(u"boss"_s, u"wrong"_s));
    QVERIFY2(
        dialog.findChild<QLabel *>(u"supervisorMessage"_s)->text().contains(u"login and password"_s),
        qPrintable(dialog.findChild<QLabel *>(u"supervisorMessage"_s)->text()));
    QVERIFY(!approveAs(u"clerk"_s, u"right"_s));
    QVERIFY2(dialog.findChild<QLabel *>(u"supervisorMessage"_s)
                 ->text()
                 .contains(u"clerk is no supervisor"_s),
             qPrintable(dialog.findChild<QLabel *>(u"supervisorMessage"_s)->text()));
    QCOMPARE(*m_sync->outbox().depth(), 0);
    QCOMPARE(m_sync->supervisorQueue().item(id)->resolution, SupervisorItem::Resolution::Open);

    QVERIFY(approveAs(u"boss"_s, u"right"_s));
    QCOMPARE(m_sync->supervisorQueue().item(id)->resolution, SupervisorItem::Resolution::Retried);
    QVERIFY(
        m_sync->supervisorQueue().item(id)->note.startsWith(u"approved by supervisor boss, as "_s));
    auto pending = m_sync->outbox().entries(OutboxEntry::State::Pending);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().route, u"/v1/offline-orders"_s);
    QCOMPARE(pending->first().order, blockedSale);
    QCOMPARE(pending->first().body.value(u"approvedBy"_s).toString(), u"boss"_s);
    // Each sign-in that worked (clerk's and boss's) was signed out with its own token.
    QTRY_COMPARE(std::count_if(seen.cbegin(),
                               seen.cend(),
                               [](const FakeServer::Request &r) {
                                   return r.path == u"/v1/logout"_s;
                               }),
                 2);
    QStringList revoked;
    for (const FakeServer::Request &r : std::as_const(seen)) {
        if (r.path == u"/v1/logout"_s)
            revoked.append(QString::fromLatin1(r.headers.value("authorization")));
    }
    revoked.sort();
    QCOMPARE(revoked, (QStringList{u"Bearer token-of-boss"_s, u"Bearer token-of-clerk"_s}));
    // The lease's refusal takes no approval.
    QVERIFY(
        !m_sync->supervisorQueue().retry(leaseItem, m_sync->outbox(), UserId(1), m_now, u"boss"_s));
    QCOMPARE(m_sync->supervisorQueue().item(leaseItem)->resolution,
             SupervisorItem::Resolution::Open);
}

QTEST_MAIN(tst_SupervisorQueueDialog)
#include "tst_supervisorqueuedialog.moc"
