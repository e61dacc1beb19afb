// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/order.h"

#include <QRandomGenerator>

namespace parkett {

namespace {

template<typename E, size_t N>
Result<E> fromName(QStringView name, const char *const (&names)[N], const char *what)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1StringView(names[i]))
            return E(i);
    }
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown %1 \"%2\"")
                         .arg(QLatin1StringView(what), name.toString()));
}

const char *const kOrderStatus[] = {"reserved", "sold", "cancelled"};
const char *const kTicketStatus[] = {
    "valid", "checked-in", "refunded", "exchanged", "reissued", "cancelled"};
const char *const kPaymentMethod[] = {"cash", "card", "gift-card", "invoice", "bank-transfer"};

} // namespace

QString orderStatusName(OrderStatus status)
{
    return QString::fromLatin1(kOrderStatus[int(status)]);
}

Result<OrderStatus> orderStatusFromName(QStringView name)
{
    return fromName<OrderStatus>(name, kOrderStatus, "order status");
}

QString ticketStatusName(TicketStatus status)
{
    return QString::fromLatin1(kTicketStatus[int(status)]);
}

Result<TicketStatus> ticketStatusFromName(QStringView name)
{
    return fromName<TicketStatus>(name, kTicketStatus, "ticket status");
}

QString paymentMethodName(PaymentMethod method)
{
    return QString::fromLatin1(kPaymentMethod[int(method)]);
}

Result<PaymentMethod> paymentMethodFromName(QStringView name)
{
    return fromName<PaymentMethod>(name, kPaymentMethod, "payment method");
}

bool Order::canTransition(OrderStatus from, OrderStatus to)
{
    switch (from) {
    case OrderStatus::Reserved:
        return to == OrderStatus::Sold || to == OrderStatus::Cancelled;
    case OrderStatus::Sold:
        return to == OrderStatus::Cancelled;
    case OrderStatus::Cancelled:
        return false;
    }
    return false;
}

Result<Order> Order::create(QList<Ticket> tickets, const QDateTime &now)
{
    if (tickets.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an order needs at least one ticket"));
    const Currency currency = tickets.first().price.currency();
    const PerformanceId performance = tickets.first().performance;
    for (const Ticket &t : tickets) {
        if (t.price.currency() != currency)
            return makeError(ErrorCode::CurrencyMismatch,
                             QStringLiteral("tickets in one order must share a currency"));
        if (t.performance != performance)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("tickets in one order must be for one performance"));
        if (t.seat.isValid() == t.zone.isValid())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a ticket is for a seat or a standing zone"));
        if (t.price.isNegative())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a ticket price cannot be negative"));
    }
    Order o;
    o.m_createdAt = now;
    o.m_currency = currency;
    o.m_tickets = std::move(tickets);
    for (Ticket &t : o.m_tickets)
        t.statusChangedAt = now;
    return o;
}

Result<Order> Order::createSold(QList<Ticket> tickets, Payment payment, const QDateTime &now)
{
    auto order = create(std::move(tickets), now);
    if (!order)
        return order;
    order->m_status = OrderStatus::Reserved; // passes through the state machine's only entry
    order->m_history.append({now, QStringLiteral("created"), QString(), {}});
    if (auto paid = order->pay(std::move(payment), now); !paid)
        return paid.error();
    return order;
}

Result<Order> Order::createReserved(QList<Ticket> tickets,
                                    const QDateTime &until,
                                    const QDateTime &now)
{
    if (!until.isValid() || until <= now)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a reservation must end in the future"));
    auto order = create(std::move(tickets), now);
    if (!order)
        return order;
    order->m_status = OrderStatus::Reserved;
    order->m_reservedUntil = until;
    order->m_history.append({now,
                             QStringLiteral("reserved"),
                             QStringLiteral("until %1").arg(until.toString(Qt::ISODate)),
                             {}});
    return order;
}

Result<void> Order::transition(OrderStatus to,
                               const QDateTime &now,
                               const QString &event,
                               const QString &detail)
{
    if (!canTransition(m_status, to))
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("order %1 is %2 and cannot become %3")
                             .arg(m_number.isEmpty() ? QStringLiteral("(new)") : m_number,
                                  orderStatusName(m_status),
                                  orderStatusName(to)));
    m_status = to;
    m_history.append({now, event, detail, m_user});
    return {};
}

Result<void> Order::pay(Payment payment, const QDateTime &now)
{
    if (m_status != OrderStatus::Reserved)
        return transition(OrderStatus::Sold, now, {}, {}); // reports the illegal transition
    if (isExpired(now))
        return makeError(ErrorCode::ReservationExpired,
                         QStringLiteral("the reservation expired at %1")
                             .arg(m_reservedUntil.toString(Qt::ISODate)));
    const Money due = total() - paid();
    if (payment.amount.currency() != m_currency)
        return makeError(ErrorCode::CurrencyMismatch,
                         QStringLiteral("payment currency differs from the order's"));
    if (payment.amount != due)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("payment of %1 does not settle %2 due")
                             .arg(payment.amount.toString(), due.toString()));
    payment.at = now;
    m_payments.append(payment);
    m_reservedUntil = QDateTime();
    return transition(OrderStatus::Sold,
                      now,
                      QStringLiteral("sold"),
                      QStringLiteral("%1 %2").arg(paymentMethodName(payment.method),
                                                  payment.amount.toString()));
}

Result<void> Order::cancel(const QDateTime &now, const QString &reason)
{
    const bool wasSold = m_status == OrderStatus::Sold;
    if (auto r = transition(OrderStatus::Cancelled, now, QStringLiteral("cancelled"), reason); !r)
        return r;
    for (Ticket &t : m_tickets) {
        if (t.isActive()) {
            t.status = wasSold ? TicketStatus::Refunded : TicketStatus::Cancelled;
            t.statusChangedAt = now;
        }
    }
    return {};
}

Result<void> Order::expire(const QDateTime &now)
{
    if (m_status != OrderStatus::Reserved)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("only a reservation can expire (order is %1)")
                             .arg(orderStatusName(m_status)));
    if (!isExpired(now))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the reservation runs until %1")
                             .arg(m_reservedUntil.toString(Qt::ISODate)));
    if (auto r = transition(OrderStatus::Cancelled, now, QStringLiteral("expired"), QString()); !r)
        return r;
    for (Ticket &t : m_tickets) {
        t.status = TicketStatus::Cancelled;
        t.statusChangedAt = now;
    }
    return {};
}

bool Order::isExpired(const QDateTime &now) const
{
    return m_status == OrderStatus::Reserved && m_reservedUntil.isValid() && now >= m_reservedUntil;
}

OrderStatus Order::effectiveStatus(const QDateTime &now) const
{
    return isExpired(now) ? OrderStatus::Cancelled : m_status;
}

PerformanceId Order::performance() const
{
    return m_tickets.isEmpty() ? PerformanceId() : m_tickets.first().performance;
}

Money Order::total() const
{
    Money sum = Money::zero(m_currency);
    for (const Ticket &t : m_tickets)
        sum += t.price;
    return sum;
}

Money Order::paid() const
{
    Money sum = Money::zero(m_currency);
    for (const Payment &p : m_payments)
        sum += p.amount;
    return sum;
}

Order Order::restore(OrderId id,
                     QString number,
                     OrderStatus status,
                     QDateTime createdAt,
                     QDateTime reservedUntil,
                     Currency currency,
                     QList<Ticket> tickets,
                     QList<Payment> payments,
                     QList<OrderHistoryEntry> history)
{
    Order o;
    o.m_id = id;
    o.m_number = std::move(number);
    o.m_status = status;
    o.m_createdAt = std::move(createdAt);
    o.m_reservedUntil = std::move(reservedUntil);
    o.m_currency = currency;
    o.m_tickets = std::move(tickets);
    o.m_payments = std::move(payments);
    o.m_history = std::move(history);
    return o;
}

QString randomTicketCode()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    code.reserve(16);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < 16; ++i)
        code += QLatin1Char(alphabet[rng->bounded(32)]);
    return code;
}

} // namespace parkett
