// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshotorders.h"
#include "sync/synccache.h"

#include "core/demodata.h"
#include "core/seatplan.h"
#include "storage/catalogrepository.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "storage/orderrepository.h"
#include "sync/outbox.h"

#include <QJsonDocument>

#include <QJsonArray>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_SyncCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void catalogAndPlanIntoAnEmptyCache();
    void newPlanVersionNeedsItsDocumentAgain();
    void orderInsertedWithTheServersIdsThenUpdated();
    void theServersSeatWinsOverTheCache();
    void offlineOrderLinkedToTheServersOrder();
    void snapshotCancelsWhatItNoLongerLists();
    void firstSnapshotOfAPerformanceWritesWhatOrderByOrderWould();
    void firstSnapshotWritesEveryRowExactly();
    void firstSnapshotKeepsNonAsciiText();
    void firstSnapshotRefusedMidWayChangesNothing();
    void bigSnapshotDecodedBesideItsWrite();
    void firstSnapshotChecksWhatTheSchemaChecks();
    void onlyThisTerminalsLeasesAreKept();
    void changeFeedKinds();
    void refusedOfflineOrderStopsCounting();
    void malformedAnswersNameTheFieldAndChangeNothing();
    void holdsOfOtherTerminalsMakePlacesUnavailable();
    void snapshotHoldLeavesWithItsRelease();
    void snapshotHoldsAndOrdersThatUseThemUp();

private:
    QJsonObject catalog(int planVersion = 1) const;
    QJsonObject order(qint64 id,
                      const QString &status,
                      const QList<QPair<qint64, qint64>> &ticketSeats,
                      const QString &receipt = {}) const;
    void fillCatalog();
    int scalar(const QString &sql, std::initializer_list<QVariant> binds = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    DemoData m_demo = buildDemoData(QDate(2026, 11, 22));
    QList<qint64> m_seats;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_SyncCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    m_seats.clear();
    for (int i = 0; i < 5; ++i)
        m_seats.append(m_demo.plan.seats().at(i).id.value);
}

void tst_SyncCache::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

int tst_SyncCache::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto v = m_db->scalar(sql, binds);
    return v ? v->toInt() : -1;
}

QJsonObject tst_SyncCache::catalog(int planVersion) const
{
    const qint64 category = m_demo.plan.seats().first().category.value;
    return QJsonObject{{u"sequence"_s, 812},
                       {u"venues"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 1},
                                               {u"name"_s, u"Stadtsaal"_s},
                                               {u"address"_s, u"Markt 1"_s},
                                               {u"timeZone"_s, u"Europe/Berlin"_s}}}},
                       {u"plans"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 1},
                                               {u"venueId"_s, 1},
                                               {u"version"_s, planVersion},
                                               {u"name"_s, u"Main"_s},
                                               {u"seatCount"_s, m_demo.plan.seats().size()},
                                               {u"standingCapacity"_s, 150}}}},
                       {u"productions"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 1},
                                               {u"title"_s, u"Faust"_s},
                                               {u"description"_s, u""_s},
                                               {u"durationMinutes"_s, 120}}}},
                       {u"priceTypes"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 1},
                                               {u"code"_s, u"adult"_s},
                                               {u"name"_s, u"Adult"_s},
                                               {u"sortOrder"_s, 0}}}},
                       {u"performances"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 7},
                                               {u"productionId"_s, 1},
                                               {u"venueId"_s, 1},
                                               {u"planId"_s, 1},
                                               {u"startsAt"_s, u"2026-12-01T19:30:00.000Z"_s},
                                               {u"salesEnd"_s, QJsonValue()},
                                               {u"status"_s, u"on-sale"_s},
                                               {u"currency"_s, u"EUR"_s},
                                               {u"vatBp"_s, 700}}}},
                       {u"prices"_s,
                        QJsonArray{QJsonObject{{u"performanceId"_s, 7},
                                               {u"categoryId"_s, category},
                                               {u"priceTypeId"_s, 1},
                                               {u"amount"_s, 4500}}}},
                       {u"channels"_s,
                        QJsonArray{QJsonObject{{u"id"_s, 1},
                                               {u"name"_s, u"Box office"_s},
                                               {u"kind"_s, u"box-office"_s}}}}};
}

void tst_SyncCache::fillCatalog()
{
    SyncCache cache(*m_db, 2);
    QVERIFY(cache.applyCatalog(catalog(), m_now));
    QVERIFY(cache.applyPlan({{u"id"_s, 1}, {u"document"_s, m_demo.plan.toJson()}}));
}

QJsonObject tst_SyncCache::order(qint64 id,
                                 const QString &status,
                                 const QList<QPair<qint64, qint64>> &ticketSeats,
                                 const QString &receipt) const
{
    QJsonArray tickets;
    for (const auto &[ticketId, seat] : ticketSeats)
        tickets.append(QJsonObject{{u"id"_s, ticketId},
                                   {u"seat"_s, seat},
                                   {u"zone"_s, QJsonValue()},
                                   {u"category"_s, m_demo.plan.seats().first().category.value},
                                   {u"priceType"_s, 1},
                                   {u"price"_s, 4500},
                                   {u"label"_s, u"Stalls"_s},
                                   {u"barcode"_s, u"BC%1"_s.arg(ticketId)},
                                   {u"status"_s, u"valid"_s}});
    return QJsonObject{{u"id"_s, id},
                       {u"number"_s, u"S-%1"_s.arg(id, 6, 10, QLatin1Char('0'))},
                       {u"status"_s, status},
                       {u"performanceId"_s, 7},
                       {u"channelId"_s, 1},
                       {u"customerId"_s, QJsonValue()},
                       {u"terminalId"_s, 2},
                       {u"receipt"_s, receipt.isEmpty() ? QJsonValue() : QJsonValue(receipt)},
                       {u"currency"_s, u"EUR"_s},
                       {u"total"_s, 4500 * ticketSeats.size()},
                       {u"createdAt"_s, u"2026-11-22T11:00:00.000Z"_s},
                       {u"reservedUntil"_s, QJsonValue()},
                       {u"tickets"_s, tickets}};
}

void tst_SyncCache::catalogAndPlanIntoAnEmptyCache()
{
    SyncCache cache(*m_db, 2);
    auto plans = cache.applyCatalog(catalog(), m_now);
    QVERIFY2(plans, plans ? "" : qPrintable(plans.error().message));
    QCOMPARE(*plans, QList<SeatPlanId>{SeatPlanId(1)});
    QVERIFY(cache.applyPlan({{u"id"_s, 1}, {u"document"_s, m_demo.plan.toJson()}}));
    CatalogRepository repo(*m_db);
    auto performance = repo.performance(PerformanceId(7));
    QVERIFY(performance);
    QCOMPARE(performance->startsAt, QDateTime(QDate(2026, 12, 1), QTime(19, 30), Qt::UTC));
    auto plan = repo.plan(performance->plan);
    QVERIFY(plan);
    QCOMPARE(plan->seats().size(), m_demo.plan.seats().size());
    QCOMPARE(repo.priceList(PerformanceId(7))->size(), 1);
    QCOMPARE(*cache.onSalePerformances(), QList<PerformanceId>{PerformanceId(7)});
    // Applying the same catalogue again changes nothing and asks for no plan.
    QCOMPARE(cache.applyCatalog(catalog(), m_now)->size(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM venues"_s), 1);
}

void tst_SyncCache::newPlanVersionNeedsItsDocumentAgain()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    QCOMPARE(*cache.applyCatalog(catalog(2), m_now), QList<SeatPlanId>{SeatPlanId(1)});
}

void tst_SyncCache::orderInsertedWithTheServersIdsThenUpdated()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    auto id = cache.applyOrder(PerformanceId(7), order(17, u"sold"_s, {{31, m_seats[0]}}));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(id->value, 17);
    auto stored = OrderRepository(*m_db).order(OrderId(17));
    QVERIFY(stored);
    QCOMPARE(stored->number(), u"S-000017"_s);
    QCOMPARE(stored->status(), OrderStatus::Sold);
    QCOMPARE(stored->tickets().first().id.value, 31);
    QCOMPARE(scalar(u"SELECT count(*) FROM orders WHERE origin = 'server' AND server_id = 17"_s), 1);
    // The same change again is harmless; a cancellation frees the seat.
    QVERIFY(cache.applyOrder(PerformanceId(7), order(17, u"sold"_s, {{31, m_seats[0]}})));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 1);
    QVERIFY(cache.applyOrder(PerformanceId(7), order(17, u"cancelled"_s, {{31, m_seats[0]}})));
    QCOMPARE(OrderRepository(*m_db).order(OrderId(17))->status(), OrderStatus::Cancelled);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1"_s), 0);
}

void tst_SyncCache::theServersSeatWinsOverTheCache()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    QVERIFY(cache.applyOrder(PerformanceId(7), order(17, u"sold"_s, {{31, m_seats[0]}})));
    // The cache missed the cancellation of 17; the server sold the seat again as 18.
    auto r = cache.applyOrder(PerformanceId(7), order(18, u"sold"_s, {{32, m_seats[0]}}));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(scalar(u"SELECT order_id FROM tickets WHERE active = 1 AND seat_id = ?"_s,
                    {m_seats[0]}),
             18);
}

void tst_SyncCache::offlineOrderLinkedToTheServersOrder()
{
    fillCatalog();
    // An offline sale as OfflineSales writes it, with a local id.
    const qint64 local = SyncCache::kLocalIdBase;
    QVERIFY(m_db->exec(u"INSERT INTO orders (id, number, performance_id, status, currency, total,"
                       " created_at, origin, terminal_id, receipt) VALUES (?, 'T2-000001', 7,"
                       " 'sold', 'EUR', 4500, '2026-11-22T11:00:00.000Z', 'offline', 2,"
                       " 'T2-000001')"_s,
                       {local}));
    QVERIFY(m_db->exec(u"INSERT INTO tickets (id, order_id, performance_id, seat_id, category_id,"
                       " price_type_id, price, label, barcode, status, status_changed_at, active)"
                       " VALUES (?, ?, 7, ?, 1, 1, 4500, 'x', 'BC900', 'valid', '', 1)"_s,
                       {local, local, m_seats[1]}));
    SyncCache cache(*m_db, 2);
    // The server's answer to the replay, or the same order from the change feed.
    auto id = cache.applyOrder(PerformanceId(7),
                               order(900, u"sold"_s, {{900, m_seats[1]}}, u"T2-000001"_s));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(id->value, local);
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1"_s), 1);
    QCOMPARE(scalar(u"SELECT server_id FROM orders WHERE id = ?"_s, {local}), 900);
    QCOMPARE(scalar(u"SELECT server_id FROM tickets WHERE id = ?"_s, {local}), 900);
    QCOMPARE(OrderRepository(*m_db).order(OrderId(local))->number(), u"S-000900"_s);
    // The receipt counter of this terminal is past the server's receipts.
    QCOMPARE(scalar(u"SELECT last_number FROM sync_receipts WHERE terminal_id = 2"_s), 1);
}

void tst_SyncCache::snapshotCancelsWhatItNoLongerLists()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    QVERIFY(cache.applyOrder(PerformanceId(7), order(17, u"sold"_s, {{31, m_seats[0]}})));
    const QJsonObject snapshot{{u"performanceId"_s, 7},
                               {u"sequence"_s, 900},
                               {u"orders"_s, QJsonArray{order(18, u"sold"_s, {{32, m_seats[2]}})}},
                               {u"holds"_s, QJsonArray{}},
                               {u"leases"_s, QJsonArray{}}};
    QVERIFY(cache.applySnapshot(snapshot));
    QCOMPARE(OrderRepository(*m_db).order(OrderId(17))->status(), OrderStatus::Cancelled);
    QCOMPARE(OrderRepository(*m_db).order(OrderId(18))->status(), OrderStatus::Sold);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1"_s), 1);
}

void tst_SyncCache::firstSnapshotOfAPerformanceWritesWhatOrderByOrderWould()
{
    // The initial sync writes a performance the cache holds nothing of without looking up
    // each order and ticket first; a second snapshot finds them and changes nothing.
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const QJsonObject snapshot{
        {u"performanceId"_s, 7},
        {u"sequence"_s, 900},
        {u"orders"_s,
         QJsonArray{order(18, u"sold"_s, {{31, m_seats[0]}, {32, m_seats[1]}}, u"T2-000005"_s),
                    order(19, u"cancelled"_s, {{33, m_seats[2]}})}},
        {u"holds"_s, QJsonArray{}},
        {u"leases"_s,
         QJsonArray{QJsonObject{{u"seat"_s, m_seats[3]}, {u"quantity"_s, 1}, {u"terminal"_s, 2}},
                    QJsonObject{{u"seat"_s, m_seats[0]}, {u"quantity"_s, 1}, {u"terminal"_s, 2}}}}};
    for (int pass = 0; pass < 2; ++pass) {
        auto applied = cache.applySnapshot(snapshot);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 3);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1 AND order_id = 18"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE status = 'cancelled'"
                        " AND active = 0 AND order_id = 19"_s),
                 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE server_id = id"_s), 3);
        // One "synced" entry per order, as applyOrder writes it.
        QCOMPARE(scalar(u"SELECT count(*) FROM order_history"_s), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM order_history h JOIN orders o"
                        " ON o.id = h.order_id WHERE h.event = 'synced' AND h.at = o.created_at"
                        " AND h.detail = 'server order ' || o.server_id"_s),
                 2);
        QCOMPARE(scalar(u"SELECT last_number FROM sync_receipts WHERE terminal_id = 2"_s), 5);
        // The lease of a seat the snapshot sold is used up.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_leases"_s), 1);
        QCOMPARE(scalar(u"SELECT seat_id FROM sync_leases"_s), m_seats[3]);
    }
    QVERIFY(cache.applyOrder(PerformanceId(7), order(20, u"sold"_s, {{34, m_seats[4]}})));
    QCOMPARE(scalar(u"SELECT count(*) FROM order_history WHERE order_id = 18"_s), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM order_history WHERE order_id = 20"
                    " AND detail = 'server order 20' AND event = 'synced'"_s),
             1);
}

void tst_SyncCache::firstSnapshotWritesEveryRowExactly()
{
    // The initial sync takes the fast way for a performance the cache holds nothing of:
    // 90 orders with 180 tickets, some cancelled, are each written once with their own
    // values, and the same snapshot again changes nothing.
    fillCatalog();
    const int orderCount = 90;
    QJsonArray orders;
    QStringList expectedOrders;
    QStringList expectedTickets;
    qint64 ticketId = 500;
    int seat = 0;
    for (int i = 0; i < orderCount; ++i) {
        const qint64 id = 100 + i;
        const bool cancelled = i % 7 == 3;
        QList<QPair<qint64, qint64>> tickets;
        for (int k = 0; k <= i % 3; ++k) {
            QVERIFY(seat < m_demo.plan.seats().size());
            const qint64 seatId = m_demo.plan.seats().at(seat++).id.value;
            tickets.append({ticketId, seatId});
            expectedTickets.append(u"%1|%2|%3|BC%1|%4|%5"_s.arg(ticketId)
                                       .arg(id)
                                       .arg(seatId)
                                       .arg(cancelled ? u"cancelled"_s : u"valid"_s)
                                       .arg(cancelled ? 0 : 1));
            ++ticketId;
        }
        orders.append(order(id, cancelled ? u"cancelled"_s : u"sold"_s, tickets));
        expectedOrders.append(u"%1|S-%2|%3|%4"_s.arg(id)
                                  .arg(id, 6, 10, QLatin1Char('0'))
                                  .arg(cancelled ? u"cancelled"_s : u"sold"_s)
                                  .arg(4500 * tickets.size()));
    }
    QCOMPARE(expectedTickets.size(), 180);
    SyncCache cache(*m_db, 2);
    const QJsonObject snapshot{{u"performanceId"_s, 7},
                               {u"sequence"_s, 900},
                               {u"orders"_s, orders},
                               {u"holds"_s, QJsonArray{}},
                               {u"leases"_s, QJsonArray{}}};
    const auto rows = [this](const QString &sql) {
        auto q = m_db->exec(sql);
        QStringList out;
        if (!q)
            return out;
        while (q->next()) {
            QStringList fields;
            for (int c = 0; c < q->record().count(); ++c)
                fields.append(q->value(c).toString());
            out.append(fields.join(QLatin1Char('|')));
        }
        return out;
    };
    for (int pass = 0; pass < 2; ++pass) {
        auto applied = cache.applySnapshot(snapshot);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        QCOMPARE(rows(u"SELECT id, number, status, total FROM orders WHERE performance_id = 7"
                      " AND server_id = id AND origin = 'server' AND terminal_id = 2"
                      " AND channel_id = 1 ORDER BY id"_s),
                 expectedOrders);
        QCOMPARE(rows(u"SELECT id, order_id, seat_id, barcode, status, active FROM tickets"
                      " WHERE performance_id = 7 AND server_id = id AND zone_id IS NULL"
                      " AND price = 4500 AND price_type_id = 1 AND label = 'Stalls'"
                      " AND print_count = 0 ORDER BY id"_s),
                 expectedTickets);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 180);
        QCOMPARE(scalar(u"SELECT count(*) FROM order_history WHERE event = 'synced'"_s), orderCount);
    }
}

void tst_SyncCache::firstSnapshotKeepsNonAsciiText()
{
    // The first snapshot binds text as UTF-8 through SQLite's C API: what QtSql reads back is
    // what the server sent, and the careful way of a second snapshot finds the same rows.
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const QString number = u"Ø-2026-ÆØÅ-№18"_s;
    const QString label = u"Parkett links · Reihe 3 · Platz 12 — Loge Ž ✓ 🎭"_s;
    const QString barcode = u"BC-ÄÖÜß-31-日本"_s;
    QJsonObject sold = order(18, u"sold"_s, {{31, m_seats[0]}});
    sold.insert(u"number"_s, number);
    QJsonObject ticket = sold.value(u"tickets"_s).toArray().first().toObject();
    ticket.insert(u"label"_s, label);
    ticket.insert(u"barcode"_s, barcode);
    sold.insert(u"tickets"_s, QJsonArray{ticket});
    const QJsonObject snapshot{{u"performanceId"_s, 7},
                               {u"orders"_s, QJsonArray{sold}},
                               {u"holds"_s, QJsonArray{}},
                               {u"leases"_s, QJsonArray{}}};
    for (int pass = 0; pass < 2; ++pass) {
        auto applied = cache.applySnapshot(snapshot);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
        auto q = m_db->exec(u"SELECT o.number, t.label, t.barcode FROM orders o"
                            " JOIN tickets t ON t.order_id = o.id"_s);
        QVERIFY(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toString(), number);
        QCOMPARE(q->value(1).toString(), label);
        QCOMPARE(q->value(2).toString(), barcode);
        QVERIFY(!q->next());
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE barcode = ?"_s, {barcode}), 1);
    }
}

void tst_SyncCache::firstSnapshotRefusedMidWayChangesNothing()
{
    // A row refused in the middle of a first snapshot (a seat sold twice: the unique index; a
    // reservation without its end: the CHECK that the C API's inserts check in code) leaves
    // nothing of the snapshot behind, and the same cache takes a good snapshot afterwards.
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const QJsonObject first = order(18,
                                    u"sold"_s,
                                    {{31, m_seats[0]}, {32, m_seats[1]}},
                                    u"T2-000009"_s);
    const QJsonObject last = order(20, u"sold"_s, {{34, m_seats[3]}});
    const QList<QPair<QJsonObject, QString>> refused{
        {order(19, u"sold"_s, {{33, m_seats[0]}}),
         u"UNIQUE constraint failed: tickets.performance_id, tickets.seat_id"_s},
        {order(19, u"reserved"_s, {{33, m_seats[2]}}),
         u"CHECK constraint failed: status <> 'reserved' OR reserved_until IS NOT NULL"_s},
    };
    for (const auto &[bad, why] : refused) {
        auto applied = cache.applySnapshot({{u"performanceId"_s, 7},
                                            {u"orders"_s, QJsonArray{first, bad, last}},
                                            {u"holds"_s, QJsonArray{}},
                                            {u"leases"_s, QJsonArray{}}});
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(why), qPrintable(applied.error().message));
        QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM tickets"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM order_history"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_receipts"_s), 0);
        // The connection checks CHECK constraints again.
        QCOMPARE(scalar(u"PRAGMA ignore_check_constraints"_s), 0);
    }
    auto applied = cache.applySnapshot(
        {{u"performanceId"_s, 7},
         {u"orders"_s, QJsonArray{first, order(19, u"sold"_s, {{33, m_seats[2]}}), last}},
         {u"holds"_s, QJsonArray{}},
         {u"leases"_s, QJsonArray{}}});
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 3);
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1"_s), 4);
    QCOMPARE(scalar(u"SELECT last_number FROM sync_receipts WHERE terminal_id = 2"_s), 9);
    QCOMPARE(scalar(u"PRAGMA ignore_check_constraints"_s), 0);
    // A CHECK is refused again on this connection: a ticket that is neither active nor not.
    QVERIFY(!m_db->exec(u"UPDATE tickets SET active = 2 WHERE id = 31"_s));
}

void tst_SyncCache::bigSnapshotDecodedBesideItsWrite()
{
    // Above SnapshotOrders::kThreadFrom orders the decoding runs on a thread of its own while
    // the first orders are written: every order arrives, in order, and an order that does not
    // decode near the end still leaves nothing behind.
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const int n = int(SnapshotOrders::kThreadFrom) + 700;
    QJsonArray orders;
    for (int i = 0; i < n; ++i)
        orders.append(order(1000 + i, u"sold"_s, {}, u"T2-%1"_s.arg(i + 1, 6, 10, QChar(u'0'))));
    QJsonArray bad = orders;
    QJsonObject broken = bad.at(n - 5).toObject();
    broken.insert(u"id"_s, u"not a number"_s);
    bad.replace(n - 5, broken);
    auto refused = cache.applySnapshot({{u"performanceId"_s, 7},
                                        {u"orders"_s, bad},
                                        {u"holds"_s, QJsonArray{}},
                                        {u"leases"_s, QJsonArray{}}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::ParseError);
    QVERIFY2(refused.error().message.contains(u"orders[%1].id must be an integer"_s.arg(n - 5)),
             qPrintable(refused.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_receipts"_s), 0);

    auto applied = cache.applySnapshot({{u"performanceId"_s, 7},
                                        {u"orders"_s, orders},
                                        {u"holds"_s, QJsonArray{}},
                                        {u"leases"_s, QJsonArray{}}});
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), n);
    // Written in the snapshot's order: local ids follow the server's.
    QCOMPARE(scalar(u"SELECT count(*) FROM (SELECT server_id, lag(server_id) OVER (ORDER BY id)"
                    " AS before FROM orders) WHERE server_id < before"_s),
             0);
    QCOMPARE(scalar(u"SELECT min(server_id) FROM orders"_s), 1000);
    QCOMPARE(scalar(u"SELECT max(server_id) FROM orders"_s), 1000 + n - 1);
    QCOMPARE(scalar(u"SELECT last_number FROM sync_receipts WHERE terminal_id = 2"_s), n);
}

void tst_SyncCache::firstSnapshotChecksWhatTheSchemaChecks()
{
    // The first snapshot's inserts are compiled without the CHECK constraints of orders and
    // tickets (SyncCache::writeNewOrders checks the same conditions itself). A CHECK added to
    // either table must be checked there too, and then added here.
    auto q = m_db->exec(u"SELECT sql FROM sqlite_master WHERE type = 'table'"
                        " AND name IN ('orders', 'tickets') ORDER BY name"_s);
    QVERIFY(q);
    QStringList checks;
    while (q->next()) {
        const QString sql = q->value(0).toString();
        for (qsizetype at = sql.indexOf(u"CHECK ("_s); at >= 0;
             at = sql.indexOf(u"CHECK ("_s, at + 1)) {
            qsizetype end = at + 7;
            for (int depth = 1; depth > 0 && end < sql.size(); ++end)
                depth += sql.at(end) == u'(' ? 1 : sql.at(end) == u')' ? -1 : 0;
            checks.append(sql.mid(at + 7, end - at - 8));
        }
    }
    QStringList expected{u"status IN ('reserved', 'sold', 'cancelled')"_s,
                         u"status <> 'reserved' OR reserved_until IS NOT NULL"_s,
                         u"origin IN ('local', 'server', 'offline')"_s,
                         u"active IN (0, 1)"_s,
                         u"(seat_id IS NULL) <> (zone_id IS NULL)"_s};
    checks.sort();
    expected.sort();
    QCOMPARE(checks, expected);
}

void tst_SyncCache::onlyThisTerminalsLeasesAreKept()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const QJsonObject snapshot{{u"performanceId"_s, 7},
                               {u"orders"_s, QJsonArray{}},
                               {u"leases"_s,
                                QJsonArray{QJsonObject{{u"seat"_s, m_seats[3]},
                                                       {u"zone"_s, QJsonValue()},
                                                       {u"quantity"_s, 1},
                                                       {u"terminal"_s, 2}},
                                           QJsonObject{{u"seat"_s, m_seats[4]},
                                                       {u"zone"_s, QJsonValue()},
                                                       {u"quantity"_s, 1},
                                                       {u"terminal"_s, 3}},
                                           QJsonObject{{u"seat"_s, QJsonValue()},
                                                       {u"zone"_s, 5},
                                                       {u"quantity"_s, 20},
                                                       {u"terminal"_s, 2}}}}};
    QVERIFY(cache.applySnapshot(snapshot));
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_leases"_s), 2);
    QCOMPARE(scalar(u"SELECT seat_id FROM sync_leases WHERE seat_id IS NOT NULL"_s), m_seats[3]);
    QCOMPARE(scalar(u"SELECT quantity FROM sync_leases WHERE zone_id = 5"_s), 20);
    // A release through the change feed takes them away.
    QVERIFY(cache.applyLease(PerformanceId(7), {{u"terminal"_s, 2}, {u"released"_s, true}}));
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_leases"_s), 0);
    // Another terminal's lease change is none of ours.
    QVERIFY(cache.applyLease(PerformanceId(7),
                             {{u"terminal"_s, 3}, {u"seats"_s, QJsonArray{m_seats[4]}}}));
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_leases"_s), 0);
}

void tst_SyncCache::changeFeedKinds()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    auto order17 = cache.applyChange({{u"seq"_s, 813},
                                      {u"at"_s, u"2026-11-22T11:00:00.000Z"_s},
                                      {u"kind"_s, u"order"_s},
                                      {u"performanceId"_s, 7},
                                      {u"id"_s, 17},
                                      {u"data"_s, order(17, u"sold"_s, {{31, m_seats[0]}})}});
    QVERIFY(order17);
    QVERIFY(!*order17);
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 1);
    auto catalogChange = cache.applyChange(
        {{u"seq"_s, 814},
         {u"at"_s, u"2026-11-22T11:00:00.000Z"_s},
         {u"kind"_s, u"catalog"_s},
         {u"data"_s, QJsonObject{{u"entity"_s, u"performance"_s}, {u"id"_s, 7}}}});
    QVERIFY(catalogChange);
    QVERIFY(*catalogChange);
    QVERIFY(cache.applyChange({{u"seq"_s, 815},
                               {u"at"_s, u"2026-11-22T11:00:00.000Z"_s},
                               {u"kind"_s, u"customer"_s},
                               {u"data"_s,
                                QJsonObject{{u"id"_s, 12},
                                            {u"number"_s, u"C-12"_s},
                                            {u"firstName"_s, u"Ada"_s},
                                            {u"lastName"_s, u"Lovelace"_s}}}}));
    QCOMPARE(scalar(u"SELECT count(*) FROM customers WHERE id = 12"_s), 1);
    // A hold change names its hold; one that does not is refused with the field.
    auto badHold = cache.applyChange({{u"seq"_s, 816},
                                      {u"at"_s, u"2026-11-22T11:00:00.000Z"_s},
                                      {u"kind"_s, u"hold"_s},
                                      {u"data"_s, QJsonObject{}}});
    QVERIFY(!badHold);
    QVERIFY2(badHold.error().message.contains(u"hold is missing"_s),
             qPrintable(badHold.error().message));
}

void tst_SyncCache::refusedOfflineOrderStopsCounting()
{
    fillCatalog();
    const qint64 local = SyncCache::kLocalIdBase;
    QVERIFY(m_db->exec(u"INSERT INTO orders (id, number, performance_id, status, currency, total,"
                       " created_at, origin, terminal_id, receipt) VALUES (?, 'T2-000001', 7,"
                       " 'sold', 'EUR', 4500, '2026-11-22T11:00:00.000Z', 'offline', 2,"
                       " 'T2-000001')"_s,
                       {local}));
    QVERIFY(m_db->exec(u"INSERT INTO tickets (id, order_id, performance_id, seat_id, category_id,"
                       " price_type_id, price, label, barcode, status, status_changed_at, active)"
                       " VALUES (?, ?, 7, ?, 1, 1, 4500, 'x', 'BC900', 'valid', '', 1)"_s,
                       {local, local, m_seats[1]}));
    SyncCache cache(*m_db, 2);
    QVERIFY(cache.markRefused(OrderId(local), u"lease_missing: seat gone"_s, m_now));
    QCOMPARE(scalar(u"SELECT count(*) FROM tickets WHERE active = 1"_s), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM order_history WHERE event = 'server-refused'"_s), 1);
    // The server's order for that seat now goes in without a conflict.
    QVERIFY(cache.applyOrder(PerformanceId(7), order(20, u"sold"_s, {{40, m_seats[1]}})));
}

void tst_SyncCache::malformedAnswersNameTheFieldAndChangeNothing()
{
    SyncCache cache(*m_db, 2);
    // A catalogue with a wrongly typed field deep inside: nothing of it is written.
    QJsonObject badCatalog = catalog();
    QJsonArray performances = badCatalog.value(u"performances"_s).toArray();
    QJsonObject performance = performances.first().toObject();
    performance.insert(u"startsAt"_s, 5);
    performances.replace(0, performance);
    badCatalog.insert(u"performances"_s, performances);
    auto plans = cache.applyCatalog(badCatalog, m_now);
    QVERIFY(!plans);
    QCOMPARE(plans.error().code, ErrorCode::ParseError);
    QVERIFY2(plans.error().message.contains(u"performances[0].startsAt must be a string"_s),
             qPrintable(plans.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM venues"_s), 0);

    fillCatalog();
    QJsonObject badOrder = order(17, u"sold"_s, {{31, m_seats[0]}});
    QJsonArray tickets = badOrder.value(u"tickets"_s).toArray();
    QJsonObject ticket = tickets.first().toObject();
    ticket.insert(u"seat"_s, u"C7"_s);
    tickets.replace(0, ticket);
    badOrder.insert(u"tickets"_s, tickets);
    auto applied = cache.applyOrder(PerformanceId(7), badOrder);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::ParseError);
    QVERIFY2(applied.error().message.contains(u"tickets[0].seat must be an integer"_s),
             qPrintable(applied.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 0);

    // A snapshot whose second order lacks its total: the first is not written either.
    QJsonObject second = order(18, u"sold"_s, {{32, m_seats[1]}});
    second.remove(u"total"_s);
    auto snapshot = cache.applySnapshot(
        {{u"performanceId"_s, 7},
         {u"orders"_s, QJsonArray{order(17, u"sold"_s, {{31, m_seats[0]}}), second}}});
    QVERIFY(!snapshot);
    QVERIFY2(snapshot.error().message.contains(u"orders[1].total is missing"_s),
             qPrintable(snapshot.error().message));
    QCOMPARE(scalar(u"SELECT count(*) FROM orders"_s), 0);

    // A change without its sequence.
    auto change = cache.applyChange(
        {{u"kind"_s, u"order"_s}, {u"data"_s, order(17, u"sold"_s, {})}});
    QVERIFY(!change);
    QVERIFY2(change.error().message.contains(u"seq is missing"_s),
             qPrintable(change.error().message));
}

void tst_SyncCache::holdsOfOtherTerminalsMakePlacesUnavailable()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const PerformanceId performance(7);
    const ZoneId zone = m_demo.plan.zones().first().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString later = Database::timeText(now.addSecs(600));
    auto holdChange = [&](qint64 seq, const QJsonObject &data) {
        return cache.applyChange({{u"seq"_s, seq},
                                  {u"at"_s, Database::timeText(now)},
                                  {u"kind"_s, u"hold"_s},
                                  {u"performanceId"_s, 7},
                                  {u"id"_s, 0},
                                  {u"data"_s, data}});
    };
    auto inventory = [&] {
        CatalogRepository repo(*m_db);
        return *repo.inventory(performance, m_demo.plan);
    };
    const QJsonArray zones{QJsonObject{{u"zone"_s, zone.value}, {u"quantity"_s, 4}}};
    QVERIFY(holdChange(900,
                       {{u"hold"_s, u"h-1"_s},
                        {u"terminal"_s, 3},
                        {u"seats"_s, QJsonArray{m_seats[0], m_seats[1]}},
                        {u"zones"_s, zones},
                        {u"expiresAt"_s, later}}));
    // This terminal's own hold is part of a sale made here, not a place taken elsewhere.
    QVERIFY(holdChange(901,
                       {{u"hold"_s, u"h-2"_s},
                        {u"terminal"_s, 2},
                        {u"seats"_s, QJsonArray{m_seats[2]}},
                        {u"zones"_s, QJsonArray{}},
                        {u"expiresAt"_s, later}}));
    Inventory held = inventory();
    QVERIFY(held.seatStatus(SeatId(m_seats[0]), now) != SeatStatus::Free);
    QVERIFY(held.seatStatus(SeatId(m_seats[1]), now) != SeatStatus::Free);
    QCOMPARE(held.seatStatus(SeatId(m_seats[2]), now), SeatStatus::Free);
    QCOMPARE(held.zoneCounts(zone, now).held, 4);
    QCOMPARE(held.seatClaim(SeatId(m_seats[0]))->holdCode, SyncCache::serverHoldCode());
    // The sales screen tells it from a counter's own holds by the hold code's role.
    auto elsewhere = HoldRepository(*m_db).isHeldAtOtherTerminal(SyncCache::serverHoldCode());
    QVERIFY(elsewhere && *elsewhere);

    // Released by its counter: free again.
    QVERIFY(holdChange(902, {{u"hold"_s, u"h-1"_s}, {u"released"_s, true}}));
    Inventory released = inventory();
    QCOMPARE(released.seatStatus(SeatId(m_seats[0]), now), SeatStatus::Free);
    QCOMPARE(released.seatStatus(SeatId(m_seats[1]), now), SeatStatus::Free);
    QCOMPARE(released.zoneCounts(zone, now).held, 0);

    // A hold that ran out leaves at the next refresh, even without its release.
    QVERIFY(holdChange(903,
                       {{u"hold"_s, u"h-3"_s},
                        {u"terminal"_s, 3},
                        {u"seats"_s, QJsonArray{m_seats[3]}},
                        {u"zones"_s, QJsonArray{}},
                        {u"expiresAt"_s, later}}));
    QVERIFY(inventory().seatStatus(SeatId(m_seats[3]), now) != SeatStatus::Free);
    QVERIFY(cache.refreshHolds(performance, now.addSecs(601)));
    QCOMPARE(inventory().seatStatus(SeatId(m_seats[3]), now), SeatStatus::Free);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_holds"_s), 0);
}

void tst_SyncCache::snapshotHoldsAndOrdersThatUseThemUp()
{
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const PerformanceId performance(7);
    const ZoneId zone = m_demo.plan.zones().first().id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString later = Database::timeText(now.addSecs(600));
    QVERIFY(cache.applySnapshot({{u"performanceId"_s, 7},
                                 {u"orders"_s, QJsonArray{}},
                                 {u"holds"_s,
                                  QJsonArray{QJsonObject{{u"seat"_s, m_seats[0]},
                                                         {u"zone"_s, QJsonValue()},
                                                         {u"quantity"_s, 1},
                                                         {u"terminal"_s, 3},
                                                         {u"expiresAt"_s, later}},
                                             QJsonObject{{u"seat"_s, QJsonValue()},
                                                         {u"zone"_s, zone.value},
                                                         {u"quantity"_s, 3},
                                                         {u"terminal"_s, 3},
                                                         {u"expiresAt"_s, later}},
                                             QJsonObject{{u"seat"_s, m_seats[1]},
                                                         {u"zone"_s, QJsonValue()},
                                                         {u"quantity"_s, 1},
                                                         {u"terminal"_s, 2},
                                                         {u"expiresAt"_s, later}}}},
                                 {u"leases"_s, QJsonArray{}}}));
    CatalogRepository repo(*m_db);
    Inventory inv = *repo.inventory(performance, m_demo.plan);
    QVERIFY(inv.seatStatus(SeatId(m_seats[0]), now) != SeatStatus::Free);
    QCOMPARE(inv.seatStatus(SeatId(m_seats[1]), now), SeatStatus::Free);
    QCOMPARE(inv.zoneCounts(zone, now).held, 3);

    // Terminal 3 confirms: its order has the seat and two of the standing places; the hold
    // is gone on the server without a change of its own.
    QJsonObject sold = order(40, u"sold"_s, {{60, m_seats[0]}});
    sold.insert(u"terminalId"_s, 3);
    QJsonArray tickets = sold.value(u"tickets"_s).toArray();
    for (int i = 0; i < 2; ++i)
        tickets.append(QJsonObject{{u"id"_s, 61 + i},
                                   {u"seat"_s, QJsonValue()},
                                   {u"zone"_s, zone.value},
                                   {u"category"_s, m_demo.plan.seats().first().category.value},
                                   {u"priceType"_s, 1},
                                   {u"price"_s, 1500},
                                   {u"label"_s, u"Standing"_s},
                                   {u"barcode"_s, u"BCZ%1"_s.arg(i)},
                                   {u"status"_s, u"valid"_s}});
    sold.insert(u"tickets"_s, tickets);
    QVERIFY(cache.applyOrder(performance, sold));
    inv = *repo.inventory(performance, m_demo.plan);
    QCOMPARE(inv.seatStatus(SeatId(m_seats[0]), now), SeatStatus::Sold);
    const Inventory::ZoneCounts counts = inv.zoneCounts(zone, now);
    QCOMPARE(counts.sold, 2);
    QCOMPARE(counts.held, 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM sync_holds WHERE seat_id IS NOT NULL"_s), 0);
}

void tst_SyncCache::snapshotHoldLeavesWithItsRelease()
{
    // A hold listed in the snapshot with its id goes when the feed releases that hold (as a
    // confirm or a release at the other counter does), not only when it runs out.
    fillCatalog();
    SyncCache cache(*m_db, 2);
    const PerformanceId performance(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString hold = u"5b0f6a2e-4a7e-4d36-9a57-3c1f2d9e8b10"_s;
    QVERIFY(cache.applySnapshot(
        {{u"performanceId"_s, 7},
         {u"orders"_s, QJsonArray{}},
         {u"holds"_s,
          QJsonArray{QJsonObject{{u"seat"_s, m_seats[2]},
                                 {u"zone"_s, QJsonValue()},
                                 {u"quantity"_s, 1},
                                 {u"terminal"_s, 3},
                                 {u"expiresAt"_s, Database::timeText(now.addSecs(600))},
                                 {u"hold"_s, hold}}}},
         {u"leases"_s, QJsonArray{}}}));
    CatalogRepository repo(*m_db);
    QVERIFY(repo.inventory(performance, m_demo.plan)->seatStatus(SeatId(m_seats[2]), now)
            != SeatStatus::Free);
    QVERIFY(
        cache.applyHold(performance, QJsonObject{{u"hold"_s, hold}, {u"released"_s, true}}, now));
    QCOMPARE(repo.inventory(performance, m_demo.plan)->seatStatus(SeatId(m_seats[2]), now),
             SeatStatus::Free);
}

QTEST_GUILESS_MAIN(tst_SyncCache)
#include "tst_synccache.moc"
