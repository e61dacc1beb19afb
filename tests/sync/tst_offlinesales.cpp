// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/offlinesales.h"

#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "storage/orderrepository.h"
#include "sync/outbox.h"
#include "sync/synccache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_OfflineSales final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sellsFromTheLeaseWithItsOutboxOperation();
    void refusesWhatIsNotLeasedAndWritesNothing();
    void aSeatIsSoldOnceOnly();
    void receiptsCountUpPerTerminal();
    void standingPlacesFromTheLeasedQuantity();
    void failedSaleLeavesNoOperation();
    void unenrolledTerminalCannotSell();
    void blockedCustomerNeedsASupervisor();

private:
    Basket basket() const;
    void lease(const QList<SeatId> &seats, int standing = 0);
    int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Outbox> m_outbox;
    SeatPlan m_plan;
    QList<PriceType> m_types;
    PriceList m_prices;
    QList<SeatId> m_free;
    const PerformanceId m_performance = PerformanceId(4);
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_OfflineSales::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(seedDemo(*m_db, m_now));
    CatalogRepository catalog(*m_db);
    m_plan = *catalog.plan(catalog.performance(m_performance)->plan);
    m_types = *catalog.priceTypes();
    m_prices = *catalog.priceList(m_performance);
    const Inventory inventory = *catalog.inventory(m_performance, m_plan);
    m_free.clear();
    for (const Seat &s : m_plan.seats()) {
        if (inventory.seatStatus(s.id, m_now) == SeatStatus::Free && m_free.size() < 6)
            m_free.append(s.id);
    }
    QCOMPARE(m_free.size(), 6);
    m_outbox = std::make_unique<Outbox>(*m_db);
}

void tst_OfflineSales::cleanup()
{
    m_outbox.reset();
    m_db.reset();
    m_dir.reset();
}

Basket tst_OfflineSales::basket() const
{
    return Basket(m_performance, &m_plan, m_prices, m_types);
}

void tst_OfflineSales::lease(const QList<SeatId> &seats, int standing)
{
    for (SeatId s : seats)
        QVERIFY(m_db->exec(u"INSERT INTO sync_leases (performance_id, seat_id) VALUES (?, ?)"_s,
                           {m_performance.value, s.value}));
    if (standing > 0)
        QVERIFY(m_db->exec(u"INSERT INTO sync_leases (performance_id, zone_id, quantity)"
                           " VALUES (?, ?, ?)"_s,
                           {m_performance.value, m_plan.zones().first().id.value, standing}));
}

int tst_OfflineSales::count(const QString &sql)
{
    auto v = m_db->scalar(sql);
    return v ? v->toInt() : -1;
}

void tst_OfflineSales::sellsFromTheLeaseWithItsOutboxOperation()
{
    lease({m_free.at(0), m_free.at(1)});
    OfflineSales sales(*m_db, *m_outbox, 2);
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(0)));
    QSignalSpy depth(m_outbox.get(), &Outbox::depthChanged);
    auto order = sales.sell(b, PaymentMethod::Cash, m_now);
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));
    QCOMPARE(order->number(), u"T2-000001"_s);
    QCOMPARE(order->status(), OrderStatus::Sold);
    QVERIFY(order->id().value >= SyncCache::kLocalIdBase);
    QCOMPARE(order->tickets().size(), 1);
    QCOMPARE(depth.size(), 1);

    // Stored locally, marked as an offline sale of terminal 2 with its receipt.
    auto stored = OrderRepository(*m_db).order(order->id());
    QVERIFY(stored);
    QCOMPARE(stored->tickets().first().seat, m_free.at(0));
    QCOMPARE(stored->paid(), stored->total());
    auto origin = m_db->exec(u"SELECT origin, terminal_id, receipt FROM orders WHERE id = ?"_s,
                             {order->id().value});
    QVERIFY(origin && origin->next());
    QCOMPARE(origin->value(0).toString(), u"offline"_s);
    QCOMPARE(origin->value(1).toLongLong(), 2);
    QCOMPARE(origin->value(2).toString(), u"T2-000001"_s);

    // The seat counts as sold in the local inventory.
    CatalogRepository catalog(*m_db);
    QCOMPARE(catalog.inventory(m_performance, m_plan)->seatStatus(m_free.at(0), m_now),
             SeatStatus::Sold);

    // One outbox operation with what the server needs to replay it.
    QCOMPARE(*m_outbox->depth(), 1);
    const OutboxEntry e = m_outbox->entries()->first();
    QCOMPARE(e.route, u"/v1/offline-orders"_s);
    QCOMPARE(e.method, QByteArray("POST"));
    QCOMPARE(e.order, order->id());
    QCOMPARE(e.body.value(u"receipt"_s).toString(), u"T2-000001"_s);
    QCOMPARE(e.body.value(u"performance"_s).toInteger(), m_performance.value);
    const QJsonArray lines = e.body.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().toObject().value(u"seat"_s).toInteger(), m_free.at(0).value);
    QCOMPARE(lines.first().toObject().value(u"barcode"_s).toString(),
             order->tickets().first().barcode);
    QCOMPARE(lines.first().toObject().value(u"price"_s).toInteger(),
             order->tickets().first().price.minorUnits());
    QCOMPARE(e.body.value(u"payment"_s).toObject().value(u"amount"_s).toInteger(),
             order->total().minorUnits());
    QCOMPARE(e.body.value(u"payment"_s).toObject().value(u"method"_s).toString(), u"cash"_s);

    // The lease is consumed: only the other seat is left.
    QCOMPARE(sales.lease(m_performance)->seats, QList<SeatId>{m_free.at(1)});
}

void tst_OfflineSales::refusesWhatIsNotLeasedAndWritesNothing()
{
    lease({m_free.at(0)});
    OfflineSales sales(*m_db, *m_outbox, 2);
    const int orders = count(u"SELECT count(*) FROM orders"_s);
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(0)));
    QVERIFY(b.addSeat(m_free.at(2))); // free, but not leased here
    auto order = sales.sell(b, PaymentMethod::Cash, m_now);
    QVERIFY(!order);
    QCOMPARE(order.error().code, ErrorCode::SeatUnavailable);
    QVERIFY(order.error().message.contains(QString::number(m_free.at(2).value)));
    QCOMPARE(count(u"SELECT count(*) FROM orders"_s), orders);
    QCOMPARE(*m_outbox->depth(), 0);
    QCOMPARE(count(u"SELECT count(*) FROM sync_receipts"_s), 0);
    QCOMPARE(sales.lease(m_performance)->seats, QList<SeatId>{m_free.at(0)});
}

void tst_OfflineSales::aSeatIsSoldOnceOnly()
{
    lease({m_free.at(0)});
    OfflineSales sales(*m_db, *m_outbox, 2);
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(0)));
    QVERIFY(sales.sell(b, PaymentMethod::Card, m_now));
    auto again = sales.sell(b, PaymentMethod::Card, m_now);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::SeatUnavailable);
    QCOMPARE(*m_outbox->depth(), 1);
    QCOMPARE(count(u"SELECT count(*) FROM orders WHERE origin = 'offline'"_s), 1);
}

void tst_OfflineSales::receiptsCountUpPerTerminal()
{
    lease(m_free.mid(0, 4));
    OfflineSales two(*m_db, *m_outbox, 2);
    OfflineSales three(*m_db, *m_outbox, 3);
    QStringList receipts;
    for (int i = 0; i < 4; ++i) {
        Basket b = basket();
        QVERIFY(b.addSeat(m_free.at(i)));
        auto order = (i % 2 == 0 ? two : three).sell(b, PaymentMethod::Cash, m_now);
        QVERIFY2(order, order ? "" : qPrintable(order.error().message));
        receipts.append(order->number());
    }
    QCOMPARE(receipts,
             (QStringList{u"T2-000001"_s, u"T3-000001"_s, u"T2-000002"_s, u"T3-000002"_s}));
    QCOMPARE(OfflineSales::receiptText(12, 41), u"T12-000041"_s);
    // The outbox keeps them in the order they were sold.
    const auto entries = *m_outbox->entries();
    QCOMPARE(entries.size(), 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(entries.at(i).body.value(u"receipt"_s).toString(), receipts.at(i));
    // A counter the server knows to be further on is respected (a fresh cache, say).
    SyncCache cache(*m_db, 2);
    QVERIFY(m_db->exec(u"UPDATE sync_receipts SET last_number = 40 WHERE terminal_id = 2"_s));
    lease({m_free.at(4)});
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(4)));
    QCOMPARE(two.sell(b, PaymentMethod::Cash, m_now)->number(), u"T2-000041"_s);
}

void tst_OfflineSales::standingPlacesFromTheLeasedQuantity()
{
    lease({}, 3);
    const ZoneId zone = m_plan.zones().first().id;
    OfflineSales sales(*m_db, *m_outbox, 2);
    Basket b = basket();
    QVERIFY(b.setStandingQuantity(zone, 2));
    auto order = sales.sell(b, PaymentMethod::Cash, m_now);
    QVERIFY2(order, order ? "" : qPrintable(order.error().message));
    QCOMPARE(order->tickets().size(), 2);
    QCOMPARE(sales.lease(m_performance)->zoneQuantity(zone), 1);
    const QJsonArray lines = m_outbox->entries()->first().body.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().toObject().value(u"zone"_s).toInteger(), zone.value);

    Basket more = basket();
    QVERIFY(more.setStandingQuantity(zone, 2));
    auto refused = sales.sell(more, PaymentMethod::Cash, m_now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::SeatUnavailable);

    Basket last = basket();
    QVERIFY(last.setStandingQuantity(zone, 1));
    QVERIFY(sales.sell(last, PaymentMethod::Cash, m_now));
    QCOMPARE(sales.lease(m_performance)->zoneQuantity(zone), 0);
    QCOMPARE(*m_outbox->depth(), 2);
}

void tst_OfflineSales::failedSaleLeavesNoOperation()
{
    // Two sales with the same ticket code: the second fails when its order is written, and
    // its outbox operation, receipt number and lease consumption roll back with it.
    lease({m_free.at(0), m_free.at(1)});
    OfflineSales sales(*m_db, *m_outbox, 2, {}, {}, [] { return u"SAMECODE"_s; });
    Basket first = basket();
    QVERIFY(first.addSeat(m_free.at(0)));
    QVERIFY(sales.sell(first, PaymentMethod::Cash, m_now));
    Basket second = basket();
    QVERIFY(second.addSeat(m_free.at(1)));
    QVERIFY(!sales.sell(second, PaymentMethod::Cash, m_now));
    QCOMPARE(*m_outbox->depth(), 1);
    QCOMPARE(count(u"SELECT last_number FROM sync_receipts WHERE terminal_id = 2"_s), 1);
    QCOMPARE(sales.lease(m_performance)->seats, QList<SeatId>{m_free.at(1)});
}

void tst_OfflineSales::unenrolledTerminalCannotSell()
{
    lease({m_free.at(0)});
    OfflineSales sales(*m_db, *m_outbox, 0);
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(0)));
    QVERIFY(!sales.sell(b, PaymentMethod::Cash, m_now));
    QCOMPARE(*m_outbox->depth(), 0);
}

void tst_OfflineSales::blockedCustomerNeedsASupervisor()
{
    // C-000007 is blocked from sale; the store's supervisor has the demo password.
    QVERIFY(m_db->exec(u"INSERT INTO customer_flags (customer_id, flag_id, added_at)"
                       " SELECT c.id, d.id, '2026-11-22T12:00:00.000Z' FROM customers c,"
                       " customer_flag_definitions d WHERE c.number = 'C-000007'"
                       " AND d.kind = 'blocked-sale'"_s));
    const CustomerId blocked(
        m_db->scalar(u"SELECT id FROM customers WHERE number = 'C-000007'"_s)->toLongLong());
    lease({m_free.at(0)});
    OfflineSales sales(*m_db, *m_outbox, 2);
    Basket b = basket();
    QVERIFY(b.addSeat(m_free.at(0)));
    b.setCustomer(blocked);
    const int orders = count(u"SELECT count(*) FROM orders"_s);
    const int history = count(u"SELECT count(*) FROM customer_history"_s);
    auto nothingWritten = [&] {
        return count(u"SELECT count(*) FROM orders"_s) == orders
               && count(u"SELECT count(*) FROM customer_history"_s) == history
               && *m_outbox->depth() == 0 && count(u"SELECT count(*) FROM sync_receipts"_s) == 0
               && sales.lease(m_performance)->seats == QList<SeatId>{m_free.at(0)};
    };

    // Refused with core's message, nothing written.
    auto refused = sales.sell(b, PaymentMethod::Cash, m_now);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::IllegalTransition);
    QCOMPARE(refused.error().message,
             u"the customer is blocked from sale (Blocked from sale); a supervisor can override"_s);
    QVERIFY(nothingWritten());
    // A wrong password, or a login that is no supervisor's, is refused too.
    auto wrong = sales.sell(b,
                            PaymentMethod::Cash,
                            m_now,
                            SupervisorApproval{u"supervisor"_s, u"not the password"_s});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::PermissionDenied);
    auto clerk = sales.sell(b,
                            PaymentMethod::Cash,
                            m_now,
                            SupervisorApproval{u"counter"_s, u"parkett-demo"_s});
    QVERIFY(!clerk);
    QVERIFY(nothingWritten());

    // The supervisor's login and password let it through; who approved goes with the order
    // (its history and the outbox operation, never the password) and into the customer's
    // history.
    auto sold = sales.sell(b,
                           PaymentMethod::Cash,
                           m_now,
                           SupervisorApproval{u"supervisor"_s, u"parkett-demo"_s});
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().message));
    QCOMPARE(sold->customer(), blocked);
    const auto stored = OrderRepository(*m_db).order(sold->id()); // kept alive for the loop
    QVERIFY(stored);
    bool noted = false;
    for (const OrderHistoryEntry &h : stored->history())
        noted = noted
                || (h.event == u"blocked-customer-approved"_s
                    && h.detail == u"supervisor: supervisor"_s);
    QVERIFY(noted);
    const OutboxEntry e = m_outbox->entries()->first();
    QCOMPARE(e.body.value(u"approvedBy"_s).toString(), u"supervisor"_s);
    QVERIFY(!QJsonDocument(e.body).toJson().contains("parkett-demo"));
    QCOMPARE(count(u"SELECT count(*) FROM customer_history WHERE action = 'sale-override'"_s), 1);

    // A customer who is not blocked needs nobody, and the operation names nobody.
    lease({m_free.at(1)});
    Basket other = basket();
    QVERIFY(other.addSeat(m_free.at(1)));
    other.setCustomer(CustomerId(
        m_db->scalar(u"SELECT id FROM customers WHERE number = 'C-000008'"_s)->toLongLong()));
    QVERIFY(sales.sell(other, PaymentMethod::Cash, m_now));
    QVERIFY(!m_outbox->entries()->last().body.contains(u"approvedBy"_s));
}

QTEST_GUILESS_MAIN(tst_OfflineSales)
#include "tst_offlinesales.moc"
