// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerorders.h"

#include <algorithm>

namespace parkett {

QString orderTagKindName(OrderTag::Kind kind)
{
    return kind == OrderTag::Kind::Season ? QStringLiteral("season")
                                          : QStringLiteral("subscription");
}

std::optional<OrderTag::Kind> orderTagKindFromName(const QString &name)
{
    if (name == QLatin1StringView("subscription"))
        return OrderTag::Kind::Subscription;
    if (name == QLatin1StringView("season"))
        return OrderTag::Kind::Season;
    return std::nullopt;
}

QStringList customerOrderTagNames(const QList<CustomerOrderRow> &rows)
{
    QStringList out;
    for (const CustomerOrderRow &row : rows) {
        for (const OrderTag &tag : row.tags) {
            if (!out.contains(tag.name))
                out.append(tag.name);
        }
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return a.localeAwareCompare(b) < 0;
    });
    return out;
}

bool matchesCustomerOrderFilter(const CustomerOrderRow &row,
                                const CustomerOrderFilter &filter,
                                const QDateTime &now)
{
    const bool expired = row.status == OrderStatus::Reserved && row.reservedUntil.isValid()
                         && row.reservedUntil <= now;
    const bool cancelled = row.status == OrderStatus::Cancelled || expired;
    if (!filter.tag.isEmpty()
        && std::none_of(row.tags.cbegin(), row.tags.cend(), [&](const OrderTag &t) {
               return t.name == filter.tag;
           }))
        return false;
    switch (filter.kind) {
    case CustomerOrderFilter::Kind::All:
        return true;
    case CustomerOrderFilter::Kind::Cancelled:
        return cancelled;
    case CustomerOrderFilter::Kind::Upcoming:
        return !cancelled && row.performanceAt >= now;
    case CustomerOrderFilter::Kind::Past: {
        if (cancelled || row.performanceAt >= now)
            return false;
        const QDate day = row.performanceAt.toLocalTime().date();
        if (filter.from.isValid() && day < filter.from)
            return false;
        if (filter.to.isValid() && day > filter.to)
            return false;
        return true;
    }
    }
    return false;
}

QString customerOrderSummary(const CustomerOrderRow &row)
{
    const QString tickets = row.tickets == 1 ? QStringLiteral("1 ticket")
                                             : QStringLiteral("%1 tickets").arg(row.tickets);
    return row.production.isEmpty() ? tickets
                                    : tickets + QStringLiteral(" \u00b7 ") + row.production;
}

} // namespace parkett
