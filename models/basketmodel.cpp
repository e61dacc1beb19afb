// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/basketmodel.h"

#include "core/seatplan.h"

#include <algorithm>

#include <QLocale>

namespace parkett {

BasketModel::BasketModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

BasketModel::~BasketModel() = default;

template<typename F>
auto BasketModel::resetAround(F &&change)
{
    beginResetModel();
    auto result = change();
    endResetModel();
    Q_EMIT basketChanged();
    return result;
}

void BasketModel::setBasket(const Basket &basket)
{
    resetAround([&] {
        m_basket = basket;
        return 0;
    });
}

Result<void> BasketModel::addSeat(SeatId seat)
{
    if (m_basket.containsSeat(seat))
        return {};
    const int row = m_basket.size();
    Basket probe = m_basket;
    if (auto r = probe.addSeat(seat); !r)
        return r;
    beginInsertRows({}, row, row);
    m_basket = std::move(probe);
    endInsertRows();
    Q_EMIT basketChanged();
    return {};
}

bool BasketModel::removeSeat(SeatId seat)
{
    const QList<BasketLine> &lines = m_basket.lines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).seat == seat) {
            beginRemoveRows({}, int(i), int(i));
            m_basket.removeLine(int(i));
            endRemoveRows();
            Q_EMIT basketChanged();
            return true;
        }
    }
    return false;
}

Result<void> BasketModel::setSeats(const QList<SeatId> &seats)
{
    const QSet<SeatId> wanted(seats.cbegin(), seats.cend());
    for (SeatId seat : m_basket.seats()) {
        if (!wanted.contains(seat))
            removeSeat(seat);
    }
    for (SeatId seat : seats) {
        if (auto r = addSeat(seat); !r)
            return r;
    }
    return {};
}

Result<void> BasketModel::setStandingQuantity(ZoneId zone, int quantity)
{
    if (m_basket.standingQuantity(zone) == quantity)
        return {};
    Basket probe = m_basket;
    if (auto r = probe.setStandingQuantity(zone, quantity); !r)
        return r;
    resetAround([&] {
        m_basket = std::move(probe);
        return 0;
    });
    return {};
}

Result<void> BasketModel::setPriceType(int row, PriceTypeId type)
{
    if (row < 0 || row >= m_basket.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no basket line %1").arg(row));
    if (m_basket.lines().at(row).priceType == type)
        return {};
    if (auto r = m_basket.setPriceType(row, type); !r)
        return r;
    Q_EMIT dataChanged(index(row, PriceTypeColumn), index(row, PriceColumn));
    Q_EMIT basketChanged();
    return {};
}

void BasketModel::removeRows(const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    bool changed = false;
    for (int row : std::as_const(sorted)) {
        if (row < 0 || row >= m_basket.size())
            continue;
        beginRemoveRows({}, row, row);
        m_basket.removeLine(row);
        endRemoveRows();
        changed = true;
    }
    if (changed)
        Q_EMIT basketChanged();
}

void BasketModel::clear()
{
    if (m_basket.isEmpty())
        return;
    resetAround([&] {
        m_basket.clear();
        return 0;
    });
}

QSet<SeatId> BasketModel::seatSet() const
{
    const QList<SeatId> seats = m_basket.seats();
    return QSet<SeatId>(seats.cbegin(), seats.cend());
}

QString BasketModel::totalText() const
{
    if (!m_basket.currency().isValid())
        return {};
    return m_basket.total().toLocaleString(QLocale());
}

QString BasketModel::priceTypeName(PriceTypeId id) const
{
    for (const PriceType &t : m_basket.priceTypes()) {
        if (t.id == id)
            return t.name;
    }
    return {};
}

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_basket.size();
}

int BasketModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BasketLine &line = m_basket.lines().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TicketColumn:
            return line.label;
        case CategoryColumn: {
            const Category *c = m_basket.plan() ? m_basket.plan()->category(line.category)
                                                : nullptr;
            return c ? c->name : QString();
        }
        case PriceTypeColumn:
            if (role == Qt::EditRole)
                return QVariant::fromValue(line.priceType);
            return priceTypeName(line.priceType);
        case PriceColumn:
            return line.price.toLocaleString(QLocale());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SeatIdRole:
        return QVariant::fromValue(line.seat);
    case ZoneIdRole:
        return line.zone.value;
    case CategoryIdRole:
        return line.category.value;
    case PriceTypeIdRole:
        return QVariant::fromValue(line.priceType);
    case AllowedPriceTypeIdsRole: {
        QVariantList ids;
        for (PriceTypeId id : m_basket.priceList().typesFor(line.category, m_basket.priceTypes()))
            ids.append(QVariant::fromValue(id));
        return ids;
    }
    case AllowedPriceTypeNamesRole: {
        QStringList names;
        for (PriceTypeId id : m_basket.priceList().typesFor(line.category, m_basket.priceTypes()))
            names.append(priceTypeName(id));
        return names;
    }
    case PriceMinorUnitsRole:
        return line.price.minorUnits();
    }
    return {};
}

PriceTypeId BasketModel::priceTypeFromValue(const QVariant &value) const
{
    if (value.metaType() == QMetaType::fromType<PriceTypeId>())
        return value.value<PriceTypeId>();
    if (value.metaType() == QMetaType::fromType<QString>()) {
        const QString text = value.toString().trimmed();
        for (const PriceType &t : m_basket.priceTypes()) {
            if (t.name.compare(text, Qt::CaseInsensitive) == 0
                || t.code.compare(text, Qt::CaseInsensitive) == 0)
                return t.id;
        }
    }
    return {};
}

bool BasketModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != PriceTypeColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const PriceTypeId type = priceTypeFromValue(value);
    if (!type.isValid())
        return false;
    return bool(setPriceType(index.row(), type));
}

Qt::ItemFlags BasketModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PriceTypeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BasketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == PriceColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case CategoryColumn:
        return tr("Category");
    case PriceTypeColumn:
        return tr("Price type");
    case PriceColumn:
        return tr("Price");
    }
    return {};
}

} // namespace parkett
