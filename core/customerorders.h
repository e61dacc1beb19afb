// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/order.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

/** One order as a customer's card lists it. */
struct CustomerOrderRow
{
    OrderId id;
    QString number;
    OrderStatus status = OrderStatus::Reserved;
    SalesChannelKind channel = SalesChannelKind::BoxOffice;
    QString production;
    QDateTime performanceAt;
    int tickets = 0;
    Money total;
    QDateTime createdAt;
    QDateTime reservedUntil;
};

/** Which of a customer's orders to show. */
struct CustomerOrderFilter
{
    enum class Kind { All, Upcoming, Past, Cancelled };
    Kind kind = Kind::All;
    QDate from; ///< Past only: performances on or after this day (none: no lower bound)
    QDate to;   ///< Past only: performances on or before this day (none: up to now)
};

/** Whether \a row passes \a filter at \a now. Upcoming and past are about the performance's
    time and leave cancelled orders out; Cancelled shows only those (expired reservations
    count as cancelled). */
bool matchesCustomerOrderFilter(const CustomerOrderRow &row,
                                const CustomerOrderFilter &filter,
                                const QDateTime &now);

/** "3 tickets · The Seagull" */
QString customerOrderSummary(const CustomerOrderRow &row);

} // namespace parkett
