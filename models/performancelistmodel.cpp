// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/performancelistmodel.h"

#include "models/boxoffice.h"

#include <QLocale>

namespace parkett {

PerformanceListModel::PerformanceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

PerformanceListModel::~PerformanceListModel() = default;

Result<void> PerformanceListModel::reload(BoxOffice &boxOffice)
{
    auto list = boxOffice.upcoming();
    if (!list)
        return list.error();
    setSummaries(*list, boxOffice.now());
    return {};
}

void PerformanceListModel::setSummaries(const QList<PerformanceSummary> &summaries,
                                        const QDateTime &now)
{
    beginResetModel();
    m_rows = summaries;
    m_now = now;
    endResetModel();
}

const PerformanceSummary *PerformanceListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int PerformanceListModel::rowOf(PerformanceId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).performance.id == id)
            return int(i);
    }
    return -1;
}

int PerformanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PerformanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PerformanceListModel::dateTimeText(const QDateTime &when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    // Performances start on the minute; seconds are noise at the counter.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return QStringLiteral("%1 %2  %3")
        .arg(locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat),
             locale.toString(local.date(), QLocale::ShortFormat),
             local.time().toString(timeFormat));
}

QVariant PerformanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PerformanceSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateTimeColumn:
            return dateTimeText(s.performance.startsAt);
        case TitleColumn:
            return s.title;
        case VenueColumn:
            return s.venueName;
        case FreeColumn:
            return QLocale().toString(s.free());
        case SoldColumn:
            return QLocale().toString(s.sold);
        case ReservedColumn:
            return QLocale().toString(s.reserved);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= FreeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (m_now.isValid() && !s.performance.isOnSale(m_now))
            return tr("Not on sale");
        return tr("%1 of %2 places free").arg(s.free()).arg(s.capacity);
    case PerformanceIdRole:
        return QVariant::fromValue(s.performance.id);
    case StartsAtRole:
        return s.performance.startsAt;
    case TitleRole:
        return s.title;
    case FreeRole:
        return s.free();
    case SoldRole:
        return s.sold;
    case ReservedRole:
        return s.reserved;
    case OnSaleRole:
        return !m_now.isValid() || s.performance.isOnSale(m_now);
    case SearchTextRole: {
        const QDateTime local = s.performance.startsAt.toLocalTime();
        const QLocale locale;
        return QStringList{s.title,
                           s.venueName,
                           dateTimeText(s.performance.startsAt),
                           locale.toString(local.date(), QLocale::LongFormat),
                           local.date().toString(Qt::ISODate)}
            .join(QLatin1Char('\n'));
    }
    case SortRole:
        switch (index.column()) {
        case DateTimeColumn:
            return s.performance.startsAt;
        case TitleColumn:
            return s.title;
        case VenueColumn:
            return s.venueName;
        case FreeColumn:
            return s.free();
        case SoldColumn:
            return s.sold;
        case ReservedColumn:
            return s.reserved;
        }
        return {};
    }
    return {};
}

QVariant PerformanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section >= FreeColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateTimeColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case VenueColumn:
        return tr("Venue");
    case FreeColumn:
        return tr("Free");
    case SoldColumn:
        return tr("Sold");
    case ReservedColumn:
        return tr("Reserved");
    }
    return {};
}

QHash<int, QByteArray> PerformanceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PerformanceIdRole, "performanceId");
    names.insert(StartsAtRole, "startsAt");
    names.insert(TitleRole, "title");
    names.insert(FreeRole, "free");
    names.insert(SoldRole, "sold");
    names.insert(ReservedRole, "reserved");
    names.insert(OnSaleRole, "onSale");
    names.insert(SearchTextRole, "searchText");
    names.insert(SortRole, "sortValue");
    return names;
}

} // namespace parkett
