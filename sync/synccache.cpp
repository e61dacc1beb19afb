// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synccache.h"

#include "core/order.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace parkett {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

qint64 idOf(const QJsonObject &o, const char *name)
{
    return o.value(key(name)).toInteger();
}

QString textOf(const QJsonObject &o, const char *name)
{
    return o.value(key(name)).toString();
}

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

/** A time from the server in the cache's text form. */
QString timeOf(const QJsonObject &o, const char *name)
{
    const QString text = textOf(o, name);
    if (text.isEmpty())
        return QString();
    return Database::timeText(Database::timeFromText(text));
}

} // namespace

Result<QList<SeatPlanId>> SyncCache::applyCatalog(const QJsonObject &catalog, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    for (const QJsonValue &v : catalog.value(key("venues")).toArray()) {
        const QJsonObject o = v.toObject();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO venues (id, name, address, time_zone) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                           " address = excluded.address, time_zone = excluded.time_zone"),
            {idOf(o, "id"), textOf(o, "name"), textOf(o, "address"), textOf(o, "timeZone")});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : catalog.value(key("plans")).toArray()) {
        const QJsonObject o = v.toObject();
        // A new version of a plan needs its document again; the old one stays until then.
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO seat_plans (id, venue_id, version, name, seat_count,"
                " standing_capacity, document, created_at) VALUES (?, ?, ?, ?, ?, ?, '', ?)"
                " ON CONFLICT (id) DO UPDATE SET venue_id = excluded.venue_id,"
                " name = excluded.name, seat_count = excluded.seat_count,"
                " standing_capacity = excluded.standing_capacity,"
                " document = CASE WHEN seat_plans.version = excluded.version"
                "  THEN seat_plans.document ELSE '' END, version = excluded.version"),
            {idOf(o, "id"),
             idOf(o, "venueId"),
             idOf(o, "version"),
             textOf(o, "name"),
             idOf(o, "seatCount"),
             idOf(o, "standingCapacity"),
             Database::timeText(now)});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : catalog.value(key("productions")).toArray()) {
        const QJsonObject o = v.toObject();
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO productions (id, title, description, duration_minutes)"
                               " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                               " title = excluded.title, description = excluded.description,"
                               " duration_minutes = excluded.duration_minutes"),
                           {idOf(o, "id"),
                            textOf(o, "title"),
                            textOf(o, "description"),
                            idOf(o, "durationMinutes")});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : catalog.value(key("priceTypes")).toArray()) {
        const QJsonObject o = v.toObject();
        auto q = m_db.exec(QStringLiteral("INSERT INTO price_types (id, code, name, sort_order)"
                                          " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                                          " code = excluded.code, name = excluded.name,"
                                          " sort_order = excluded.sort_order"),
                           {idOf(o, "id"),
                            textOf(o, "code"),
                            textOf(o, "name"),
                            idOf(o, "sortOrder")});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : catalog.value(key("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        auto q = m_db.exec(QStringLiteral("INSERT INTO channels (id, name, kind) VALUES (?, ?, ?)"
                                          " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                                          " kind = excluded.kind"),
                           {idOf(o, "id"), textOf(o, "name"), textOf(o, "kind")});
        if (!q)
            return q.error();
    }
    QSet<qint64> performances;
    for (const QJsonValue &v : catalog.value(key("performances")).toArray()) {
        const QJsonObject o = v.toObject();
        performances.insert(idOf(o, "id"));
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO performances (id, production_id, venue_id, plan_id, starts_at,"
                " sales_end, status, currency, vat_bp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET production_id = excluded.production_id,"
                " venue_id = excluded.venue_id, plan_id = excluded.plan_id,"
                " starts_at = excluded.starts_at, sales_end = excluded.sales_end,"
                " status = excluded.status, currency = excluded.currency,"
                " vat_bp = excluded.vat_bp"),
            {idOf(o, "id"),
             idOf(o, "productionId"),
             idOf(o, "venueId"),
             idOf(o, "planId"),
             timeOf(o, "startsAt"),
             textOrNull(timeOf(o, "salesEnd")),
             textOf(o, "status"),
             textOf(o, "currency"),
             idOf(o, "vatBp")});
        if (!q)
            return q.error();
    }
    for (qint64 id : std::as_const(performances)) {
        auto q = m_db.exec(QStringLiteral("DELETE FROM prices WHERE performance_id = ?"), {id});
        if (!q)
            return q.error();
    }
    for (const QJsonValue &v : catalog.value(key("prices")).toArray()) {
        const QJsonObject o = v.toObject();
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO prices (performance_id, category_id, price_type_id,"
                               " amount) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                               " amount = excluded.amount"),
                           {idOf(o, "performanceId"),
                            idOf(o, "categoryId"),
                            idOf(o, "priceTypeId"),
                            idOf(o, "amount")});
        if (!q)
            return q.error();
    }
    auto missing = m_db.exec(QStringLiteral("SELECT id FROM seat_plans WHERE document = ''"
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
    const QJsonObject document = plan.value(key("document")).toObject();
    if (document.isEmpty())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("plan %1 came without a document").arg(idOf(plan, "id")));
    auto q = m_db.exec(QStringLiteral("UPDATE seat_plans SET document = ? WHERE id = ?"),
                       {QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)),
                        idOf(plan, "id")});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("plan %1 is not in the catalogue").arg(idOf(plan, "id")));
    return {};
}

Result<qint64> SyncCache::nextLocalId(const QString &table)
{
    auto v = m_db.scalar(QStringLiteral("SELECT max(id) FROM %1 WHERE id >= ?").arg(table),
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
    auto q = m_db.exec(QStringLiteral(
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
    if (!performance.isValid())
        performance = PerformanceId(idOf(order, "performanceId"));
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const qint64 serverId = idOf(order, "id");
    const QString status = cacheStatus(textOf(order, "status"));
    const QString reservedUntil = timeOf(order, "reservedUntil");
    const QString receipt = textOf(order, "receipt");
    const qint64 terminal = idOf(order, "terminalId");
    const QString currency = textOf(order, "currency");
    if (serverId == 0 || !performance.isValid())
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("an order without id or performance"));

    qint64 local = 0;
    auto byServer = m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE server_id = ?"),
                                {serverId});
    if (!byServer)
        return byServer.error();
    if (byServer->isValid())
        local = byServer->toLongLong();
    else if (localOrder.isValid())
        local = localOrder.value;
    else if (!receipt.isEmpty() && terminal != 0) {
        auto byReceipt = m_db.scalar(
            QStringLiteral("SELECT id FROM orders WHERE terminal_id = ? AND receipt = ?"),
            {terminal, receipt});
        if (!byReceipt)
            return byReceipt.error();
        if (byReceipt->isValid())
            local = byReceipt->toLongLong();
    }
    // Customers and channels the cache does not know are left out rather than refused.
    auto known = [this](const char *table, qint64 id) -> QVariant {
        if (id == 0)
            return QVariant();
        auto v = m_db.scalar(
            QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(QLatin1StringView(table)), {id});
        return v && v->isValid() ? QVariant(id) : QVariant();
    };
    const QVariant customer = known("customers", idOf(order, "customerId"));
    const QVariant channel = known("channels", idOf(order, "channelId"));
    if (local == 0) {
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO orders (id, number, performance_id, customer_id, channel_id,"
                " status, currency, total, created_at, reserved_until, origin, server_id,"
                " terminal_id, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'server', ?, ?, ?)"),
            {serverId,
             textOf(order, "number"),
             performance.value,
             customer,
             channel,
             status,
             currency,
             idOf(order, "total"),
             timeOf(order, "createdAt"),
             textOrNull(reservedUntil),
             serverId,
             idOrNull(terminal),
             textOrNull(receipt)});
        if (!q)
            return q.error();
        local = serverId;
        auto h = m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail)"
                                          " VALUES (?, ?, 'synced', ?)"),
                           {local,
                            timeOf(order, "createdAt"),
                            QStringLiteral("server order %1").arg(serverId)});
        if (!h)
            return h.error();
    } else {
        // The number is set even when unchanged so the search index follows a new id.
        auto q = m_db.exec(QStringLiteral(
                               "UPDATE orders SET number = ?, status = ?, reserved_until = ?,"
                               " total = ?, customer_id = coalesce(?, customer_id),"
                               " server_id = ?, terminal_id = coalesce(?, terminal_id),"
                               " receipt = coalesce(?, receipt) WHERE id = ?"),
                           {textOf(order, "number"),
                            status,
                            textOrNull(reservedUntil),
                            idOf(order, "total"),
                            customer,
                            serverId,
                            idOrNull(terminal),
                            textOrNull(receipt),
                            local});
        if (!q)
            return q.error();
    }
    const bool active = status != QLatin1StringView("cancelled");
    for (const QJsonValue &t : order.value(key("tickets")).toArray()) {
        if (auto r = upsertTicket(performance, OrderId(local), active, t.toObject(), currency); !r)
            return r.error();
    }
    if (terminal == m_terminal && !receipt.isEmpty()) {
        if (auto r = bumpReceiptCounter(receipt); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return OrderId(local);
}

Result<void> SyncCache::upsertTicket(PerformanceId performance,
                                     OrderId order,
                                     bool orderActive,
                                     const QJsonObject &ticket,
                                     const QString &currency)
{
    Q_UNUSED(currency)
    const qint64 serverId = idOf(ticket, "id");
    const qint64 seat = idOf(ticket, "seat");
    const qint64 zone = idOf(ticket, "zone");
    const QString barcode = textOf(ticket, "barcode");
    auto status = ticketStatusFromName(textOf(ticket, "status"));
    TicketStatus ticketStatus = status ? *status : TicketStatus::Valid;
    if (!orderActive && (ticketStatus == TicketStatus::Valid))
        ticketStatus = TicketStatus::Cancelled;
    const bool active = orderActive
                        && (ticketStatus == TicketStatus::Valid
                            || ticketStatus == TicketStatus::CheckedIn);
    const QString now = Database::timeText(QDateTime::currentDateTimeUtc());

    if (active && seat != 0) {
        // The server gave this seat to this order: nothing else in the cache holds it, and it
        // is nobody's lease any more.
        auto free = m_db.exec(QStringLiteral(
                                  "UPDATE tickets SET active = 0 WHERE performance_id = ?"
                                  " AND seat_id = ? AND active = 1 AND order_id <> ?"),
                              {performance.value, seat, order.value});
        if (!free)
            return free.error();
        auto lease = m_db.exec(
            QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ? AND seat_id = ?"),
            {performance.value, seat});
        if (!lease)
            return lease.error();
    }
    auto existing = m_db.scalar(QStringLiteral("SELECT id FROM tickets WHERE server_id = ?"
                                               " OR (order_id = ? AND barcode = ?) LIMIT 1"),
                                {serverId, order.value, barcode});
    if (!existing)
        return existing.error();
    if (existing->isValid()) {
        auto q = m_db.exec(QStringLiteral(
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
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO tickets (id, order_id, performance_id, seat_id, zone_id, category_id,"
            " price_type_id, price, label, barcode, status, status_changed_at, active,"
            " print_count, server_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"),
        {idOrNull(serverId),
         order.value,
         performance.value,
         idOrNull(seat),
         idOrNull(zone),
         idOf(ticket, "category"),
         idOf(ticket, "priceType"),
         idOf(ticket, "price"),
         textOf(ticket, "label"),
         barcode,
         ticketStatusName(ticketStatus),
         now,
         active ? 1 : 0,
         idOrNull(serverId)});
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncCache::applySnapshot(const QJsonObject &snapshot)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const PerformanceId performance(idOf(snapshot, "performanceId"));
    QSet<qint64> listed;
    for (const QJsonValue &v : snapshot.value(key("orders")).toArray()) {
        const QJsonObject order = v.toObject();
        listed.insert(idOf(order, "id"));
        if (auto r = applyOrder(performance, order); !r)
            return r.error();
    }
    // Only live orders are listed: a cached one that is missing was cancelled or expired.
    auto stale = m_db.exec(QStringLiteral("SELECT id, server_id FROM orders WHERE"
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
        auto o = m_db.exec(QStringLiteral("UPDATE orders SET status = 'cancelled',"
                                          " reserved_until = NULL WHERE id = ?"),
                           {id});
        if (!o)
            return o.error();
        auto t = m_db.exec(QStringLiteral("UPDATE tickets SET active = 0 WHERE order_id = ?"), {id});
        if (!t)
            return t.error();
    }
    auto clear = m_db.exec(QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ?"),
                           {performance.value});
    if (!clear)
        return clear.error();
    for (const QJsonValue &v : snapshot.value(key("leases")).toArray()) {
        const QJsonObject lease = v.toObject();
        if (idOf(lease, "terminal") != m_terminal || m_terminal == 0)
            continue;
        QJsonObject data{{key("terminal"), m_terminal}};
        if (idOf(lease, "seat") != 0) {
            data.insert(key("seats"), QJsonArray{idOf(lease, "seat")});
        } else {
            // Standing places sold here offline and not yet replayed are still in the
            // server's lease; they are used up here already.
            auto used = m_db.scalar(
                QStringLiteral("SELECT count(*) FROM tickets t JOIN orders o ON o.id = t.order_id"
                               " WHERE t.performance_id = ? AND t.zone_id = ? AND t.active = 1"
                               " AND o.origin = 'offline' AND o.server_id IS NULL"),
                {performance.value, idOf(lease, "zone")});
            if (!used)
                return used.error();
            data.insert(key("zones"),
                        QJsonArray{QJsonObject{{key("zone"), idOf(lease, "zone")},
                                               {key("quantity"),
                                                idOf(lease, "quantity") - used->toLongLong()}}});
        }
        if (auto r = applyLease(performance, data); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SyncCache::applyLease(PerformanceId performance, const QJsonObject &lease)
{
    if (m_terminal == 0 || idOf(lease, "terminal") != m_terminal)
        return {};
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (lease.value(key("released")).toBool()) {
        auto q = m_db.exec(QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ?"),
                           {performance.value});
        if (!q)
            return q.error();
        return tx.commit();
    }
    for (const QJsonValue &v : lease.value(key("seats")).toArray()) {
        // A seat sold here offline and not yet replayed stays consumed.
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO sync_leases (performance_id, seat_id, quantity)"
                               " SELECT ?, ?, 1 WHERE NOT EXISTS (SELECT 1 FROM tickets"
                               " WHERE performance_id = ? AND seat_id = ? AND active = 1)"
                               " ON CONFLICT DO NOTHING"),
                           {performance.value, v.toInteger(), performance.value, v.toInteger()});
        if (!q)
            return q.error();
    }
    // Like the server's lease table: a lease of standing places adds to what is leased.
    for (const QJsonValue &v : lease.value(key("zones")).toArray()) {
        const QJsonObject zone = v.toObject();
        if (idOf(zone, "quantity") <= 0)
            continue;
        auto q = m_db.exec(QStringLiteral(
                               "INSERT INTO sync_leases (performance_id, zone_id, quantity)"
                               " VALUES (?, ?, ?) ON CONFLICT (performance_id, zone_id)"
                               " WHERE zone_id IS NOT NULL"
                               " DO UPDATE SET quantity = quantity + excluded.quantity"),
                           {performance.value, idOf(zone, "zone"), idOf(zone, "quantity")});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<void> SyncCache::applyCustomer(const QJsonObject &customer, const QDateTime &now)
{
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO customers (id, number, first_name, last_name, email, phone, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " number = excluded.number, first_name = excluded.first_name,"
            " last_name = excluded.last_name, email = excluded.email, phone = excluded.phone"),
        {idOf(customer, "id"),
         textOf(customer, "number"),
         textOf(customer, "firstName"),
         textOf(customer, "lastName"),
         textOf(customer, "email"),
         textOf(customer, "phone"),
         Database::timeText(now)});
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncCache::applyUser(const QJsonObject &user)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO users (id, login, name, role) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (id) DO UPDATE SET login = excluded.login,"
                       " name = excluded.name, role = excluded.role"),
        {idOf(user, "id"), textOf(user, "login"), textOf(user, "name"), textOf(user, "role")});
    if (!q)
        return q.error();
    return {};
}

Result<bool> SyncCache::applyChange(const QJsonObject &change)
{
    const QString kind = textOf(change, "kind");
    const PerformanceId performance(idOf(change, "performanceId"));
    const QJsonObject data = change.value(key("data")).toObject();
    if (kind == QLatin1StringView("order")) {
        auto r = applyOrder(performance, data);
        if (!r)
            return r.error();
    } else if (kind == QLatin1StringView("lease")) {
        if (auto r = applyLease(performance, data); !r)
            return r.error();
    } else if (kind == QLatin1StringView("customer")) {
        if (auto r = applyCustomer(data, QDateTime::currentDateTimeUtc()); !r)
            return r.error();
    } else if (kind == QLatin1StringView("catalog")) {
        return true;
    }
    // Holds of other counters are the server's business: it refuses a held seat anyway.
    return false;
}

Result<void> SyncCache::markRefused(OrderId localOrder, const QString &reason, const QDateTime &now)
{
    if (!localOrder.isValid())
        return {};
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto t = m_db.exec(QStringLiteral("UPDATE tickets SET active = 0 WHERE order_id = ?"),
                       {localOrder.value});
    if (!t)
        return t.error();
    auto h = m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail)"
                                      " VALUES (?, ?, 'server-refused', ?)"),
                       {localOrder.value, Database::timeText(now), reason});
    if (!h)
        return h.error();
    return tx.commit();
}

Result<QList<PerformanceId>> SyncCache::onSalePerformances()
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id FROM performances WHERE status = 'on-sale' ORDER BY starts_at, id"));
    if (!q)
        return q.error();
    QList<PerformanceId> out;
    while (q->next())
        out.append(PerformanceId(q->value(0).toLongLong()));
    return out;
}

} // namespace parkett
