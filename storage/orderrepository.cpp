// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/orderrepository.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace parkett {

namespace {

QVariant idOrNull(qint64 v)
{
    return v != 0 ? QVariant(v) : QVariant();
}

} // namespace

Result<QString> OrderRepository::nextNumber()
{
    auto next = m_db.scalar(
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('order', 1)"
                       " ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value"));
    if (!next)
        return next.error();
    return QStringLiteral("O-%1").arg(next->toLongLong(), 6, 10, QLatin1Char('0'));
}

Result<void> OrderRepository::insert(Order &order)
{
    if (order.number().isEmpty()) {
        auto number = nextNumber();
        if (!number)
            return number.error();
        order.setNumber(*number);
    }
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO orders (number, performance_id, customer_id, channel_id, user_id,"
            " status, currency, total, created_at, reserved_until)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {order.number(),
         order.performance().value,
         idOrNull(order.customer().value),
         idOrNull(order.channel().value),
         idOrNull(order.user().value),
         orderStatusName(order.status()),
         order.currency().code(),
         order.total().minorUnits(),
         Database::timeText(order.createdAt()),
         order.reservedUntil().isValid() ? QVariant(Database::timeText(order.reservedUntil()))
                                         : QVariant()});
    if (!q)
        return q.error();
    order.setId(OrderId(q->lastInsertId().toLongLong()));
    for (Ticket &t : order.tickets()) {
        auto ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO tickets (order_id, performance_id, seat_id, zone_id, category_id,"
                " price_type_id, price, label, barcode, status, status_changed_at, active,"
                " print_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {order.id().value,
             t.performance.value,
             idOrNull(t.seat.value),
             idOrNull(t.zone.value),
             t.category.value,
             t.priceType.value,
             t.price.minorUnits(),
             t.label,
             t.barcode,
             ticketStatusName(t.status),
             Database::timeText(t.statusChangedAt),
             t.isActive() ? 1 : 0,
             t.printCount});
        if (!ins)
            return ins.error();
        t.id = TicketId(ins->lastInsertId().toLongLong());
    }
    if (auto r = insertPayments(order.id(), order.payments(), 0); !r)
        return r;
    return insertHistory(order.id(), order.history(), 0);
}

Result<void> OrderRepository::insertPayments(OrderId id, const QList<Payment> &payments, int from)
{
    for (qsizetype i = from; i < payments.size(); ++i) {
        const Payment &p = payments.at(i);
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO payments (order_id, method, amount, currency, at, reference)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
            {id.value,
             paymentMethodName(p.method),
             p.amount.minorUnits(),
             p.amount.currency().code(),
             Database::timeText(p.at),
             p.reference});
        if (!q)
            return q.error();
    }
    return {};
}

Result<void> OrderRepository::insertHistory(OrderId id,
                                            const QList<OrderHistoryEntry> &history,
                                            int from)
{
    for (qsizetype i = from; i < history.size(); ++i) {
        const OrderHistoryEntry &h = history.at(i);
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO order_history (order_id, at, event, detail, user_id)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {id.value, Database::timeText(h.at), h.event, h.detail, idOrNull(h.user.value)});
        if (!q)
            return q.error();
    }
    return {};
}

Result<void> OrderRepository::update(const Order &order, int knownPayments, int knownHistory)
{
    auto q = m_db.exec(QStringLiteral(
                           "UPDATE orders SET status = ?, reserved_until = ? WHERE id = ?"),
                       {orderStatusName(order.status()),
                        order.reservedUntil().isValid()
                            ? QVariant(Database::timeText(order.reservedUntil()))
                            : QVariant(),
                        order.id().value});
    if (!q)
        return q.error();
    for (const Ticket &t : order.tickets()) {
        auto u = m_db.exec(QStringLiteral(
                               "UPDATE tickets SET status = ?, status_changed_at = ?, active = ?,"
                               " print_count = ? WHERE id = ?"),
                           {ticketStatusName(t.status),
                            Database::timeText(t.statusChangedAt),
                            t.isActive() ? 1 : 0,
                            t.printCount,
                            t.id.value});
        if (!u)
            return u.error();
    }
    if (auto r = insertPayments(order.id(), order.payments(), knownPayments); !r)
        return r;
    return insertHistory(order.id(), order.history(), knownHistory);
}

Result<Order> OrderRepository::order(OrderId id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT number, status, created_at, reserved_until, currency, customer_id,"
                       " channel_id, user_id FROM orders WHERE id = ?"),
        {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("order %1 not found").arg(id.value));
    auto status = orderStatusFromName(q->value(1).toString());
    if (!status)
        return status.error();
    const Currency currency = Currency::fromCode(q->value(4).toString());
    const QString number = q->value(0).toString();
    const QDateTime created = Database::timeFromText(q->value(2).toString());
    const QDateTime until = Database::timeFromText(q->value(3).toString());
    const CustomerId customer(q->value(5).toLongLong());
    const ChannelId channel(q->value(6).toLongLong());
    const UserId user(q->value(7).toLongLong());

    QList<Ticket> tickets;
    auto t = m_db.exec(
        QStringLiteral(
            "SELECT id, performance_id, seat_id, zone_id, category_id, price_type_id, price,"
            " label, barcode, status, status_changed_at, print_count"
            " FROM tickets WHERE order_id = ? ORDER BY id"),
        {id.value});
    if (!t)
        return t.error();
    while (t->next()) {
        Ticket ticket;
        ticket.id = TicketId(t->value(0).toLongLong());
        ticket.performance = PerformanceId(t->value(1).toLongLong());
        ticket.seat = SeatId(t->value(2).toLongLong());
        ticket.zone = ZoneId(t->value(3).toLongLong());
        ticket.category = CategoryId(t->value(4).toLongLong());
        ticket.priceType = PriceTypeId(t->value(5).toLongLong());
        ticket.price = Money(t->value(6).toLongLong(), currency);
        ticket.label = t->value(7).toString();
        ticket.barcode = t->value(8).toString();
        auto ts = ticketStatusFromName(t->value(9).toString());
        if (!ts)
            return ts.error();
        ticket.status = *ts;
        ticket.statusChangedAt = Database::timeFromText(t->value(10).toString());
        ticket.printCount = t->value(11).toInt();
        tickets.append(ticket);
    }
    QList<Payment> payments;
    auto p = m_db.exec(QStringLiteral(
                           "SELECT id, method, amount, currency, at, reference FROM payments"
                           " WHERE order_id = ? ORDER BY id"),
                       {id.value});
    if (!p)
        return p.error();
    while (p->next()) {
        auto method = paymentMethodFromName(p->value(1).toString());
        if (!method)
            return method.error();
        payments.append(
            Payment{PaymentId(p->value(0).toLongLong()),
                    *method,
                    Money(p->value(2).toLongLong(), Currency::fromCode(p->value(3).toString())),
                    Database::timeFromText(p->value(4).toString()),
                    p->value(5).toString()});
    }
    QList<OrderHistoryEntry> history;
    auto h = m_db.exec(
        QStringLiteral(
            "SELECT at, event, detail, user_id FROM order_history WHERE order_id = ? ORDER BY id"),
        {id.value});
    if (!h)
        return h.error();
    while (h->next())
        history.append(OrderHistoryEntry{Database::timeFromText(h->value(0).toString()),
                                         h->value(1).toString(),
                                         h->value(2).toString(),
                                         UserId(h->value(3).toLongLong())});
    Order o = Order::restore(
        id, number, *status, created, until, currency, tickets, payments, history);
    o.setCustomer(customer);
    o.setChannel(channel);
    o.setUser(user);
    return o;
}

Result<Order> OrderRepository::byNumber(const QString &number)
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
    if (!id)
        return id.error();
    if (!id->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no order with number %1").arg(number));
    return order(OrderId(id->toLongLong()));
}

Result<QList<OrderSummary>> OrderRepository::list(const OrderFilter &filter)
{
    QString sql = QStringLiteral("SELECT o.id, o.number, o.status, o.performance_id, "
                                 "trim(coalesce(c.first_name, '') || ' ' ||"
                                 " coalesce(c.last_name, '')), (SELECT count(*) FROM tickets t "
                                 "WHERE t.order_id = o.id), o.total,"
                                 " o.currency, o.created_at, o.reserved_until FROM orders o LEFT "
                                 "JOIN customers c ON c.id = o.customer_id"
                                 " WHERE (? = 0 OR o.performance_id = ?) AND (? = 0 OR "
                                 "o.customer_id = ?) AND (? = '' OR o.status = ?)"
                                 " ORDER BY o.id DESC LIMIT ?");
    const QString status = filter.status ? orderStatusName(*filter.status) : QString();
    auto q = m_db.exec(sql,
                       {filter.performance.value,
                        filter.performance.value,
                        filter.customer.value,
                        filter.customer.value,
                        status,
                        status,
                        filter.limit});
    if (!q)
        return q.error();
    QList<OrderSummary> out;
    while (q->next()) {
        OrderSummary s;
        s.id = OrderId(q->value(0).toLongLong());
        s.number = q->value(1).toString();
        auto rowStatus = orderStatusFromName(q->value(2).toString());
        s.status = rowStatus ? *rowStatus : OrderStatus::Cancelled;
        s.performance = PerformanceId(q->value(3).toLongLong());
        s.customerName = q->value(4).toString();
        s.tickets = q->value(5).toInt();
        s.total = Money(q->value(6).toLongLong(), Currency::fromCode(q->value(7).toString()));
        s.createdAt = Database::timeFromText(q->value(8).toString());
        s.reservedUntil = Database::timeFromText(q->value(9).toString());
        out.append(s);
    }
    return out;
}

Result<QList<OrderId>> OrderRepository::expiredReservations(const QDateTime &now,
                                                            PerformanceId performance)
{
    auto q = m_db.exec(QStringLiteral(
                           "SELECT id FROM orders WHERE status = 'reserved' AND reserved_until <= ?"
                           " AND (? = 0 OR performance_id = ?) ORDER BY id"),
                       {Database::timeText(now), performance.value, performance.value});
    if (!q)
        return q.error();
    QList<OrderId> out;
    while (q->next())
        out.append(OrderId(q->value(0).toLongLong()));
    return out;
}

} // namespace parkett
