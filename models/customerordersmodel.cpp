// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerordersmodel.h"

#include <QLocale>

namespace parkett {

CustomerOrdersModel::CustomerOrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CustomerOrdersModel::~CustomerOrdersModel() = default;

void CustomerOrdersModel::setOrders(QList<CustomerOrderRow> orders, const QDateTime &now)
{
    beginResetModel();
    m_all = std::move(orders);
    m_now = now;
    rebuild();
    endResetModel();
}

void CustomerOrdersModel::setFilter(const CustomerOrderFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

QStringList CustomerOrdersModel::tagNames() const
{
    return customerOrderTagNames(m_all);
}

void CustomerOrdersModel::rebuild()
{
    m_visible.clear();
    m_visible.reserve(m_all.size());
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (matchesCustomerOrderFilter(m_all.at(i), m_filter, m_now))
            m_visible.append(i);
    }
}

CustomerOrdersModel::ShownStatus CustomerOrdersModel::shownStatus(const CustomerOrderRow &row) const
{
    switch (row.status) {
    case OrderStatus::Reserved:
        return row.reservedUntil.isValid() && row.reservedUntil <= m_now ? ShownStatus::Expired
                                                                         : ShownStatus::Reserved;
    case OrderStatus::Sold:
        return ShownStatus::Sold;
    case OrderStatus::Cancelled:
        return ShownStatus::Cancelled;
    }
    return ShownStatus::Cancelled;
}

QString CustomerOrdersModel::statusText(ShownStatus status)
{
    switch (status) {
    case ShownStatus::Reserved:
        return tr("Reserved");
    case ShownStatus::Sold:
        return tr("Sold");
    case ShownStatus::Cancelled:
        return tr("Cancelled");
    case ShownStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString CustomerOrdersModel::channelText(SalesChannelKind channel)
{
    switch (channel) {
    case SalesChannelKind::BoxOffice:
        return tr("Counter");
    case SalesChannelKind::Phone:
        return tr("Phone");
    case SalesChannelKind::Web:
        return tr("Web");
    case SalesChannelKind::Outlet:
        return tr("Outlet");
    }
    return {};
}

int CustomerOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CustomerOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerOrderRow &o = order(index.row());
    const ShownStatus status = shownStatus(o);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(status);
        case ChannelColumn:
            return channelText(o.channel);
        case NumberColumn:
            return o.number;
        case PerformanceColumn:
            return QLocale().toString(o.performanceAt.toLocalTime(), QLocale::ShortFormat);
        case SummaryColumn:
            return tr("%n ticket(s) · %1", nullptr, o.tickets).arg(o.production);
        case TotalColumn:
            return o.total.toString();
        case TagsColumn: {
            QStringList names;
            for (const OrderTag &t : o.tags)
                names.append(t.name);
            return names.join(QStringLiteral(", "));
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TotalColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && status == ShownStatus::Reserved)
            return tr("Reserved until %1")
                .arg(QLocale().toString(o.reservedUntil.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == TagsColumn && !o.tags.isEmpty()) {
            QStringList lines;
            for (const OrderTag &t : o.tags)
                lines.append(t.kind == OrderTag::Kind::Season ? tr("Season: %1").arg(t.name)
                                                              : tr("Subscription: %1").arg(t.name));
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case OrderIdRole:
        return QVariant::fromValue(o.id);
    case StatusRole:
        return int(status);
    case ChannelRole:
        return int(o.channel);
    case TagsRole: {
        QStringList names;
        for (const OrderTag &t : o.tags)
            names.append(t.name);
        return names;
    }
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(status);
        case ChannelColumn:
            return int(o.channel);
        case PerformanceColumn:
            return o.performanceAt;
        case TotalColumn:
            return o.total.minorUnits();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case NumberColumn:
        return tr("Order");
    case PerformanceColumn:
        return tr("Performance");
    case SummaryColumn:
        return tr("Content");
    case TotalColumn:
        return tr("Total");
    case TagsColumn:
        return tr("Subscription / season");
    }
    return {};
}

} // namespace parkett
