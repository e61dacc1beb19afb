// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customerhistorymodel.h"

#include "core/customer.h"

#include <algorithm>

#include <QLocale>

namespace parkett {

CustomerHistoryModel::CustomerHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

CustomerHistoryModel::~CustomerHistoryModel() = default;

void CustomerHistoryModel::setEntries(const QList<CustomerHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QString CustomerHistoryModel::actionText(const QString &action)
{
    static const std::pair<const char16_t *, const char *> texts[] = {
        {history::kCreated, QT_TR_NOOP("Created")},
        {history::kChanged, QT_TR_NOOP("Changed")},
        {history::kFlagAdded, QT_TR_NOOP("Flag added")},
        {history::kFlagRemoved, QT_TR_NOOP("Flag removed")},
        {history::kConsent, QT_TR_NOOP("Consent")},
        {history::kWebLinked, QT_TR_NOOP("Web profile linked")},
        {history::kWebUnlinked, QT_TR_NOOP("Web profile unlinked")},
        {history::kMerged, QT_TR_NOOP("Merged")},
        {history::kMergeUndone, QT_TR_NOOP("Merge undone")},
        {history::kExported, QT_TR_NOOP("Data exported")},
        {history::kAnonymised, QT_TR_NOOP("Anonymised")},
        {history::kSaleOverride, QT_TR_NOOP("Blocked sale allowed")},
    };
    for (const auto &[key, text] : texts) {
        if (action == QStringView(key))
            return tr(text);
    }
    return action;
}

QString CustomerHistoryModel::fieldText(const QString &field)
{
    static const std::pair<CustomerField, const char *> texts[] = {
        {CustomerField::FirstName, QT_TR_NOOP("First name")},
        {CustomerField::LastName, QT_TR_NOOP("Last name")},
        {CustomerField::Email, QT_TR_NOOP("E-mail")},
        {CustomerField::Phone, QT_TR_NOOP("Phone")},
        {CustomerField::Mobile, QT_TR_NOOP("Mobile")},
        {CustomerField::Company, QT_TR_NOOP("Company")},
        {CustomerField::Language, QT_TR_NOOP("Language")},
        {CustomerField::Birthday, QT_TR_NOOP("Birthday")},
        {CustomerField::Street, QT_TR_NOOP("Street")},
        {CustomerField::Postcode, QT_TR_NOOP("Postcode")},
        {CustomerField::City, QT_TR_NOOP("City")},
        {CustomerField::Country, QT_TR_NOOP("Country")},
        {CustomerField::Note, QT_TR_NOOP("Internal note")},
        {CustomerField::AlternativeEmails, QT_TR_NOOP("Alternative e-mails")},
        {CustomerField::WebAccount, QT_TR_NOOP("Web profile")},
    };
    for (const auto &[f, text] : texts) {
        if (customerFieldName(f) == field)
            return tr(text);
    }
    return field;
}

int CustomerHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CustomerHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerHistoryEntry &e = m_entries.at(index.row());
    if (role == ActionRole)
        return e.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return e.userName;
    case ActionColumn:
        return actionText(e.action);
    case FieldColumn:
        return fieldText(e.field);
    case OldColumn:
        return e.oldValue;
    case NewColumn:
        return e.newValue;
    }
    return {};
}

QVariant CustomerHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case FieldColumn:
        return tr("Field");
    case OldColumn:
        return tr("Old value");
    case NewColumn:
        return tr("New value");
    }
    return {};
}

} // namespace parkett
