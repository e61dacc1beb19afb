// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace parkett {

class SeatPlan;

enum class SeatStatus : quint8 {
    Free,
    Held,     ///< in somebody's basket or a hold code
    Reserved, ///< reserved order, not paid
    Sold,
    Blocked, ///< killed / not for sale
};

QString seatStatusName(SeatStatus status);

/** Why a seat is not free, as stored for one performance. */
struct SeatClaim
{
    SeatStatus status = SeatStatus::Free;
    OrderId order;
    QDateTime expiresAt; ///< for reservations and holds
    QString holdCode;
};

/** The state of one performance's seats and standing places at a point in time. Only taken
    seats are stored; a reservation or hold past its expiry counts as free. */
class Inventory
{
public:
    struct ZoneCounts
    {
        int capacity = 0;
        int sold = 0;
        int reserved = 0;
        int held = 0;
        int free() const { return capacity - sold - reserved - held; }
    };

    struct Counts
    {
        int free = 0;
        int sold = 0;
        int reserved = 0;
        int blocked = 0;
    };

    Inventory() = default;
    explicit Inventory(PerformanceId performance)
        : m_performance(performance)
    {}

    PerformanceId performance() const { return m_performance; }

    void setSeatClaim(SeatId seat, const SeatClaim &claim);
    void clearSeat(SeatId seat);
    void setZoneCapacity(ZoneId zone, int capacity);
    void addZoneClaim(ZoneId zone, SeatStatus status, int quantity, const QDateTime &expiresAt = {});

    SeatStatus seatStatus(SeatId seat, const QDateTime &now) const;
    const SeatClaim *seatClaim(SeatId seat) const;
    /** Every stored seat claim, live or not (see isLive()). */
    const QHash<SeatId, SeatClaim> &seatClaims() const { return m_seats; }
    /** Whether a claim still counts at \a now: reservations and holds end at their expiry. */
    static bool isLive(SeatStatus status, const QDateTime &expiresAt, const QDateTime &now);
    ZoneCounts zoneCounts(ZoneId zone, const QDateTime &now) const;
    Counts counts(const SeatPlan &plan, const QDateTime &now) const;

    /** Refuses when any seat is unknown or not free, naming every such seat and why. */
    Result<void> checkSeatsFree(const SeatPlan &plan,
                                const QList<SeatId> &seats,
                                const QDateTime &now) const;
    Result<void> checkStandingAvailable(const SeatPlan &plan,
                                        ZoneId zone,
                                        int quantity,
                                        const QDateTime &now) const;

private:
    struct ZoneClaim
    {
        SeatStatus status;
        int quantity;
        QDateTime expiresAt;
    };

    PerformanceId m_performance;
    QHash<SeatId, SeatClaim> m_seats;
    QHash<ZoneId, int> m_zoneCapacity;
    QHash<ZoneId, QList<ZoneClaim>> m_zoneClaims;
};

} // namespace parkett
