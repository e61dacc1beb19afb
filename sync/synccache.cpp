// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synccache.h"

#include "core/order.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "storage/holdrepository.h"
#include "sync/serverflags.h"
#include "sync/snapshotorders.h"
#include "sync/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace parkett {

using protocol::JsonReader;
using protocol::WireOrder;
using protocol::WireTicket;
using protocol::ZoneQuantity;

namespace {

QVariant idOrNull(qint64 v)
{
    return v != 0 ? QVariant(v) : QVariant();
}

QVariant textOrNull(const QString &v)
{
    return v.isEmpty() ? QVariant() : QVariant(v);
}

/** The server's order states onto the cache's three: sold (and paid), reserved, cancelled
    (and expired). */
QString cacheStatus(const QString &status)
{
    if (status == QLatin1StringView("sold") || status == QLatin1StringView("paid"))
        return QStringLiteral("sold");
    if (status == QLatin1StringView("reserved"))
        return QStringLiteral("reserved");
    return QStringLiteral("cancelled");
}

/** A ticket's status in the cache, and whether it holds its place: a valid ticket of an
    order that is no longer active is cancelled with it. */
std::pair<TicketStatus, bool> ticketState(bool orderActive, const WireTicket &ticket)
{
    auto status = ticketStatusFromName(ticket.status);
    TicketStatus ticketStatus = status ? *status : TicketStatus::Valid;
    if (!orderActive && (ticketStatus == TicketStatus::Valid))
        ticketStatus = TicketStatus::Cancelled;
    const bool active = orderActive
                        && (ticketStatus == TicketStatus::Valid
                            || ticketStatus == TicketStatus::CheckedIn);
    return {ticketStatus, active};
}

/** A row refused as SQLite refuses it when a CHECK constraint of \a table fails. */
Error checkFailed(const char *table, const char *check)
{
    return makeError(ErrorCode::StorageFailure,
                     QStringLiteral("INSERT INTO %1: CHECK constraint failed: %2")
                         .arg(QLatin1StringView(table), QLatin1StringView(check)));
}

/** PRAGMA ignore_check_constraints for as long as it lives: statements compiled meanwhile
    leave the CHECK constraints out (turning it off again makes SQLite compile them anew). */
class CheckConstraintsOff
{
public:
    explicit CheckConstraintsOff(Database &db)
        : m_db(db)
    {
        auto r = m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        if (!r)
            m_error = r.error();
        m_active = bool(r);
    }
    ~CheckConstraintsOff()
    {
        if (m_active)
            (void) m_db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    }
    Q_DISABLE_COPY_MOVE(CheckConstraintsOff)

    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

private:
    Database &m_db;
    bool m_active = false;
    Error m_error;
};

/** A malformed answer: what it was and the first field that was wrong. */
Error malformed(const QString &what, const QString &problem)
{
    return makeError(ErrorCode::ParseError,
                     QStringLiteral("the server's %1 is malformed: %2").arg(what, problem));
}

Error malformed(const QString &what, const JsonReader &json)
{
    return malformed(what, json.error());
}

} // namespace

class SyncCache::StatementScope
{
public:
    explicit StatementScope(SyncCache &cache)
        : m_cache(cache)
        , m_outer(cache.m_statements.isKeeping())
    {
        m_cache.m_statements.setKeeping(true);
    }
    ~StatementScope()
    {
        if (m_outer)
            return;
        m_cache.m_statements.setKeeping(false);
        m_cache.m_knownCustomers.clear();
        m_cache.m_knownChannels.clear();
    }
    Q_DISABLE_COPY_MOVE(StatementScope)

private:
    SyncCache &m_cache;
    bool m_outer;
};

Result<QList<SeatPlanId>> SyncCache::applyCatalog(const QJsonObject &catalog, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString what = QStringLiteral("catalogue");
    JsonReader json(catalog);
    for (JsonReader &o : json.objects(u"venues")) {
        const QVariant v0 = o.integer(u"id");
        const QVariant v1 = o.string(u"name");
        const QVariant v2 = o.optionalString(u"address");
        const QVariant v3 = o.optionalString(u"timeZone");
        if (!json.ok())
            return malformed(what, json);
        auto q = exec(QStringLiteral(
                          "INSERT INTO venues (id, name, address, time_zone) VALUES (?, ?, ?, ?)"
                          " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                          " address = excluded.address, time_zone = excluded.time_zone"),
                      {v0, v1, v2, v3});
        if (!q)
            return q.error();
    }
    for (JsonReader &o : json.objects(u"plans")) {
        const QVariant v0 = o.integer(u"id");
        const QVariant v1 = o.integer(u"venueId");
        const QVariant v2 = o.integer(u"version");
        const QVariant v3 = o.string(u"name", true);
        const QVariant v4 = o.integer(u"seatCount");
        const QVariant v5 = o.integer(u"standingCapacity");
        const QVariant v6 = Database::timeText(now);
        if (!json.ok())
            return malformed(what, json);
        // A new version of a plan needs its document again; the old one stays until then.
        auto q = exec(
            QStringLiteral(
                "INSERT INTO seat_plans (id, venue_id, version, name, seat_count,"
                " standing_capacity, document, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)"
                " ON CONFLICT (id) DO UPDATE SET venue_id = excluded.venue_id,"
                " name = excluded.name, seat_count = excluded.seat_count,"
                " standing_capacity = excluded.standing_capacity,"
                " document = CASE WHEN seat_plans.version = excluded.version"
                "  THEN seat_plans.document ELSE '' END, version = excluded.version"),
            {v0, v1, v2, v3, v4, v5, v6});
        if (!q)
            return q.error();
    }
    for (JsonReader &o : json.objects(u"productions")) {
        const QVariant v0 = o.integer(u"id");
        const QVariant v1 = o.string(u"title");
        const QVariant v2 = o.optionalString(u"description");
        const QVariant v3 = o.optionalInteger(u"durationMinutes").value_or(0);
        if (!json.ok())
            return malformed(what, json);
        auto q = exec(QStringLiteral(
                          "INSERT INTO productions (id, title, description, duration_minutes)"
                          " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                          " title = excluded.title, description = excluded.description,"
                          " duration_minutes = excluded.duration_minutes"),
                      {v0, v1, v2, v3});
        if (!q)
            return q.error();
    }
    for (JsonReader &o : json.objects(u"priceTypes")) {
        const QVariant v0 = o.integer(u"id");
        const QVariant v1 = o.string(u"code");
        const QVariant v2 = o.string(u"name");
        const QVariant v3 = o.optionalInteger(u"sortOrder").value_or(0);
        if (!json.ok())
            return malformed(what, json);
        auto q = exec(QStringLiteral("INSERT INTO price_types (id, code, name, sort_order)"
                                     " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                     " code = excluded.code, name = excluded.name,"
                                     " sort_order = excluded.sort_order"),
                      {v0, v1, v2, v3});
        if (!q)
            return q.error();
    }
    for (JsonReader &o : json.objects(u"channels")) {
        const QVariant v0 = o.integer(u"id");
        const QVariant v1 = o.string(u"name");
        const QVariant v2 = o.string(u"kind");
        if (!json.ok())
            return malformed(what, json);
        auto q = exec(QStringLiteral("INSERT INTO channels (id, name, kind) VALUES (?, ?, ?)"
                                     " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                                     " kind = excluded.kind"),
                      {v0, v1, v2});
        if (!q)
            return q.error();
    }
    QSet<qint64> performances;
    for (JsonReader &o : json.objects(u"performances")) {
        const qint64 id = o.integer(u"id");
        const QVariant v0 = id;
        const QVariant v1 = o.integer(u"productionId");
        const QVariant v2 = o.integer(u"venueId");
        const QVariant v3 = o.integer(u"planId");
        const QVariant v4 = Database::timeText(o.time(u"startsAt"));
        const QVariant v5 = textOrNull(Database::timeText(o.optionalTime(u"salesEnd")));
        const QVariant v6 = o.string(u"status");
        const QVariant v7 = o.string(u"currency");
        const QVariant v8 = o.optionalInteger(u"vatBp").value_or(0);
        if (!json.ok())
            return malformed(what, json);
        performances.insert(id);
        auto q = exec(
            QStringLiteral(
                "INSERT INTO performances (id, production_id, venue_id, plan_id, starts_at,"
                " sales_end, status, currency, vat_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET production_id = excluded.production_id,"
                " venue_id = excluded.venue_id, plan_id = excluded.plan_id,"
                " starts_at = excluded.starts_at, sales_end = excluded.sales_end,"
                " status = excluded.status, currency = excluded.currency,"
                " vat_bp = excluded.vat_bp"),
            {v0, v1, v2, v3, v4, v5, v6, v7, v8});
        if (!q)
            return q.error();
    }
    for (qint64 id : std::as_const(performances)) {
        auto q = exec(QStringLiteral("DELETE FROM prices WHERE performance_id = ?"), {id});
        if (!q)
            return q.error();
    }
    for (JsonReader &o : json.objects(u"prices")) {
        const QVariant v0 = o.integer(u"performanceId");
        const QVariant v1 = o.integer(u"categoryId");
        const QVariant v2 = o.integer(u"priceTypeId");
        const QVariant v3 = o.integer(u"amount");
        if (!json.ok())
            return malformed(what, json);
        auto q = exec(QStringLiteral(
                          "INSERT INTO prices (performance_id, category_id, price_type_id,"
                          " amount) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                          " amount = excluded.amount"),
                      {v0, v1, v2, v3});
        if (!q)
            return q.error();
    }
    if (!json.ok())
        return malformed(what, json);
    auto missing = exec(QStringLiteral("SELECT id FROM seat_plans WHERE document = ''"
                                       " ORDER BY id"));
    if (!missing)
        return missing.error();
    QList<SeatPlanId> plans;
    while (missing->next())
        plans.append(SeatPlanId(missing->value(0).toLongLong()));
    if (auto r = tx.commit(); !r)
        return r.error();
    return plans;
}

Result<void> SyncCache::applyPlan(const QJsonObject &plan)
{
    JsonReader json(plan);
    const qint64 id = json.integer(u"id");
    const QJsonObject document = json.object(u"document").json();
    if (!json.ok())
        return malformed(QStringLiteral("plan"), json);
    if (document.isEmpty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("plan %1 came without a document").arg(id));
    auto q = exec(QStringLiteral("UPDATE seat_plans SET document = ? WHERE id = ?"),
                  {QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)), id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("plan %1 is not in the catalogue").arg(id));
    return {};
}

Result<qint64> SyncCache::nextLocalId(const QString &table)
{
    auto v = scalar(QStringLiteral("SELECT max(id) FROM %1 WHERE id >= ?").arg(table),
                    {kLocalIdBase});
    if (!v)
        return v.error();
    return v->isNull() ? kLocalIdBase : v->toLongLong() + 1;
}

Result<void> SyncCache::bumpReceiptCounter(const QString &receipt)
{
    // "T2-000041": the counter of terminal 2 is at least 41, so a new receipt never repeats
    // one the server already has (after a fresh cache, say).
    const qsizetype dash = receipt.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 number = receipt.mid(dash + 1).toLongLong(&ok);
    if (dash < 0 || !ok || m_terminal == 0)
        return {};
    auto q = exec(QStringLiteral(
                      "INSERT INTO sync_receipts (terminal_id, last_number) VALUES (?, ?)"
                      " ON CONFLICT (terminal_id) DO UPDATE SET"
                      " last_number = max(last_number, excluded.last_number)"),
                  {m_terminal, number});
    if (!q)
        return q.error();
    return {};
}

Result<OrderId> SyncCache::applyOrder(PerformanceId performance,
                                      const QJsonObject &order,
                                      OrderId localOrder)
{
    JsonReader json(order);
    const WireOrder wire = WireOrder::fromJson(json);
    if (!json.ok())
        return malformed(QStringLiteral("order"), json);
    return applyOrder(performance, wire, localOrder);
}

Result<OrderId> SyncCache::applyOrder(PerformanceId performance,
                                      const WireOrder &order,
                                      OrderId localOrder)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto written = writeOrder(performance, order, localOrder, Write::Alone);
    if (!written)
        return written.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return written;
}

QVariant SyncCache::knownId(const char *table, QHash<qint64, bool> &seen, qint64 id)
{
    // Customers and channels the cache does not know are left out rather than refused.
    // A snapshot writes neither, so what it found out holds until it ends.
    if (id == 0)
        return QVariant();
    if (const auto it = seen.constFind(id); m_statements.isKeeping() && it != seen.cend())
        return *it ? QVariant(id) : QVariant();
    auto v = scalar(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1StringView(table)),
                    {id});
    const bool found = v && v->isValid();
    if (m_statements.isKeeping())
        seen.insert(id, found);
    return found ? QVariant(id) : QVariant();
}

Result<OrderId> SyncCache::writeOrder(PerformanceId performance,
                                      const WireOrder &order,
                                      OrderId localOrder,
                                      Write write)
{
    if (!performance.isValid())
        performance = PerformanceId(order.performanceId);
    const qint64 serverId = order.id;
    if (serverId == 0 || !performance.isValid())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("an order without id or performance"));
    const QString status = cacheStatus(order.status);
    const QString reservedUntil = Database::timeText(order.reservedUntil);
    const QString &receipt = order.receipt;
    const qint64 terminal = order.terminalId;

    qint64 local = 0;
    // Into a performance the cache held nothing of, every order is new.
    auto byServer = write == Write::IntoEmptyPerformance
                        ? Result<QVariant>(QVariant())
                        : scalar(QStringLiteral("SELECT id FROM orders WHERE server_id = ?"),
                                 {serverId});
    if (!byServer)
        return byServer.error();
    const bool mayExist = write != Write::IntoEmptyPerformance; // else every order is new
    if (byServer->isValid())
        local = byServer->toLongLong();
    else if (mayExist && localOrder.isValid())
        local = localOrder.value;
    else if (mayExist && !receipt.isEmpty() && terminal != 0) {
        auto byReceipt = scalar(QStringLiteral(
                                    "SELECT id FROM orders WHERE terminal_id = ? AND receipt = ?"),
                                {terminal, receipt});
        if (!byReceipt)
            return byReceipt.error();
        if (byReceipt->isValid())
            local = byReceipt->toLongLong();
    }
    const QVariant customer = knownId("customers", m_knownCustomers, order.customerId);
    const QVariant channel = knownId("channels", m_knownChannels, order.channelId);
    const bool isNew = local == 0;
    if (isNew) {
        const QString createdAt = Database::timeText(order.createdAt);
        auto q = exec(
            QStringLiteral(
                "INSERT INTO orders (id, number, performance_id, customer_id, channel_id,"
                " status, currency, total, created_at, reserved_until, origin, server_id,"
                " terminal_id, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'server', ?, ?, ?)"),
            {serverId,
             order.number,
             performance.value,
             customer,
             channel,
             status,
             order.currency,
             order.total,
             createdAt,
             textOrNull(reservedUntil),
             serverId,
             idOrNull(terminal),
             textOrNull(receipt)});
        if (!q)
            return q.error();
        local = serverId;
        // Into an empty performance the snapshot writes the history of all its orders at once.
        if (write != Write::IntoEmptyPerformance) {
            auto h = exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail)"
                                         " VALUES (?, ?, 'synced', ?)"),
                          {local, createdAt, QStringLiteral("server order %1").arg(serverId)});
            if (!h)
                return h.error();
        }
    } else {
        // The number is set even when unchanged so the search index follows a new id.
        auto q = exec(QStringLiteral("UPDATE orders SET number = ?, status = ?, reserved_until = ?,"
                                     " total = ?, customer_id = coalesce(?, customer_id),"
                                     " server_id = ?, terminal_id = coalesce(?, terminal_id),"
                                     " receipt = coalesce(?, receipt) WHERE id = ?"),
                      {order.number,
                       status,
                       textOrNull(reservedUntil),
                       order.total,
                       customer,
                       serverId,
                       idOrNull(terminal),
                       textOrNull(receipt),
                       local});
        if (!q)
            return q.error();
    }
    const bool active = status != QLatin1StringView("cancelled");
    const QString now = Database::timeText(QDateTime::currentDateTimeUtc());
    for (const WireTicket &t : order.tickets) {
        if (auto r = upsertTicket(performance, OrderId(local), active, t, now, write); !r)
            return r.error();
    }
    // The order's places were held a moment ago by the terminal that sold them.
    if (active && (isNew || localOrder.isValid()) && write == Write::Alone) {
        auto consumed = consumeHolds(performance, terminal, order.tickets);
        if (!consumed)
            return consumed.error();
        if (*consumed) {
            if (auto r = refreshHolds(performance, QDateTime::currentDateTimeUtc()); !r)
                return r.error();
        }
    }
    if (terminal == m_terminal && !receipt.isEmpty()) {
        if (auto r = bumpReceiptCounter(receipt); !r)
            return r.error();
    }
    return OrderId(local);
}

Result<void> SyncCache::upsertTicket(PerformanceId performance,
                                     OrderId order,
                                     bool orderActive,
                                     const WireTicket &ticket,
                                     const QString &now,
                                     Write write)
{
    const qint64 serverId = ticket.id;
    const qint64 seat = ticket.seat;
    const qint64 zone = ticket.zone;
    const QString &barcode = ticket.barcode;
    const auto [ticketStatus, active] = ticketState(orderActive, ticket);

    // Into a performance the cache held nothing of, the seat can only be another order's of
    // the same snapshot, which the server does not send (the unique index would refuse it).
    if (active && seat != 0 && write != Write::IntoEmptyPerformance) {
        // The server gave this seat to this order: nothing else in the cache holds it, and it
        // is nobody's lease any more.
        auto free = exec(QStringLiteral("UPDATE tickets SET active = 0 WHERE performance_id = ?"
                                        " AND seat_id = ? AND active = 1 AND order_id <> ?"),
                         {performance.value, seat, order.value});
        if (!free)
            return free.error();
        // A snapshot writes the performance's leases after its orders.
        if (write == Write::Alone) {
            auto lease = exec(
                QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ? AND seat_id = ?"),
                {performance.value, seat});
            if (!lease)
                return lease.error();
        }
    }
    auto existing = write == Write::IntoEmptyPerformance
                        ? Result<QVariant>(QVariant()) // the order is new: no tickets yet
                        : scalar(QStringLiteral("SELECT id FROM tickets WHERE server_id = ?"
                                                " OR (order_id = ? AND barcode = ?) LIMIT 1"),
                                 {serverId, order.value, barcode});
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        auto q = exec(QStringLiteral(
                          "UPDATE tickets SET status = ?, active = ?, server_id = ?,"
                          " status_changed_at = CASE WHEN status = ? THEN status_changed_at"
                          "  ELSE ? END WHERE id = ?"),
                      {ticketStatusName(ticketStatus),
                       active ? 1 : 0,
                       idOrNull(serverId),
                       ticketStatusName(ticketStatus),
                       now,
                       existing->toLongLong()});
        if (!q)
            return q.error();
        return {};
    }
    auto q = exec(
        QStringLiteral(
            "INSERT INTO tickets (id, order_id, performance_id, seat_id, zone_id, category_id,"
            " price_type_id, price, label, barcode, status, status_changed_at, active,"
            " print_count, server_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {idOrNull(serverId),
         order.value,
         performance.value,
         idOrNull(seat),
         idOrNull(zone),
         ticket.category,
         ticket.priceType,
         ticket.price,
         ticket.label,
         barcode,
         ticketStatusName(ticketStatus),
         now,
         active ? 1 : 0,
         idOrNull(serverId)});
    if (!q)
        return q.error();
    return {};
}

Result<bool> SyncCache::writeNewOrders(PerformanceId performance, SnapshotOrders &orders)
{
    // ARCHITECTURE.md keeps SQLite behind QtSql. This one path goes around it: binding the
    // nearly 2 million values of the stadium's initial sync one QVariant at a time through
    // QtSql was a good part of its write (docs/benchmarks.md, issue 6). The rows are those writeOrder and
    // upsertTicket write with Write::IntoEmptyPerformance, in the snapshot's transaction.
    if (!SqliteStatement::handle(m_db))
        return false;
    QStringList receipts; // of this terminal, counted after the orders
    {
        // SQLite checks an IN list of three or more values (orders.status, orders.origin)
        // against a temporary b-tree that it builds and drops for every row. The two
        // statements are compiled without their tables' CHECK constraints, and the same
        // conditions are checked below instead (tst_synccache compares them with the schema).
        CheckConstraintsOff checksOff(m_db);
        if (!checksOff.isActive())
            return checksOff.error();
        auto insertOrder = SqliteStatement::prepare(
            m_db,
            "INSERT INTO orders (id, number, performance_id, customer_id, channel_id, status,"
            " currency, total, created_at, reserved_until, origin, server_id, terminal_id,"
            " receipt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'server', ?1, ?11, ?12)");
        if (!insertOrder)
            return insertOrder.error();
        auto insertTicket = SqliteStatement::prepare(
            m_db,
            "INSERT INTO tickets (id, order_id, performance_id, seat_id, zone_id, category_id,"
            " price_type_id, price, label, barcode, status, status_changed_at, active,"
            " print_count, server_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
            " ?13, 0, ?1)");
        if (!insertTicket)
            return insertTicket.error();
        const QString now = Database::timeText(QDateTime::currentDateTimeUtc());
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const WireOrder *decoded = orders.at(i);
            if (!decoded)
                return malformed(QStringLiteral("snapshot"), orders.error());
            const WireOrder &order = *decoded;
            if (order.id == 0)
                return makeError(ErrorCode::ParseError,
                                 QStringLiteral("an order without id or performance"));
            // cacheStatus gives one of the three states; origin is 'server'.
            const QString status = cacheStatus(order.status);
            const QString reservedUntil = Database::timeText(order.reservedUntil);
            if (status == QLatin1StringView("reserved") && reservedUntil.isEmpty())
                return checkFailed("orders", "status <> 'reserved' OR reserved_until IS NOT NULL");
            SqliteStatement &o = *insertOrder;
            o.bindInteger(1, order.id);
            o.bindText(2, order.number);
            o.bindInteger(3, performance.value);
            o.bindIdOrNull(4, knownId("customers", m_knownCustomers, order.customerId).toLongLong());
            o.bindIdOrNull(5, knownId("channels", m_knownChannels, order.channelId).toLongLong());
            o.bindText(6, status);
            o.bindText(7, order.currency);
            o.bindInteger(8, order.total);
            o.bindText(9, Database::timeText(order.createdAt));
            o.bindTextOrNull(10, reservedUntil);
            o.bindIdOrNull(11, order.terminalId);
            o.bindTextOrNull(12, order.receipt);
            if (auto r = o.run(); !r)
                return r.error();
            const bool orderActive = status != QLatin1StringView("cancelled");
            for (const WireTicket &ticket : order.tickets) {
                // active is 0 or 1 by its type.
                if ((ticket.seat == 0) == (ticket.zone == 0))
                    return checkFailed("tickets", "(seat_id IS NULL) <> (zone_id IS NULL)");
                const auto [ticketStatus, active] = ticketState(orderActive, ticket);
                SqliteStatement &t = *insertTicket;
                t.bindIdOrNull(1, ticket.id);
                t.bindInteger(2, order.id);
                t.bindInteger(3, performance.value);
                t.bindIdOrNull(4, ticket.seat);
                t.bindIdOrNull(5, ticket.zone);
                t.bindInteger(6, ticket.category);
                t.bindInteger(7, ticket.priceType);
                t.bindInteger(8, ticket.price);
                t.bindText(9, ticket.label);
                t.bindText(10, ticket.barcode);
                t.bindText(11, ticketStatusName(ticketStatus));
                t.bindText(12, now);
                t.bindInteger(13, active ? 1 : 0);
                if (auto r = t.run(); !r)
                    return r.error();
            }
            if (order.terminalId == m_terminal && !order.receipt.isEmpty())
                receipts.append(order.receipt);
        }
    }
    for (const QString &receipt : std::as_const(receipts)) {
        if (auto r = bumpReceiptCounter(receipt); !r)
            return r.error();
    }
    return true;
}

Result<void> SyncCache::applySnapshot(const QJsonObject &snapshot)
{
    // Everything is read before anything is written: a malformed snapshot changes nothing.
    const QString what = QStringLiteral("snapshot");
    JsonReader json(snapshot);
    const PerformanceId performance(json.integer(u"performanceId"));
    // The orders are decoded on a thread of their own while the first ones are written; a
    // malformed one still changes nothing, as the transaction is rolled back.
    if (!snapshot.value(u"orders").isArray())
        json.fail(u"orders", QStringLiteral("must be an array of objects"));
    SnapshotOrders orders(snapshot.value(u"orders").toArray());
    struct Place
    {
        qint64 seat = 0;
        qint64 zone = 0;
        qint64 quantity = 0;
        qint64 terminal = 0;
        QDateTime expiresAt;
        QString hold; ///< the hold's id; empty from servers that did not send it
    };
    QList<Place> holds;
    for (JsonReader &h : json.objects(u"holds", true))
        holds.append({h.optionalInteger(u"seat").value_or(0),
                      h.optionalInteger(u"zone").value_or(0),
                      h.optionalInteger(u"quantity").value_or(1),
                      h.optionalInteger(u"terminal").value_or(0),
                      h.time(u"expiresAt"),
                      h.optionalString(u"hold")});
    QList<Place> leases;
    for (JsonReader &l : json.objects(u"leases", true))
        leases.append({l.optionalInteger(u"seat").value_or(0),
                       l.optionalInteger(u"zone").value_or(0),
                       l.optionalInteger(u"quantity").value_or(1),
                       l.integer(u"terminal"),
                       {},
                       {}});
    if (!json.ok())
        return malformed(what, json);

    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    StatementScope statements(*this);
    // The first snapshot of a performance (the initial sync) finds nothing of it cached.
    auto cached = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM orders WHERE"
                                        " performance_id = ?) OR EXISTS (SELECT 1 FROM tickets"
                                        " WHERE performance_id = ?)"),
                         {performance.value, performance.value});
    if (!cached)
        return cached.error();
    const Write write = cached->toBool() ? Write::Snapshot : Write::IntoEmptyPerformance;
    auto dropHolds = exec(QStringLiteral("DELETE FROM sync_holds WHERE performance_id = ?"),
                          {performance.value});
    if (!dropHolds)
        return dropHolds.error();
    auto bulk = write == Write::IntoEmptyPerformance && performance.isValid()
                    ? writeNewOrders(performance, orders)
                    : Result<bool>(false);
    if (!bulk)
        return bulk.error();
    if (!orders.finish())
        return malformed(what, orders.error());
    QSet<qint64> listed;
    for (const WireOrder &order : orders.all()) {
        listed.insert(order.id);
        if (*bulk)
            continue;
        if (auto r = writeOrder(performance, order, {}, write); !r)
            return r.error();
    }
    if (write == Write::IntoEmptyPerformance) {
        // Every order of the performance came with this snapshot: each one's "synced" entry,
        // as writeOrder writes it for one order.
        auto h = exec(QStringLiteral(
                          "INSERT INTO order_history (order_id, at, event, detail)"
                          " SELECT id, created_at, 'synced', 'server order ' || server_id"
                          " FROM orders WHERE performance_id = ? ORDER BY id"),
                      {performance.value});
        if (!h)
            return h.error();
    }
    // Only live orders are listed: a cached one that is missing was cancelled or expired.
    auto stale = exec(QStringLiteral("SELECT id, server_id FROM orders WHERE"
                                     " performance_id = ? AND server_id IS NOT NULL"
                                     " AND status <> 'cancelled'"),
                      {performance.value});
    if (!stale)
        return stale.error();
    QList<qint64> gone;
    while (stale->next()) {
        if (!listed.contains(stale->value(1).toLongLong()))
            gone.append(stale->value(0).toLongLong());
    }
    for (qint64 id : std::as_const(gone)) {
        auto o = exec(QStringLiteral("UPDATE orders SET status = 'cancelled',"
                                     " reserved_until = NULL WHERE id = ?"),
                      {id});
        if (!o)
            return o.error();
        auto t = exec(QStringLiteral("UPDATE tickets SET active = 0 WHERE order_id = ?"), {id});
        if (!t)
            return t.error();
    }
    // The snapshot's holds carry their hold's id, so the feed's release of the hold (or the
    // confirm that consumed it) removes them; without one they leave when they run out, or
    // when an order takes their places.
    for (const Place &h : std::as_const(holds)) {
        if (m_terminal != 0 && h.terminal == m_terminal)
            continue;
        auto q = exec(QStringLiteral(
                          "INSERT INTO sync_holds (hold_id, performance_id, seat_id, zone_id,"
                          " quantity, terminal_id, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {h.hold.isEmpty() ? QVariant() : QVariant(h.hold),
                       performance.value,
                       idOrNull(h.seat),
                       h.seat != 0 ? QVariant() : idOrNull(h.zone),
                       h.quantity,
                       h.terminal,
                       Database::timeText(h.expiresAt)});
        if (!q)
            return q.error();
    }
    if (auto r = refreshHolds(performance, QDateTime::currentDateTimeUtc()); !r)
        return r;
    auto clear = exec(QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ?"),
                      {performance.value});
    if (!clear)
        return clear.error();
    for (const Place &lease : std::as_const(leases)) {
        if (lease.terminal != m_terminal || m_terminal == 0)
            continue;
        if (lease.seat != 0) {
            if (auto r = addLease(performance, {lease.seat}, {}); !r)
                return r;
            continue;
        }
        // Standing places sold here offline and not yet replayed are still in the server's
        // lease; they are used up here already.
        auto used = scalar(QStringLiteral(
                               "SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
                               " WHERE t.performance_id = ? AND t.zone_id = ? AND t.active = 1"
                               " AND o.origin = 'offline' AND o.server_id IS NULL"),
                           {performance.value, lease.zone});
        if (!used)
            return used.error();
        const qint64 left = lease.quantity - used->toLongLong();
        if (left > 0) {
            if (auto r = addLease(performance, {}, {ZoneQuantity{lease.zone, int(left)}}); !r)
                return r;
        }
    }
    return tx.commit();
}

Result<void> SyncCache::applyLease(PerformanceId performance, const QJsonObject &lease)
{
    JsonReader json(lease);
    const qint64 terminal = json.integer(u"terminal");
    const bool released = json.boolean(u"released", false);
    const QList<qint64> seats = released ? QList<qint64>() : json.integers(u"seats", true);
    const QList<ZoneQuantity> zones = released ? QList<ZoneQuantity>()
                                               : protocol::zoneQuantitiesFromJson(json, u"zones");
    if (!json.ok())
        return malformed(QStringLiteral("lease"), json);
    if (m_terminal == 0 || terminal != m_terminal)
        return {};
    if (released) {
        auto q = exec(QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ?"),
                      {performance.value});
        if (!q)
            return q.error();
        return {};
    }
    return addLease(performance, seats, zones);
}

Result<void> SyncCache::addLease(PerformanceId performance,
                                 const QList<qint64> &seats,
                                 const QList<ZoneQuantity> &zones)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (qint64 seat : seats) {
        // A seat sold here offline and not yet replayed stays consumed.
        auto q = exec(QStringLiteral("INSERT INTO sync_leases (performance_id, seat_id, quantity)"
                                     " SELECT ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM tickets"
                                     " WHERE performance_id = ? AND seat_id = ? AND active = 1)"
                                     " ON CONFLICT DO NOTHING"),
                      {performance.value, seat, performance.value, seat});
        if (!q)
            return q.error();
    }
    // Like the server's lease table: a lease of standing places adds to what is leased.
    for (const ZoneQuantity &zone : zones) {
        if (zone.quantity <= 0)
            continue;
        auto q = exec(QStringLiteral("INSERT INTO sync_leases (performance_id, zone_id, quantity)"
                                     " VALUES (?, ?, ?) ON CONFLICT (performance_id, zone_id)"
                                     " WHERE zone_id IS NOT NULL"
                                     " DO UPDATE SET quantity = quantity + excluded.quantity"),
                      {performance.value, zone.zone, zone.quantity});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<void> SyncCache::applyHold(PerformanceId performance,
                                  const QJsonObject &hold,
                                  const QDateTime &now)
{
    JsonReader json(hold);
    const QString id = json.string(u"hold");
    const bool released = json.boolean(u"released", false);
    qint64 terminal = 0;
    QList<qint64> seats;
    QList<ZoneQuantity> zones;
    QDateTime expiresAt;
    if (!released) {
        terminal = json.integer(u"terminal");
        seats = json.integers(u"seats", true);
        zones = protocol::zoneQuantitiesFromJson(json, u"zones");
        expiresAt = json.time(u"expiresAt");
    }
    if (!json.ok())
        return malformed(QStringLiteral("hold"), json);
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (released) {
        auto q = exec(QStringLiteral("DELETE FROM sync_holds WHERE hold_id = ?"), {id});
        if (!q)
            return q.error();
    } else if (m_terminal == 0 || terminal != m_terminal) {
        for (qint64 seat : std::as_const(seats)) {
            auto q = exec(QStringLiteral(
                              "INSERT INTO sync_holds (hold_id, performance_id, seat_id,"
                              " quantity, terminal_id, expires_at) VALUES (?, ?, ?, 1, ?, ?)"),
                          {id, performance.value, seat, terminal, Database::timeText(expiresAt)});
            if (!q)
                return q.error();
        }
        for (const ZoneQuantity &z : std::as_const(zones)) {
            auto q = exec(
                QStringLiteral("INSERT INTO sync_holds (hold_id, performance_id, zone_id,"
                               " quantity, terminal_id, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                {id, performance.value, z.zone, z.quantity, terminal, Database::timeText(expiresAt)});
            if (!q)
                return q.error();
        }
    }
    if (auto r = refreshHolds(performance, now); !r)
        return r;
    return tx.commit();
}

Result<bool> SyncCache::consumeHolds(PerformanceId performance,
                                     qint64 terminal,
                                     const QList<WireTicket> &tickets)
{
    // A confirmed hold is deleted on the server without a change of its own; the order that
    // used it is the news. Its seats are the order's now, and its standing places are
    // counted by the order's tickets instead of the hold.
    bool changed = false;
    QHash<qint64, int> zones;
    for (const WireTicket &t : tickets) {
        if (t.seat != 0) {
            auto q = exec(QStringLiteral(
                              "DELETE FROM sync_holds WHERE performance_id = ? AND seat_id = ?"),
                          {performance.value, t.seat});
            if (!q)
                return q.error();
            changed = changed || q->numRowsAffected() > 0;
        } else if (t.zone != 0) {
            ++zones[t.zone];
        }
    }
    if (terminal == 0)
        return changed;
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        int left = it.value();
        auto rows = exec(QStringLiteral("SELECT rowid, quantity FROM sync_holds"
                                        " WHERE performance_id = ? AND zone_id = ?"
                                        " AND terminal_id = ? ORDER BY expires_at"),
                         {performance.value, it.key(), terminal});
        if (!rows)
            return rows.error();
        QList<QPair<qint64, int>> found;
        while (rows->next())
            found.append({rows->value(0).toLongLong(), rows->value(1).toInt()});
        for (const auto &[row, quantity] : std::as_const(found)) {
            if (left <= 0)
                break;
            const int taken = std::min(left, quantity);
            left -= taken;
            auto q = taken == quantity
                         ? exec(QStringLiteral("DELETE FROM sync_holds WHERE rowid = ?"), {row})
                         : exec(
                             QStringLiteral(
                                 "UPDATE sync_holds SET quantity = quantity - ? WHERE rowid = ?"),
                             {taken, row});
            if (!q)
                return q.error();
            changed = true;
        }
    }
    return changed;
}

Result<int> SyncCache::expireHolds(const QDateTime &now)
{
    auto q = exec(QStringLiteral("SELECT DISTINCT performance_id FROM sync_holds"
                                 " WHERE expires_at <= ?"),
                  {Database::timeText(now)});
    if (!q)
        return q.error();
    QList<PerformanceId> performances;
    while (q->next())
        performances.append(PerformanceId(q->value(0).toLongLong()));
    for (PerformanceId p : std::as_const(performances)) {
        if (auto r = refreshHolds(p, now); !r)
            return r.error();
    }
    return int(performances.size());
}

Result<void> SyncCache::refreshHolds(PerformanceId performance, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QString code = serverHoldCode();
    const qint64 p = performance.value;
    // No role of ours may release or sell these places: the hold is another counter's.
    auto steps = {
        exec(QStringLiteral("INSERT INTO hold_codes (code, name, color, role) VALUES (?,"
                            " 'Held at another counter', '#9e9e9e', ?) ON CONFLICT DO NOTHING"),
             {code, HoldRepository::otherTerminalRole()}),
        exec(QStringLiteral("DELETE FROM sync_holds WHERE expires_at <= ?"),
             {Database::timeText(now)}),
        exec(QStringLiteral("DELETE FROM seat_blocks WHERE performance_id = ?"
                            " AND hold_code = ?"),
             {p, code}),
        exec(QStringLiteral("INSERT INTO seat_blocks (performance_id, seat_id, hold_code)"
                            " SELECT DISTINCT performance_id, seat_id, ? FROM sync_holds"
                            " WHERE performance_id = ? AND seat_id IS NOT NULL"
                            " ON CONFLICT DO NOTHING"),
             {code, p}),
        exec(QStringLiteral("DELETE FROM zone_holds WHERE performance_id = ?"
                            " AND hold_code = ?"),
             {p, code}),
        exec(QStringLiteral("INSERT INTO zone_holds (performance_id, zone_id, hold_code,"
                            " quantity) SELECT performance_id, zone_id, ?, sum(quantity)"
                            " FROM sync_holds WHERE performance_id = ? AND zone_id IS NOT NULL"
                            " GROUP BY zone_id HAVING sum(quantity) > 0"),
             {code, p}),
    };
    for (const auto &step : steps) {
        if (!step)
            return step.error();
    }
    return tx.commit();
}

Result<void> SyncCache::applyCustomer(const QJsonObject &customer, const QDateTime &now)
{
    JsonReader json(customer);
    const qint64 id = json.integer(u"id");
    const QString number = json.string(u"number");
    const QString firstName = json.optionalString(u"firstName");
    const QString lastName = json.optionalString(u"lastName");
    const QString email = json.optionalString(u"email");
    const QString phone = json.optionalString(u"phone");
    // A server of schema 4 on sends the customer's flags and block from sale: the cache
    // takes them as they are (an older server's customer leaves the cached flags alone).
    const bool hasFlags = json.has(u"flags") || json.has(u"blocked");
    ServerFlags flags;
    flags.codes = json.strings(u"flags", true);
    flags.blocked = json.boolean(u"blocked", false);
    // A server of schema 6 on merges and anonymises customers for every terminal.
    const bool anonymised = json.boolean(u"anonymised", false);
    const std::optional<qint64> mergedInto = json.optionalInteger(u"mergedInto");
    if (!json.ok())
        return malformed(QStringLiteral("customer"), json);
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (mergedInto) {
        if (auto r = applyMergedCustomer(CustomerId(id), CustomerId(*mergedInto), now); !r)
            return r;
        return tx.commit();
    }
    // A customer erased here already stays as this terminal shows erased customers.
    if (anonymised) {
        auto cached = CustomerService(m_db).customer(CustomerId(id));
        if (cached && cached->isAnonymised())
            return tx.commit();
    }
    auto q = exec(
        QStringLiteral(
            "INSERT INTO customers (id, number, first_name, last_name, email, phone, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " number = excluded.number, first_name = excluded.first_name,"
            " last_name = excluded.last_name, email = excluded.email, phone = excluded.phone"),
        {id, number, firstName, lastName, email, phone, Database::timeText(now)});
    if (!q)
        return q.error();
    if (hasFlags) {
        if (auto r = flags.store(m_db, CustomerId(id), now); !r)
            return r;
    }
    // What this terminal alone keeps of the person goes too (nothing when it is gone).
    if (anonymised) {
        if (auto r = CustomerService(m_db).anonymise(CustomerId(id), now); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SyncCache::applyMergedCustomer(CustomerId duplicate,
                                            CustomerId survivor,
                                            const QDateTime &now)
{
    // The moved orders came through the feed before; what this terminal keeps of the
    // duplicate (orders not yet moved, e-mails, consents, history) goes to the survivor, and
    // the duplicate leaves the cache. A duplicate the cache does not hold stays away.
    CustomerService customers(m_db);
    if (customers.customer(duplicate) && customers.customer(survivor)) {
        if (auto r = customers.merge(survivor, duplicate, {}, now); !r)
            return r.error();
    }
    return {};
}

Result<void> SyncCache::applyUser(const QJsonObject &user)
{
    JsonReader json(user);
    const qint64 id = json.integer(u"id");
    const QString login = json.string(u"login");
    const QString name = json.optionalString(u"name");
    const QString role = json.string(u"role");
    if (!json.ok())
        return malformed(QStringLiteral("user"), json);
    auto q = exec(QStringLiteral("INSERT INTO users (id, login, name, role) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT (id) DO UPDATE SET login = excluded.login,"
                                 " name = excluded.name, role = excluded.role"),
                  {id, login, name, role});
    if (!q)
        return q.error();
    return {};
}

Result<bool> SyncCache::applyChange(const QJsonObject &change)
{
    JsonReader json(change);
    const protocol::WireChange wire = protocol::WireChange::fromJson(json);
    if (!json.ok())
        return malformed(QStringLiteral("change"), json);
    return applyChange(wire);
}

Result<bool> SyncCache::applyChange(const protocol::WireChange &change)
{
    const PerformanceId performance(change.performanceId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<void> applied;
    if (change.kind == QLatin1StringView("order")) {
        auto r = applyOrder(performance, change.data);
        if (!r)
            applied = r.error();
    } else if (change.kind == QLatin1StringView("lease")) {
        applied = applyLease(performance, change.data);
    } else if (change.kind == QLatin1StringView("hold")) {
        applied = applyHold(performance, change.data, now);
    } else if (change.kind == QLatin1StringView("customer")) {
        applied = applyCustomer(change.data, now);
    } else if (change.kind == QLatin1StringView("catalog")) {
        return true;
    }
    if (!applied)
        return makeError(applied.error().code,
                         QStringLiteral("change %1 (%2): %3")
                             .arg(change.seq)
                             .arg(change.kind, applied.error().message));
    return false;
}

Result<void> SyncCache::markRefused(OrderId localOrder, const QString &reason, const QDateTime &now)
{
    if (!localOrder.isValid())
        return {};
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto t = exec(QStringLiteral("UPDATE tickets SET active = 0 WHERE order_id = ?"),
                  {localOrder.value});
    if (!t)
        return t.error();
    auto h = exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail)"
                                 " VALUES (?, ?, 'server-refused', ?)"),
                  {localOrder.value, Database::timeText(now), reason});
    if (!h)
        return h.error();
    return tx.commit();
}

Result<QList<PerformanceId>> SyncCache::onSalePerformances()
{
    auto q = exec(QStringLiteral(
        "SELECT id FROM performances WHERE status = 'on-sale' ORDER BY starts_at, id"));
    if (!q)
        return q.error();
    QList<PerformanceId> out;
    while (q->next())
        out.append(PerformanceId(q->value(0).toLongLong()));
    return out;
}

} // namespace parkett
