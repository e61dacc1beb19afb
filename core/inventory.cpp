// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inventory.h"

#include "core/seatplan.h"

#include <QSet>
#include <QStringList>

namespace parkett {

QString seatStatusName(SeatStatus status)
{
    static const char *const names[] = {"free", "held", "reserved", "sold", "blocked"};
    return QString::fromLatin1(names[int(status)]);
}

bool Inventory::isLive(SeatStatus status, const QDateTime &expiresAt, const QDateTime &now)
{
    if (status == SeatStatus::Reserved || status == SeatStatus::Held)
        return !expiresAt.isValid() || now < expiresAt;
    return status != SeatStatus::Free;
}

void Inventory::setSeatClaim(SeatId seat, const SeatClaim &claim)
{
    if (claim.status == SeatStatus::Free)
        m_seats.remove(seat);
    else
        m_seats.insert(seat, claim);
}

void Inventory::clearSeat(SeatId seat)
{
    m_seats.remove(seat);
}

void Inventory::setZoneCapacity(ZoneId zone, int capacity)
{
    m_zoneCapacity.insert(zone, capacity);
}

void Inventory::addZoneClaim(ZoneId zone,
                             SeatStatus status,
                             int quantity,
                             const QDateTime &expiresAt)
{
    m_zoneClaims[zone].append(ZoneClaim{status, quantity, expiresAt});
}

SeatStatus Inventory::seatStatus(SeatId seat, const QDateTime &now) const
{
    const auto it = m_seats.constFind(seat);
    if (it == m_seats.cend())
        return SeatStatus::Free;
    return isLive(it->status, it->expiresAt, now) ? it->status : SeatStatus::Free;
}

const SeatClaim *Inventory::seatClaim(SeatId seat) const
{
    const auto it = m_seats.constFind(seat);
    return it == m_seats.cend() ? nullptr : &*it;
}

Inventory::ZoneCounts Inventory::zoneCounts(ZoneId zone, const QDateTime &now) const
{
    ZoneCounts c;
    c.capacity = m_zoneCapacity.value(zone, 0);
    for (const ZoneClaim &claim : m_zoneClaims.value(zone)) {
        if (!isLive(claim.status, claim.expiresAt, now))
            continue;
        switch (claim.status) {
        case SeatStatus::Sold:
            c.sold += claim.quantity;
            break;
        case SeatStatus::Reserved:
            c.reserved += claim.quantity;
            break;
        case SeatStatus::Held:
        case SeatStatus::Blocked:
            c.held += claim.quantity;
            break;
        case SeatStatus::Free:
            break;
        }
    }
    return c;
}

Inventory::Counts Inventory::counts(const SeatPlan &plan, const QDateTime &now) const
{
    Counts c;
    for (const Seat &seat : plan.seats()) {
        switch (seatStatus(seat.id, now)) {
        case SeatStatus::Free:
            ++c.free;
            break;
        case SeatStatus::Sold:
            ++c.sold;
            break;
        case SeatStatus::Reserved:
            ++c.reserved;
            break;
        case SeatStatus::Held:
        case SeatStatus::Blocked:
            ++c.blocked;
            break;
        }
    }
    for (const StandingZone &zone : plan.zones()) {
        const ZoneCounts z = zoneCounts(zone.id, now);
        c.free += std::max(0, z.free());
        c.sold += z.sold;
        c.reserved += z.reserved;
        c.blocked += z.held;
    }
    return c;
}

Result<void> Inventory::checkSeatsFree(const SeatPlan &plan,
                                       const QList<SeatId> &seats,
                                       const QDateTime &now) const
{
    QStringList problems;
    QSet<SeatId> seen;
    for (SeatId id : seats) {
        const int index = plan.seatIndex(id);
        if (index < 0) {
            problems.append(QStringLiteral("seat %1 is not in the plan").arg(id.value));
            continue;
        }
        const Seat &seat = plan.seats().at(index);
        const QString label = QStringLiteral("%1 %2-%3")
                                  .arg(plan.sectionNameOf(index), plan.rowLabelOf(index), seat.label)
                                  .trimmed();
        if (seen.contains(id)) {
            problems.append(QStringLiteral("%1 is asked for twice").arg(label));
            continue;
        }
        seen.insert(id);
        const SeatStatus status = seatStatus(id, now);
        if (status != SeatStatus::Free)
            problems.append(QStringLiteral("%1 is %2").arg(label, seatStatusName(status)));
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::SeatUnavailable, problems.join(QStringLiteral("; ")));
    return {};
}

Result<void> Inventory::checkStandingAvailable(const SeatPlan &plan,
                                               ZoneId zone,
                                               int quantity,
                                               const QDateTime &now) const
{
    const StandingZone *z = plan.zone(zone);
    if (!z)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("standing zone %1 is not in the plan").arg(zone.value));
    if (quantity <= 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("quantity must be positive"));
    const int free = zoneCounts(zone, now).free();
    if (quantity > free)
        return makeError(ErrorCode::CapacityExceeded,
                         QStringLiteral("%1 has %2 places left, %3 asked for")
                             .arg(z->name)
                             .arg(std::max(0, free))
                             .arg(quantity));
    return {};
}

} // namespace parkett
