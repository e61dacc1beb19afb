// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/order.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parkett {

/** A subscription or a season an order belongs to ("Friday series", "Season 2026/27"). */
struct OrderTag
{
    enum class Kind { Subscription, Season };
    Kind kind = Kind::Subscription;
    QString name;
    bool operator==(const OrderTag &) const = default;
};

/** "subscription" / "season", as stored. */
QString orderTagKindName(OrderTag::Kind kind);
std::optional<OrderTag::Kind> orderTagKindFromName(const QString &name);

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
    QList<OrderTag> tags; ///< subscriptions and seasons, by kind then name
};

/** Which of a customer's orders to show. */
struct CustomerOrderFilter
{
    enum class Kind { All, Upcoming, Past, Cancelled };
    Kind kind = Kind::All;
    QDate from;  ///< Past only: performances on or after this day (none: no lower bound)
    QDate to;    ///< Past only: performances on or before this day (none: up to now)
    QString tag; ///< only orders of the subscription or season with this name (empty: any)
};

/** Whether \a row passes \a filter at \a now. Upcoming and past are about the performance's
    time and leave cancelled orders out; Cancelled shows only those (expired reservations
    count as cancelled). A tag narrows any of them to the orders carrying it. */
bool matchesCustomerOrderFilter(const CustomerOrderRow &row,
                                const CustomerOrderFilter &filter,
                                const QDateTime &now);

/** The names of the subscriptions and seasons among \a rows, each once, sorted. */
QStringList customerOrderTagNames(const QList<CustomerOrderRow> &rows);

/** "3 tickets · The Seagull" */
QString customerOrderSummary(const CustomerOrderRow &row);

} // namespace parkett
