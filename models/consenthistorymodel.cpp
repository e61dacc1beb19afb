// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/consenthistorymodel.h"

#include <algorithm>

#include <QLocale>

namespace parkett {

ConsentHistoryModel::ConsentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ConsentHistoryModel::~ConsentHistoryModel() = default;

void ConsentHistoryModel::setRecords(const QList<ConsentRecord> &records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

QString ConsentHistoryModel::purposeText(ConsentPurpose purpose)
{
    return purpose == ConsentPurpose::Newsletter ? tr("Newsletter") : tr("Event information");
}

QString ConsentHistoryModel::channelText(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Email:
        return tr("E-mail");
    case ConsentChannel::Sms:
        return tr("SMS");
    case ConsentChannel::Post:
        return tr("Post");
    }
    return {};
}

QString ConsentHistoryModel::sourceText(ConsentSource source)
{
    switch (source) {
    case ConsentSource::Counter:
        return tr("Counter");
    case ConsentSource::Web:
        return tr("Web");
    case ConsentSource::Phone:
        return tr("Phone");
    case ConsentSource::Outlet:
        return tr("Outlet");
    }
    return {};
}

int ConsentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ConsentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConsentRecord &r = m_records.at(index.row());
    if (role == GrantedRole)
        return r.granted;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    case PurposeColumn:
        return purposeText(r.purpose);
    case ChannelColumn:
        return channelText(r.channel);
    case StateColumn:
        return r.granted ? tr("Granted") : tr("Withdrawn");
    case SourceColumn:
        return sourceText(r.source);
    case UserColumn:
        return r.userName;
    }
    return {};
}

QVariant ConsentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case PurposeColumn:
        return tr("Purpose");
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("Consent");
    case SourceColumn:
        return tr("Source");
    case UserColumn:
        return tr("Recorded by");
    }
    return {};
}

} // namespace parkett
