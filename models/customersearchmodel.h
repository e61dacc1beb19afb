// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerrecords.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace parkett {

class CustomerDesk;

/** Search-as-you-type results: one row per customer with name, number, e-mail, phone and
    flags; what the search matched besides the name (an order number, a barcode) in a role. */
class CustomerSearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NumberColumn, EmailColumn, PhoneColumn, FlagsColumn, ColumnCount };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        FlagNamesRole,   ///< QStringList
        FlagColoursRole, ///< QStringList of "#RRGGBB"
        FlagIconsRole,   ///< QStringList of icon names
        BlockedRole,     ///< bool: a flag blocks sales
        MatchedKeyRole,  ///< QString
        HasNoteRole,     ///< bool
    };

    explicit CustomerSearchModel(CustomerDesk *desk, QObject *parent = nullptr);
    ~CustomerSearchModel() override;
    Q_DISABLE_COPY_MOVE(CustomerSearchModel)

    /** Runs the search for \a text (top \a limit) and shows the answer; empty text clears. */
    Result<void> search(const QString &text, int limit = 50);
    void setHits(QList<CustomerSearchHit> hits);
    const CustomerSearchHit &hit(int row) const { return m_hits.at(row); }
    QString lastQuery() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CustomerDesk *m_desk;
    QList<CustomerSearchHit> m_hits;
    QString m_query;
};

} // namespace parkett
