// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/offlinesales.h"

#include "core/seatplan.h"
#include "protocol/messages.h"
#include "storage/catalogrepository.h"
#include "storage/customerservice.h"
#include "storage/database.h"
#include "storage/salesservice.h"
#include "sync/outbox.h"
#include "sync/synccache.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parkett {

int TerminalLease::zoneQuantity(ZoneId zone) const
{
    for (const Zone &z : zones) {
        if (z.zone == zone)
            return z.quantity;
    }
    return 0;
}

OfflineSales::OfflineSales(Database &db,
                           Outbox &outbox,
                           qint64 terminal,
                           UserId user,
                           ChannelId channel,
                           BarcodeSource barcodes)
    : m_db(db)
    , m_outbox(outbox)
    , m_terminal(terminal)
    , m_user(user)
    , m_channel(channel)
    , m_barcodes(barcodes ? std::move(barcodes) : BarcodeSource(&SalesService::randomBarcode))
{}

QString OfflineSales::receiptText(qint64 terminal, qint64 number)
{
    return QStringLiteral("T%1-%2").arg(terminal).arg(number, 6, 10, QLatin1Char('0'));
}

Result<TerminalLease> OfflineSales::lease(PerformanceId performance)
{
    auto q = m_db.exec(QStringLiteral("SELECT seat_id, zone_id, quantity FROM sync_leases"
                                      " WHERE performance_id = ? ORDER BY seat_id, zone_id"),
                       {performance.value});
    if (!q)
        return q.error();
    TerminalLease lease;
    lease.performance = performance;
    while (q->next()) {
        if (!q->value(0).isNull())
            lease.seats.append(SeatId(q->value(0).toLongLong()));
        else
            lease.zones.append({ZoneId(q->value(1).toLongLong()), q->value(2).toInt()});
    }
    return lease;
}

Result<QString> OfflineSales::nextReceipt()
{
    auto next = m_db.scalar(QStringLiteral(
                                "INSERT INTO sync_receipts (terminal_id, last_number) VALUES (?, 1)"
                                " ON CONFLICT (terminal_id) DO UPDATE SET"
                                " last_number = last_number + 1 RETURNING last_number"),
                            {m_terminal});
    if (!next)
        return next.error();
    return receiptText(m_terminal, next->toLongLong());
}

Result<void> OfflineSales::insertOrder(Order &order, const QString &receipt)
{
    SyncCache ids(m_db, m_terminal);
    auto orderId = ids.nextLocalId(QStringLiteral("orders"));
    if (!orderId)
        return orderId.error();
    order.setId(OrderId(*orderId));
    order.setNumber(receipt);
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO orders (id, number, performance_id, customer_id, channel_id, user_id,"
            " status, currency, total, created_at, reserved_until, origin, terminal_id, receipt)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'offline', ?, ?)"),
        {order.id().value,
         receipt,
         order.performance().value,
         order.customer().isValid() ? QVariant(order.customer().value) : QVariant(),
         order.channel().isValid() ? QVariant(order.channel().value) : QVariant(),
         order.user().isValid() ? QVariant(order.user().value) : QVariant(),
         orderStatusName(order.status()),
         order.currency().code(),
         order.total().minorUnits(),
         Database::timeText(order.createdAt()),
         m_terminal,
         receipt});
    if (!q)
        return q.error();
    auto ticketId = ids.nextLocalId(QStringLiteral("tickets"));
    if (!ticketId)
        return ticketId.error();
    qint64 nextTicket = *ticketId;
    for (Ticket &t : order.tickets()) {
        t.id = TicketId(nextTicket++);
        auto ins = m_db.exec(
            QStringLiteral(
                "INSERT INTO tickets (id, order_id, performance_id, seat_id, zone_id, category_id,"
                " price_type_id, price, label, barcode, status, status_changed_at, active,"
                " print_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)"),
            {t.id.value,
             order.id().value,
             t.performance.value,
             t.seat.isValid() ? QVariant(t.seat.value) : QVariant(),
             t.zone.isValid() ? QVariant(t.zone.value) : QVariant(),
             t.category.value,
             t.priceType.value,
             t.price.minorUnits(),
             t.label,
             t.barcode,
             ticketStatusName(t.status),
             Database::timeText(t.statusChangedAt)});
        if (!ins)
            return ins.error();
    }
    for (const Payment &p : order.payments()) {
        auto ins = m_db.exec(QStringLiteral(
                                 "INSERT INTO payments (order_id, method, amount, currency, at,"
                                 " reference) VALUES (?, ?, ?, ?, ?, ?)"),
                             {order.id().value,
                              paymentMethodName(p.method),
                              p.amount.minorUnits(),
                              p.amount.currency().code(),
                              Database::timeText(p.at),
                              p.reference});
        if (!ins)
            return ins.error();
    }
    for (const OrderHistoryEntry &h : order.history()) {
        auto ins = m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, at, event,"
                                            " detail, user_id) VALUES (?, ?, ?, ?, ?)"),
                             {order.id().value,
                              Database::timeText(h.at),
                              h.event,
                              h.detail,
                              h.user.isValid() ? QVariant(h.user.value) : QVariant()});
        if (!ins)
            return ins.error();
    }
    return {};
}

Result<Order> OfflineSales::sell(const Basket &basket,
                                 PaymentMethod method,
                                 const QDateTime &now,
                                 const SupervisorApproval &approval)
{
    if (m_terminal == 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this terminal is not enrolled; it cannot sell offline"));
    if (basket.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the basket is empty"));

    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    // A customer blocked from sale: core's rule, as SalesService applies it; the approval is
    // checked against the supervisors of this store and kept in the customer's history.
    auto approvedBy = CustomerService(m_db, m_user).approveSale(basket.customer(), approval, now);
    if (!approvedBy)
        return approvedBy.error();

    auto lease = this->lease(basket.performance());
    if (!lease)
        return lease.error();
    QStringList missing;
    for (SeatId seat : basket.seats()) {
        if (!lease->seats.contains(seat))
            missing.append(QStringLiteral("seat %1").arg(seat.value));
    }
    QHash<ZoneId, int> zones;
    for (const BasketLine &line : basket.lines()) {
        if (line.zone.isValid())
            ++zones[line.zone];
    }
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        const int leased = lease->zoneQuantity(it.key());
        if (it.value() > leased)
            missing.append(QStringLiteral("%1 standing place(s) of zone %2 (%3 leased)")
                               .arg(it.value())
                               .arg(it.key().value)
                               .arg(leased));
    }
    if (!missing.isEmpty())
        return makeError(ErrorCode::SeatUnavailable,
                         QStringLiteral("not leased to this terminal: %1")
                             .arg(missing.join(QStringLiteral(", "))));

    // Prices come from the cached price list, as the server will check them.
    auto prices = CatalogRepository(m_db).priceList(basket.performance());
    if (!prices)
        return prices.error();
    QList<Ticket> tickets = basket.toTickets();
    QList<Money> amounts;
    for (Ticket &t : tickets) {
        auto price = prices->price(t.category, t.priceType);
        if (!price)
            return price.error();
        t.price = *price;
        t.barcode = m_barcodes();
        t.statusChangedAt = now;
        amounts.append(t.price);
    }
    auto total = Money::sum(amounts, prices->currency());
    if (!total)
        return total.error();
    auto order = Order::createSold(tickets, Payment{{}, method, *total, now, {}}, now);
    if (!order)
        return order.error();
    order->setCustomer(basket.customer());
    order->setChannel(m_channel);
    order->setUser(m_user);
    auto receipt = nextReceipt();
    if (!receipt)
        return receipt.error();
    order->addHistory(now, QStringLiteral("sold-offline"), *receipt);
    if (!approvedBy->isEmpty())
        order->addHistory(now,
                          QStringLiteral("blocked-customer-approved"),
                          QStringLiteral("supervisor: %1").arg(*approvedBy));
    if (auto r = insertOrder(*order, *receipt); !r) {
        if (r.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::SeatUnavailable,
                             QStringLiteral("a leased seat is already sold here: %1")
                                 .arg(r.error().message));
        return r.error();
    }
    // The sale consumes the lease.
    for (SeatId seat : basket.seats()) {
        auto q = m_db.exec(QStringLiteral(
                               "DELETE FROM sync_leases WHERE performance_id = ? AND seat_id = ?"),
                           {basket.performance().value, seat.value});
        if (!q)
            return q.error();
    }
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        auto q = it.value() == lease->zoneQuantity(it.key())
                     ? m_db.exec(QStringLiteral("DELETE FROM sync_leases WHERE performance_id = ?"
                                                " AND zone_id = ?"),
                                 {basket.performance().value, it.key().value})
                     : m_db.exec(QStringLiteral("UPDATE sync_leases SET quantity = quantity - ?"
                                                " WHERE performance_id = ? AND zone_id = ?"),
                                 {it.value(), basket.performance().value, it.key().value});
        if (!q)
            return q.error();
    }

    protocol::OfflineOrderRequest request;
    request.performance = basket.performance().value;
    request.receipt = *receipt;
    request.createdAt = now;
    request.customer = basket.customer().isValid() ? basket.customer().value : 0;
    for (const Ticket &t : order->tickets()) {
        protocol::WireTicket line;
        line.seat = t.seat.isValid() ? t.seat.value : 0;
        line.zone = t.seat.isValid() ? 0 : t.zone.value;
        line.category = t.category.value;
        line.priceType = t.priceType.value;
        line.price = t.price.minorUnits();
        line.label = t.label;
        line.barcode = t.barcode;
        request.lines.append(line);
    }
    request.payment = protocol::WirePayment{paymentMethodName(method), total->minorUnits()};
    // The wire ticket's id and status are the server's to give.
    QJsonObject body = request.toJson();
    QJsonArray lines;
    for (const QJsonValue &v : body.value(QStringLiteral("lines")).toArray()) {
        QJsonObject line = v.toObject();
        line.remove(QStringLiteral("id"));
        line.remove(QStringLiteral("status"));
        lines.append(line);
    }
    body.insert(QStringLiteral("lines"), lines);
    // Who let a blocked customer buy, for the server's replay (never the password).
    QJsonObject sent = body;
    if (!approvedBy->isEmpty())
        sent.insert(QStringLiteral("approvedBy"), *approvedBy);
    auto op = m_outbox.append("POST", QStringLiteral("/v1/offline-orders"), sent, now, order->id());
    if (!op)
        return op.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    m_outbox.announce();
    return order;
}

} // namespace parkett
