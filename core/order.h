// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

enum class OrderStatus {
    Reserved,  ///< seats kept for the customer until reservedUntil, not paid
    Sold,      ///< paid
    Cancelled, ///< released: cancelled, refunded or expired
};

enum class SalesChannelKind { BoxOffice, Phone, Web, Outlet };

enum class TicketStatus { Valid, CheckedIn, Refunded, Exchanged, Reissued, Cancelled };

enum class PaymentMethod { Cash, Card, GiftCard, Invoice, BankTransfer };

QString orderStatusName(OrderStatus status);
Result<OrderStatus> orderStatusFromName(QStringView name);
QString ticketStatusName(TicketStatus status);
Result<TicketStatus> ticketStatusFromName(QStringView name);
/** A new ticket code: 16 characters of a Crockford-style alphabet (no I, L, O or U to misread
    at the door), 80 bits from the system's secure random source. Client and server both
    make their codes here, so every ticket code has the same form. */
QString randomTicketCode();

QString paymentMethodName(PaymentMethod method);
Result<PaymentMethod> paymentMethodFromName(QStringView name);

/** One admission: a numbered seat, or one place in a standing zone. */
struct Ticket
{
    TicketId id;
    PerformanceId performance;
    SeatId seat; ///< valid for a seated ticket
    ZoneId zone; ///< valid for a standing ticket
    CategoryId category;
    PriceTypeId priceType;
    Money price;
    QString label;   ///< "Stalls, row C, seat 7" / "Standing"
    QString barcode; ///< unique ticket code
    TicketStatus status = TicketStatus::Valid;
    QDateTime statusChangedAt;
    int printCount = 0;

    bool isSeated() const { return seat.isValid(); }
    /** Counts against inventory while the order holds it. */
    bool isActive() const
    {
        return status == TicketStatus::Valid || status == TicketStatus::CheckedIn;
    }
};

struct Payment
{
    PaymentId id;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    QDateTime at;
    QString reference;
};

struct OrderHistoryEntry
{
    QDateTime at;
    QString event; ///< machine word: created, reserved, sold, cancelled, expired
    QString detail;
    UserId user;
};

/** An order and its state machine: reserved (with expiry) -> sold -> cancelled. Transitions
    that the box office must never do (sell a cancelled order, pay an expired reservation)
    return an error and leave the order unchanged. */
class Order
{
public:
    Order() = default;

    /** A new order that is sold at once with \a payment covering the total. */
    static Result<Order> createSold(QList<Ticket> tickets, Payment payment, const QDateTime &now);
    /** A new order that reserves its tickets until \a until. */
    static Result<Order> createReserved(QList<Ticket> tickets,
                                        const QDateTime &until,
                                        const QDateTime &now);

    /** Pays a reservation in full; refused when it has expired or is not reserved. */
    Result<void> pay(Payment payment, const QDateTime &now);
    /** Cancels a reserved or sold order; its tickets stop counting against inventory. */
    Result<void> cancel(const QDateTime &now, const QString &reason);
    /** Releases a reservation whose time is up. */
    Result<void> expire(const QDateTime &now);

    static bool canTransition(OrderStatus from, OrderStatus to);

    OrderId id() const { return m_id; }
    void setId(OrderId id) { m_id = id; }
    QString number() const { return m_number; }
    void setNumber(const QString &number) { m_number = number; }
    OrderStatus status() const { return m_status; }
    /** The status as it counts now: a reservation past its expiry is treated as cancelled. */
    OrderStatus effectiveStatus(const QDateTime &now) const;
    bool isExpired(const QDateTime &now) const;
    QDateTime reservedUntil() const { return m_reservedUntil; }
    QDateTime createdAt() const { return m_createdAt; }
    CustomerId customer() const { return m_customer; }
    void setCustomer(CustomerId id) { m_customer = id; }
    ChannelId channel() const { return m_channel; }
    void setChannel(ChannelId id) { m_channel = id; }
    UserId user() const { return m_user; }
    void setUser(UserId id) { m_user = id; }
    PerformanceId performance() const;

    const QList<Ticket> &tickets() const { return m_tickets; }
    QList<Ticket> &tickets() { return m_tickets; }
    const QList<Payment> &payments() const { return m_payments; }
    const QList<OrderHistoryEntry> &history() const { return m_history; }
    /** Appends a note to the history (e.g. a supervisor's rule override and its reason). */
    void addHistory(const QDateTime &at, const QString &event, const QString &detail)
    {
        m_history.append({at, event, detail, m_user});
    }
    Currency currency() const { return m_currency; }
    Money total() const;
    Money paid() const;

    /** Restores an order exactly as stored (used by repositories). */
    static Order restore(OrderId id,
                         QString number,
                         OrderStatus status,
                         QDateTime createdAt,
                         QDateTime reservedUntil,
                         Currency currency,
                         QList<Ticket> tickets,
                         QList<Payment> payments,
                         QList<OrderHistoryEntry> history);

private:
    static Result<Order> create(QList<Ticket> tickets, const QDateTime &now);
    Result<void> transition(OrderStatus to,
                            const QDateTime &now,
                            const QString &event,
                            const QString &detail);

    OrderId m_id;
    QString m_number;
    OrderStatus m_status = OrderStatus::Reserved;
    QDateTime m_createdAt;
    QDateTime m_reservedUntil;
    CustomerId m_customer;
    ChannelId m_channel;
    UserId m_user;
    Currency m_currency;
    QList<Ticket> m_tickets;
    QList<Payment> m_payments;
    QList<OrderHistoryEntry> m_history;
};

} // namespace parkett
