// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/order.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>

namespace parkett {

class Database;

struct OrderFilter
{
    PerformanceId performance;
    CustomerId customer;
    std::optional<OrderStatus> status;
    int limit = 200;
};

/** One line per order for lists: what the CLI and the order lists show. */
struct OrderSummary
{
    OrderId id;
    QString number;
    OrderStatus status = OrderStatus::Reserved;
    PerformanceId performance;
    QString customerName;
    int tickets = 0;
    Money total;
    QDateTime createdAt;
    QDateTime reservedUntil;
};

/** Orders with their tickets, payments and history. Writes are meant to run inside the
    caller's TransactionGuard. */
class OrderRepository
{
public:
    explicit OrderRepository(Database &db)
        : m_db(db)
    {}

    /** Inserts a new order with everything in it; fills in ids on \a order. */
    Result<void> insert(Order &order);
    /** Writes the status, ticket states, new payments and new history entries of \a order. */
    Result<void> update(const Order &order, int knownPayments, int knownHistory);

    Result<Order> order(OrderId id);
    Result<Order> byNumber(const QString &number);
    Result<QList<OrderSummary>> list(const OrderFilter &filter);
    /** Reservations of \a performance (or all, when invalid) whose time is up at \a now. */
    Result<QList<OrderId>> expiredReservations(const QDateTime &now, PerformanceId performance = {});
    /** Next order number: "O-000123". */
    Result<QString> nextNumber();

private:
    Result<void> insertPayments(OrderId id, const QList<Payment> &payments, int from);
    Result<void> insertHistory(OrderId id, const QList<OrderHistoryEntry> &history, int from);
    Database &m_db;
};

} // namespace parkett
