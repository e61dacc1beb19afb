// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/supervisorqueuedialog.h"

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

private:
    QPushButton *button(SupervisorQueueDialog &dialog, const QString &text);

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
    // An offline sale from the lease, which the server then refuses.
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
    QVERIFY(m_db->exec(u"INSERT INTO sync_leases (performance_id, seat_id) VALUES (4, ?)"_s,
                       {seat.value}));
    Basket basket(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
    QVERIFY(basket.addSeat(seat));
    auto order = OfflineSales(*m_db, m_sync->outbox(), 2).sell(basket, PaymentMethod::Cash, m_now);
    QVERIFY(order);
    m_order = order->id();
    m_receipt = order->number();
    FakeServer server;
    server.setHandler([seat](const FakeServer::Request &) {
        return FakeServer::Response::json(
            409,
            {{u"error"_s,
              QJsonObject{{u"code"_s, u"lease_missing"_s},
                          {u"message"_s, u"seats are not leased to terminal 2 any more"_s},
                          {u"details"_s, QJsonObject{{u"seats"_s, QJsonArray{seat.value}}}}}}});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    QSignalSpy finished(&m_sync->outbox(), &Outbox::replayFinished);
    m_sync->outbox().replay(client);
    QVERIFY(finished.wait(20000));
    QCOMPARE(*m_sync->supervisorQueue().openCount(), 1);
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

QTEST_MAIN(tst_SupervisorQueueDialog)
#include "tst_supervisorqueuedialog.moc"
