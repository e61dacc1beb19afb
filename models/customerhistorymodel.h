// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace parkett {

/** A customer's history, newest first: when, who, what, and old and new value. */
class CustomerHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        UserColumn,
        ActionColumn,
        FieldColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    enum Role { ActionRole = Qt::UserRole + 1 };

    explicit CustomerHistoryModel(QObject *parent = nullptr);
    ~CustomerHistoryModel() override;
    Q_DISABLE_COPY_MOVE(CustomerHistoryModel)

    void setEntries(const QList<CustomerHistoryEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString actionText(const QString &action);
    static QString fieldText(const QString &field);

private:
    QList<CustomerHistoryEntry> m_entries; ///< newest first
};

} // namespace parkett
