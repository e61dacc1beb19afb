// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customersearchmodel.h"

#include "models/customerdesk.h"

#include <QStringList>

namespace parkett {

CustomerSearchModel::CustomerSearchModel(CustomerDesk *desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{}

CustomerSearchModel::~CustomerSearchModel() = default;

Result<void> CustomerSearchModel::search(const QString &text, int limit)
{
    m_query = text;
    if (!m_desk || text.trimmed().isEmpty()) {
        setHits({});
        return {};
    }
    auto hits = m_desk->search(text, limit);
    if (!hits)
        return hits.error();
    setHits(std::move(*hits));
    return {};
}

void CustomerSearchModel::setHits(QList<CustomerSearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int CustomerSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int CustomerSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerSearchHit &h = m_hits.at(index.row());
    const Customer &c = h.customer;
    auto list = [&h](auto member) {
        QStringList out;
        for (const FlagDefinition &f : h.flags)
            out.append(f.*member);
        return out;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.company.isEmpty() ? c.displayName()
                                       : tr("%1 (%2)").arg(c.displayName(), c.company);
        case NumberColumn:
            return c.number;
        case EmailColumn:
            return h.matchedKey.isEmpty() ? c.email
                                          : tr("%1 — found by %2").arg(c.email, h.matchedKey);
        case PhoneColumn:
            return c.phone.isEmpty() ? c.mobile : c.phone;
        case FlagsColumn:
            return list(&FlagDefinition::name).join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn && !h.flags.isEmpty())
            return list(&FlagDefinition::name).join(QLatin1Char('\n'));
        return {};
    case CustomerIdRole:
        return QVariant::fromValue(c.id);
    case FlagNamesRole:
        return list(&FlagDefinition::name);
    case FlagColoursRole:
        return list(&FlagDefinition::colour);
    case FlagIconsRole:
        return list(&FlagDefinition::icon);
    case BlockedRole:
        return !blockingFlags(h.flags).isEmpty();
    case MatchedKeyRole:
        return h.matchedKey;
    case HasNoteRole:
        return !c.note.isEmpty();
    default:
        return {};
    }
}

QVariant CustomerSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Number");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

} // namespace parkett
