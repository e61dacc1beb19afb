// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/basket.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace parkett {

/** The basket being sold at the counter, one row per ticket. The model owns the Basket; every
    change goes through it so views and totals stay in step. The price type column is
    editable: Qt::EditRole takes a PriceTypeId or a price type's name or code. */
class BasketModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TicketColumn, CategoryColumn, PriceTypeColumn, PriceColumn, ColumnCount };

    enum Role {
        SeatIdRole = Qt::UserRole + 1, ///< SeatId, invalid for standing tickets
        ZoneIdRole,                    ///< qint64 zone id, 0 for seated tickets
        CategoryIdRole,                ///< qint64 category id
        PriceTypeIdRole,               ///< PriceTypeId of the line
        AllowedPriceTypeIdsRole,       ///< QVariantList of PriceTypeId priced for the line
        AllowedPriceTypeNamesRole,     ///< QStringList, same order as AllowedPriceTypeIdsRole
        PriceMinorUnitsRole,           ///< qint64
    };

    explicit BasketModel(QObject *parent = nullptr);
    ~BasketModel() override;
    Q_DISABLE_COPY_MOVE(BasketModel)

    /** Starts over with \a basket (usually empty, for a newly opened performance). */
    void setBasket(const Basket &basket);
    const Basket &basket() const { return m_basket; }
    /** Attaches the customer the basket is sold to (invalid: nobody in particular). */
    void setCustomer(CustomerId customer) { m_basket.setCustomer(customer); }

    Result<void> addSeat(SeatId seat);
    bool removeSeat(SeatId seat);
    /** Makes the seated part of the basket exactly \a seats, keeping the price types of the
        seats that stay; stops at the first seat the basket refuses. */
    Result<void> setSeats(const QList<SeatId> &seats);
    Result<void> setStandingQuantity(ZoneId zone, int quantity);
    Result<void> setPriceType(int row, PriceTypeId type);
    /** Removes the given rows (any order, duplicates ignored). */
    void removeRows(const QList<int> &rows);
    void clear();

    QSet<SeatId> seatSet() const;
    Money total() const { return m_basket.total(); }
    QString totalText() const;
    QString priceTypeName(PriceTypeId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    /** Any change to the lines, price types or total. */
    void basketChanged();

private:
    /** Resets the model around \a change when the rows may have moved. */
    template<typename F>
    auto resetAround(F &&change);
    PriceTypeId priceTypeFromValue(const QVariant &value) const;

    Basket m_basket;
};

} // namespace parkett
