// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/money.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace parkett {

struct Venue
{
    VenueId id;
    QString name;
    QString address;
    QString timeZone; ///< IANA name, "Europe/Copenhagen"
};

/** A show, concert or match; it has one or more performances. */
struct Production
{
    ProductionId id;
    QString title;
    QString description;
    int durationMinutes = 0;
};

/** A kind of ticket price: adult, child, concession. */
struct PriceType
{
    PriceTypeId id;
    QString code; ///< stable short code: "adult"
    QString name;
    int sortOrder = 0;
};

/** Prices per (category, price type). A missing entry means "not sold at that price type". */
class PriceList
{
public:
    PriceList() = default;
    explicit PriceList(Currency currency)
        : m_currency(currency)
    {}

    Currency currency() const { return m_currency; }
    void setPrice(CategoryId category, PriceTypeId type, Money price);
    Result<Money> price(CategoryId category, PriceTypeId type) const;
    bool hasPrice(CategoryId category, PriceTypeId type) const;
    /** Price types with a price in \a category, in the order given by \a types. */
    QList<PriceTypeId> typesFor(CategoryId category, const QList<PriceType> &types) const;
    int size() const { return int(m_prices.size()); }

    struct Entry
    {
        CategoryId category;
        PriceTypeId type;
        Money price;
    };
    QList<Entry> entries() const;

private:
    static quint64 key(CategoryId c, PriceTypeId t)
    {
        return (quint64(c.value) << 32) ^ quint64(t.value);
    }
    Currency m_currency;
    QHash<quint64, Entry> m_prices;
};

enum class PerformanceStatus { Planned, OnSale, SoldOut, Cancelled };

struct Performance
{
    PerformanceId id;
    ProductionId production;
    VenueId venue;
    SeatPlanId plan; ///< the plan version this performance was put on sale with
    QDateTime startsAt;
    QDateTime salesEnd;
    PerformanceStatus status = PerformanceStatus::OnSale;
    qint64 vatRateBasisPoints = 0;

    bool isOnSale(const QDateTime &now) const
    {
        return status == PerformanceStatus::OnSale && (!salesEnd.isValid() || now < salesEnd);
    }
    /** The latest end of a reservation: when sales end, at the latest the start. A
        reservation never outlives the performance it is for. */
    QDateTime latestReservationEnd() const
    {
        return salesEnd.isValid() && salesEnd < startsAt ? salesEnd : startsAt;
    }
};

/** A performance as listed at the counter, with its seat counts. */
struct PerformanceSummary
{
    Performance performance;
    QString title;
    QString venueName;
    int capacity = 0;
    int sold = 0;
    int reserved = 0;
    int blocked = 0;
    int free() const { return capacity - sold - reserved - blocked; }
};

} // namespace parkett
