// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/supervisorqueue.h"

#include "core/seatplan.h"
#include "fakeserver.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "sync/offlinesales.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_SupervisorQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedOfflineSaleIsQueuedWithItsReason();
    void refundCancelsTheLocalOrder();
    void retryAppendsANewOperation();
    void acceptKeepsTheOrderAndResolvesOnce();

private:
    /** Sells two offline orders, replays them; the server refuses the first. */
    void sellAndReplay();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncCache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    QList<OrderId> m_orders;
    QList<SeatId> m_seats;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_SupervisorQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(seedDemo(*m_db, m_now));
    m_cache = std::make_unique<SyncCache>(*m_db, 2);
    m_outbox = std::make_unique<Outbox>(*m_db, m_cache.get());
    m_orders.clear();
    sellAndReplay();
}

void tst_SupervisorQueue::cleanup()
{
    m_outbox.reset();
    m_cache.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_SupervisorQueue::sellAndReplay()
{
    CatalogRepository catalog(*m_db);
    const PerformanceId performance(4);
    const SeatPlan plan = *catalog.plan(catalog.performance(performance)->plan);
    const Inventory inventory = *catalog.inventory(performance, plan);
    m_seats.clear();
    for (const Seat &s : plan.seats()) {
        if (inventory.seatStatus(s.id, m_now) == SeatStatus::Free && m_seats.size() < 2)
            m_seats.append(s.id);
    }
    OfflineSales sales(*m_db, *m_outbox, 2);
    for (SeatId seat : std::as_const(m_seats)) {
        QVERIFY(m_db->exec(u"INSERT INTO sync_leases (performance_id, seat_id) VALUES (4, ?)"_s,
                           {seat.value}));
        Basket basket(performance, &plan, *catalog.priceList(performance), *catalog.priceTypes());
        QVERIFY(basket.addSeat(seat));
        auto order = sales.sell(basket, PaymentMethod::Cash, m_now);
        QVERIFY(order);
        m_orders.append(order->id());
    }
    FakeServer server;
    const qint64 refusedSeat = m_seats.first().value;
    int nextId = 500;
    server.setHandler([&](const FakeServer::Request &r) {
        const QJsonObject body = r.json();
        const QJsonObject line = body.value(u"lines"_s).toArray().first().toObject();
        if (line.value(u"seat"_s).toInteger() == refusedSeat)
            return FakeServer::Response::json(
                409,
                {{u"error"_s,
                  QJsonObject{{u"code"_s, u"lease_missing"_s},
                              {u"message"_s, u"seat is no longer leased to terminal 2"_s},
                              {u"details"_s, QJsonObject{{u"seats"_s, QJsonArray{refusedSeat}}}}}}});
        // Accepted: the server's order, with the same receipt and ticket code.
        QJsonObject ticket = line;
        ticket.insert(u"id"_s, nextId);
        ticket.insert(u"status"_s, u"valid"_s);
        const QJsonObject order{{u"id"_s, nextId++},
                                {u"number"_s, u"S-000500"_s},
                                {u"status"_s, u"sold"_s},
                                {u"performanceId"_s, body.value(u"performance"_s)},
                                {u"terminalId"_s, 2},
                                {u"receipt"_s, body.value(u"receipt"_s)},
                                {u"currency"_s, u"EUR"_s},
                                {u"total"_s, line.value(u"price"_s)},
                                {u"createdAt"_s, body.value(u"createdAt"_s)},
                                {u"tickets"_s, QJsonArray{ticket}}};
        return FakeServer::Response::json(201, {{u"order"_s, order}});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    QSignalSpy finished(m_outbox.get(), &Outbox::replayFinished);
    m_outbox->replay(client);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toInt(), 1);
    QCOMPARE(finished.first().at(1).toInt(), 1);
}

void tst_SupervisorQueue::refusedOfflineSaleIsQueuedWithItsReason()
{
    SupervisorQueue queue(*m_db);
    QCOMPARE(*queue.openCount(), 1);
    const SupervisorItem item = queue.items()->first();
    QCOMPARE(item.order, m_orders.first());
    QCOMPARE(item.code, u"lease_missing"_s);
    QCOMPARE(item.seats(), QList<SeatId>{m_seats.first()});
    QCOMPARE(item.resolution, SupervisorItem::Resolution::Open);
    // The refused sale no longer counts in the cache; the accepted one is linked.
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM tickets WHERE order_id = ? AND active = 1"_s,
                          {m_orders.first().value})
                 ->toInt(),
             0);
    QCOMPARE(m_db->scalar(u"SELECT server_id FROM orders WHERE id = ?"_s, {m_orders.at(1).value})
                 ->toInt(),
             500);
    QCOMPARE(*m_outbox->depth(), 0);
}

void tst_SupervisorQueue::refundCancelsTheLocalOrder()
{
    SupervisorQueue queue(*m_db);
    const qint64 id = queue.items()->first().id;
    auto r = queue.refund(id, u"cash returned"_s, {}, m_now);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(OrderRepository(*m_db).order(m_orders.first())->status(), OrderStatus::Cancelled);
    QCOMPARE(*queue.openCount(), 0);
    const SupervisorItem done = *queue.item(id);
    QCOMPARE(done.resolution, SupervisorItem::Resolution::Refunded);
    QCOMPARE(done.note, u"cash returned"_s);
    QCOMPARE(done.resolvedAt, m_now);
    // Still listed among all items: nothing is ever deleted.
    QCOMPARE(queue.items(false)->size(), 1);
}

void tst_SupervisorQueue::retryAppendsANewOperation()
{
    SupervisorQueue queue(*m_db);
    const SupervisorItem item = queue.items()->first();
    auto op = queue.retry(item.id, *m_outbox, {}, m_now);
    QVERIFY2(op, op ? "" : qPrintable(op.error().message));
    QVERIFY(*op != item.operation);
    QCOMPARE(*m_outbox->depth(), 1);
    const OutboxEntry retried = *m_outbox->entry(*op);
    const OutboxEntry original = *m_outbox->entry(item.operation);
    QCOMPARE(retried.body, original.body);
    QCOMPARE(retried.order, original.order);
    QCOMPARE(queue.item(item.id)->resolution, SupervisorItem::Resolution::Retried);
    // The sale counts again until the server answers.
    QCOMPARE(m_db->scalar(u"SELECT count(*) FROM tickets WHERE order_id = ? AND active = 1"_s,
                          {m_orders.first().value})
                 ->toInt(),
             1);
}

void tst_SupervisorQueue::acceptKeepsTheOrderAndResolvesOnce()
{
    SupervisorQueue queue(*m_db);
    const qint64 id = queue.items()->first().id;
    QVERIFY(queue.accept(id, u"guest left"_s, {}, m_now));
    QCOMPARE(OrderRepository(*m_db).order(m_orders.first())->status(), OrderStatus::Sold);
    auto again = queue.refund(id, u"twice"_s, {}, m_now);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::IllegalTransition);
    QCOMPARE(OrderRepository(*m_db).order(m_orders.first())->status(), OrderStatus::Sold);
}

QTEST_GUILESS_MAIN(tst_SupervisorQueue)
#include "tst_supervisorqueue.moc"
