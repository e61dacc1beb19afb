// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/consent.h"

#include <QAbstractTableModel>
#include <QList>

namespace parkett {

/** A customer's full consent history, newest first: when, purpose, channel, granted or
    withdrawn, source and who recorded it. */
class ConsentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        PurposeColumn,
        ChannelColumn,
        StateColumn,
        SourceColumn,
        UserColumn,
        ColumnCount
    };
    enum Role { GrantedRole = Qt::UserRole + 1 };

    explicit ConsentHistoryModel(QObject *parent = nullptr);
    ~ConsentHistoryModel() override;
    Q_DISABLE_COPY_MOVE(ConsentHistoryModel)

    void setRecords(const QList<ConsentRecord> &records);
    const QList<ConsentRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString purposeText(ConsentPurpose purpose);
    static QString channelText(ConsentChannel channel);
    static QString sourceText(ConsentSource source);

private:
    QList<ConsentRecord> m_records; ///< newest first
};

} // namespace parkett
