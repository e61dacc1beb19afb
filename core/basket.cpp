// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"

#include "core/seatplan.h"

namespace parkett {

Basket::Basket(PerformanceId performance,
               const SeatPlan *plan,
               PriceList prices,
               QList<PriceType> priceTypes)
    : m_performance(performance)
    , m_plan(plan)
    , m_prices(std::move(prices))
    , m_priceTypes(std::move(priceTypes))
{}

QString Basket::seatLabel(const SeatPlan &plan, int seatIndex)
{
    const Seat &seat = plan.seats().at(seatIndex);
    const QString section = plan.sectionNameOf(seatIndex);
    const QString row = plan.rowLabelOf(seatIndex);
    QString label;
    if (!section.isEmpty())
        label = section + QStringLiteral(", ");
    if (seat.table >= 0)
        label += QStringLiteral("table %1, ").arg(row);
    else if (!row.isEmpty())
        label += QStringLiteral("row %1, ").arg(row);
    return label + QStringLiteral("seat %1").arg(seat.label);
}

bool Basket::containsSeat(SeatId seat) const
{
    for (const BasketLine &l : m_lines) {
        if (l.seat == seat)
            return true;
    }
    return false;
}

int Basket::standingQuantity(ZoneId zone) const
{
    int n = 0;
    for (const BasketLine &l : m_lines) {
        if (l.zone == zone)
            ++n;
    }
    return n;
}

QList<SeatId> Basket::seats() const
{
    QList<SeatId> out;
    for (const BasketLine &l : m_lines) {
        if (l.seat.isValid())
            out.append(l.seat);
    }
    return out;
}

Result<BasketLine> Basket::lineFor(CategoryId category) const
{
    const QList<PriceTypeId> types = m_prices.typesFor(category, m_priceTypes);
    if (types.isEmpty())
        return makeError(ErrorCode::PriceMissing,
                         QStringLiteral("category %1 has no price for this performance")
                             .arg(category.value));
    BasketLine line;
    line.category = category;
    line.priceType = types.first();
    line.price = *m_prices.price(category, line.priceType);
    return line;
}

Result<void> Basket::addSeat(SeatId seat)
{
    if (!m_plan)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no seat plan"));
    const int index = m_plan->seatIndex(seat);
    if (index < 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("seat %1 is not in the plan").arg(seat.value));
    if (containsSeat(seat))
        return {};
    auto line = lineFor(m_plan->seats().at(index).category);
    if (!line)
        return line.error();
    line->seat = seat;
    line->label = seatLabel(*m_plan, index);
    m_lines.append(*line);
    return {};
}

bool Basket::removeSeat(SeatId seat)
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).seat == seat) {
            m_lines.removeAt(i);
            return true;
        }
    }
    return false;
}

Result<void> Basket::setStandingQuantity(ZoneId zone, int quantity)
{
    if (!m_plan)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no seat plan"));
    const StandingZone *z = m_plan->zone(zone);
    if (!z)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("standing zone %1 is not in the plan").arg(zone.value));
    if (quantity < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("quantity cannot be negative"));
    int current = standingQuantity(zone);
    if (quantity > current) {
        auto line = lineFor(z->category);
        if (!line)
            return line.error();
        line->zone = zone;
        line->label = z->name;
        for (; current < quantity; ++current)
            m_lines.append(*line);
    }
    // Remove from the end so price types chosen for earlier places stay.
    for (qsizetype i = m_lines.size() - 1; i >= 0 && current > quantity; --i) {
        if (m_lines.at(i).zone == zone) {
            m_lines.removeAt(i);
            --current;
        }
    }
    return {};
}

Result<void> Basket::setPriceType(int line, PriceTypeId type)
{
    if (line < 0 || line >= m_lines.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no basket line %1").arg(line));
    BasketLine &l = m_lines[line];
    auto price = m_prices.price(l.category, type);
    if (!price)
        return price.error();
    l.priceType = type;
    l.price = *price;
    return {};
}

void Basket::removeLine(int line)
{
    if (line >= 0 && line < m_lines.size())
        m_lines.removeAt(line);
}

Money Basket::total() const
{
    Money sum = Money::zero(currency());
    for (const BasketLine &l : m_lines)
        sum += l.price;
    return sum;
}

QList<Ticket> Basket::toTickets() const
{
    QList<Ticket> tickets;
    tickets.reserve(m_lines.size());
    for (const BasketLine &l : m_lines) {
        Ticket t;
        t.performance = m_performance;
        t.seat = l.seat;
        t.zone = l.zone;
        t.category = l.category;
        t.priceType = l.priceType;
        t.price = l.price;
        t.label = l.label;
        tickets.append(t);
    }
    return tickets;
}

} // namespace parkett
