// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace parkett {

class BoxOffice;

/** The upcoming performances as the counter lists them: one row per performance with its
    date, title, venue and seat counts. A thin adapter over PerformanceSummary values. */
class PerformanceListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateTimeColumn,
        TitleColumn,
        VenueColumn,
        FreeColumn,
        SoldColumn,
        ReservedColumn,
        ColumnCount
    };

    enum Role {
        PerformanceIdRole = Qt::UserRole + 1, ///< PerformanceId
        StartsAtRole,                         ///< QDateTime
        TitleRole,                            ///< QString
        FreeRole,                             ///< int
        SoldRole,                             ///< int
        ReservedRole,                         ///< int
        OnSaleRole,                           ///< bool, as of the last reload
        SearchTextRole,                       ///< everything a clerk may type to find the row
        SortRole,                             ///< a value that sorts the column naturally
    };

    explicit PerformanceListModel(QObject *parent = nullptr);
    ~PerformanceListModel() override;
    Q_DISABLE_COPY_MOVE(PerformanceListModel)

    /** Replaces the rows with performances starting at or after \a now, soonest first. */
    Result<void> reload(BoxOffice &boxOffice);
    void setSummaries(const QList<PerformanceSummary> &summaries, const QDateTime &now = {});
    const QList<PerformanceSummary> &summaries() const { return m_rows; }
    const PerformanceSummary *summaryAt(int row) const;
    /** The row of \a id, or -1. */
    int rowOf(PerformanceId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** "Fri 28.11.2025 19:30" in the user's locale. */
    static QString dateTimeText(const QDateTime &when);

private:
    QList<PerformanceSummary> m_rows;
    QDateTime m_now;
};

} // namespace parkett
