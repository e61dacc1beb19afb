// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerorders.h"

namespace parkett {

bool matchesCustomerOrderFilter(const CustomerOrderRow &row,
                                const CustomerOrderFilter &filter,
                                const QDateTime &now)
{
    const bool expired = row.status == OrderStatus::Reserved && row.reservedUntil.isValid()
                         && row.reservedUntil <= now;
    const bool cancelled = row.status == OrderStatus::Cancelled || expired;
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
