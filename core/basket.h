// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/order.h"
#include "core/result.h"

#include <QList>

namespace parkett {

class SeatPlan;

/** One ticket in the basket: a seat, or one standing place. */
struct BasketLine
{
    SeatId seat;
    ZoneId zone;
    CategoryId category;
    PriceTypeId priceType;
    Money price;
    QString label;
};

/** The tickets being sold for one performance, each with its price type and price. Pricing
    comes from the performance's price list; availability is checked by the sales service. */
class Basket
{
public:
    Basket() = default;
    Basket(PerformanceId performance,
           const SeatPlan *plan,
           PriceList prices,
           QList<PriceType> priceTypes);

    PerformanceId performance() const { return m_performance; }
    const SeatPlan *plan() const { return m_plan; }
    const PriceList &priceList() const { return m_prices; }
    const QList<PriceType> &priceTypes() const { return m_priceTypes; }
    Currency currency() const { return m_prices.currency(); }

    const QList<BasketLine> &lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }
    int size() const { return int(m_lines.size()); }
    bool containsSeat(SeatId seat) const;
    int standingQuantity(ZoneId zone) const;
    QList<SeatId> seats() const;

    Result<void> addSeat(SeatId seat);
    bool removeSeat(SeatId seat);
    /** Sets how many places of \a zone are in the basket (0 removes them). */
    Result<void> setStandingQuantity(ZoneId zone, int quantity);
    Result<void> setPriceType(int line, PriceTypeId type);
    void removeLine(int line);
    void clear() { m_lines.clear(); }

    Money total() const;
    /** Tickets for an order, without ids and barcodes. */
    QList<Ticket> toTickets() const;

    CustomerId customer() const { return m_customer; }
    void setCustomer(CustomerId customer) { m_customer = customer; }

    /** A label for a seat: "Stalls, row C, seat 7". */
    static QString seatLabel(const SeatPlan &plan, int seatIndex);

private:
    Result<BasketLine> lineFor(CategoryId category) const;

    PerformanceId m_performance;
    const SeatPlan *m_plan = nullptr;
    PriceList m_prices;
    QList<PriceType> m_priceTypes;
    QList<BasketLine> m_lines;
    CustomerId m_customer;
};

} // namespace parkett
