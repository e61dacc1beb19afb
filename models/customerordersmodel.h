// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerorders.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace parkett {

/** The orders of one customer, filtered (upcoming, past in a date range, cancelled, a
    subscription or season) by the core filter rule. Status and channel are in roles so views can draw icons with text. */
class CustomerOrdersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        ChannelColumn,
        NumberColumn,
        PerformanceColumn,
        SummaryColumn,
        TotalColumn,
        TagsColumn, ///< subscriptions and seasons
        ColumnCount
    };
    /** The status a row shows: an expired reservation is shown as such. */
    enum class ShownStatus { Reserved, Sold, Cancelled, Expired };
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        StatusRole,  ///< int(ShownStatus)
        ChannelRole, ///< int(SalesChannelKind)
        SortRole,
        TagsRole, ///< QStringList of the subscription and season names
    };

    explicit CustomerOrdersModel(QObject *parent = nullptr);
    ~CustomerOrdersModel() override;
    Q_DISABLE_COPY_MOVE(CustomerOrdersModel)

    void setOrders(QList<CustomerOrderRow> orders, const QDateTime &now);
    void setFilter(const CustomerOrderFilter &filter);
    CustomerOrderFilter filter() const { return m_filter; }
    /** The subscriptions and seasons among all the customer's orders (for a tag filter). */
    QStringList tagNames() const;
    /** Every order of the customer, before filtering. */
    int totalCount() const { return int(m_all.size()); }
    const CustomerOrderRow &order(int row) const { return m_all.at(m_visible.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(ShownStatus status);
    static QString channelText(SalesChannelKind channel);

private:
    void rebuild();
    ShownStatus shownStatus(const CustomerOrderRow &row) const;

    QList<CustomerOrderRow> m_all;
    QList<int> m_visible;
    CustomerOrderFilter m_filter;
    QDateTime m_now;
};

} // namespace parkett
