// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/seatplan.h"

#include <optional>
#include <span>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace parkett {

class Inventory;

/** Which order holds each seat of a plan, as the rules see it: live sales and reservations
    (expired reservations and cancelled orders are not in it), plus seats that are not for
    sale (hold codes, kills). Indexed by seat index; cheap to copy and change for what-if
    checks. */
class SeatClaims
{
public:
    SeatClaims() = default;
    explicit SeatClaims(qsizetype seatCount);
    /** The claims of \a inventory at \a now. */
    static SeatClaims fromInventory(const SeatPlan &plan,
                                    const Inventory &inventory,
                                    const QDateTime &now);

    qsizetype size() const { return m_order.size(); }
    OrderId orderAt(int seat) const { return m_order.at(seat); }
    bool isTaken(int seat) const { return m_order.at(seat).isValid(); }
    bool isHeld(int seat) const { return m_held.at(seat); }
    /** Taken by an order or held: not for sale to anybody. */
    bool isUnavailable(int seat) const { return isTaken(seat) || isHeld(seat); }
    int takenCount() const { return m_taken; }

    void claim(int seat, OrderId order);
    void release(int seat);
    void releaseOrder(OrderId order);
    void setHeld(int seat, bool held);
    /** The seat indices an order holds, ascending. */
    QList<int> seatsOf(OrderId order) const;

private:
    QList<OrderId> m_order;
    QList<bool> m_held;
    int m_taken = 0;
};

/** The geometry the rules need, computed once per plan version: each seat's place in its row
    or at its table, the aisles that break rows, the nearest seats in the rows really in front
    and behind (found along the normal of the row at that seat, so curved and angled rows
    work), and the areas each seat belongs to. Rows are never re-sorted by x. */
class SeatNeighbours
{
public:
    explicit SeatNeighbours(const SeatPlan &plan);

    const SeatPlan &plan() const { return *m_plan; }
    /** Position in its row's or table's seat order; -1 for a loose seat. */
    int position(int seat) const { return m_position.at(seat); }
    /** True when an aisle lies between this seat and the one before it in its row: both are
        aisle seats (SeatFlag::Aisle), or the gap is much wider than the row's spacing. */
    bool breakBefore(int seat) const { return m_breakBefore.at(seat); }
    /** The seat \a steps places along the row (negative: backwards), or -1 at the row's end
        or across an aisle. Around a table it wraps and never crosses anything. */
    int along(int seat, int steps) const;
    std::span<const qint32> front(int seat) const { return span(m_frontStart, m_front, seat); }
    std::span<const qint32> behind(int seat) const { return span(m_behindStart, m_behind, seat); }
    /** Indices of the areas the seat belongs to. */
    std::span<const qint32> areasOf(int seat) const { return span(m_areaStart, m_areas, seat); }
    /** Every seat index of an area (its seats and its tables' seats). */
    const QList<qint32> &areaSeats(int area) const { return m_areaSeats.at(area); }
    bool isExempt(int area, int seat) const;
    bool isAlwaysFree(int area, int seat) const;
    /** The row's typical seat spacing (median of neighbour gaps), in plan units. */
    double spacing(int seat) const;

private:
    static std::span<const qint32> span(const QList<qint32> &start,
                                        const QList<qint32> &items,
                                        int seat)
    {
        return std::span<const qint32>(items.constData() + start.at(seat),
                                       size_t(start.at(seat + 1) - start.at(seat)));
    }

    const SeatPlan *m_plan;
    QList<qint32> m_position;
    QList<bool> m_breakBefore;
    QList<double> m_rowSpacing;
    QList<qint32> m_frontStart, m_front;
    QList<qint32> m_behindStart, m_behind;
    QList<qint32> m_areaStart, m_areas;
    QList<QList<qint32>> m_areaSeats;
    QList<QHash<qint32, quint8>> m_areaSpecial; ///< per area: seat -> 1 exempt, 2 always free
};

/** Why a seat is blocked by the rules. */
struct BlockReason
{
    enum class Kind : quint8 {
        None,
        Side,        ///< beside another order's group in the row
        FrontBehind, ///< in front of or behind another order's seat
        Diagonal,    ///< diagonally in front of or behind another order's seat
        Radius,      ///< closer than the area's radius to another order's seat
        Table,       ///< beside another order at a table, or the table has its party
        RowEnd,      ///< kept free at the row's end
        AlwaysFree,  ///< the area keeps it free
        AreaFull,    ///< the area has reached its maximum occupancy
    };
    Kind kind = Kind::None;
    qint32 area = -1; ///< index of the area whose rule blocks it
    OrderId order;    ///< the order kept at a distance, for the kinds that have one
};

QString blockKindName(BlockReason::Kind kind);

/** The blocked-seat overlay of one performance: derived from the plan and the current claims,
    never stored. A taken or held seat is never in it. */
class BlockedSeats
{
public:
    BlockedSeats() = default;
    explicit BlockedSeats(qsizetype seatCount)
        : m_reasons(seatCount)
    {}

    bool isBlocked(int seat) const { return m_reasons.at(seat).kind != BlockReason::Kind::None; }
    const BlockReason &reason(int seat) const { return m_reasons.at(seat); }
    int count() const { return m_count; }
    qsizetype size() const { return m_reasons.size(); }
    /** Sets the reason unless the seat already has one (the first rule found wins). */
    void block(int seat, const BlockReason &reason)
    {
        if (m_reasons.at(seat).kind == BlockReason::Kind::None) {
            m_reasons[seat] = reason;
            ++m_count;
        }
    }
    /** Seat id -> plain-text reason ("distancing in Stalls: beside order 17"), for displays. */
    QHash<SeatId, QString> texts(const SeatPlan &plan) const;

private:
    QList<BlockReason> m_reasons;
    int m_count = 0;
};

/** Plain text for a reason: "distancing in Stalls: beside order 17". */
QString blockReasonText(const SeatPlan &plan, const BlockReason &reason);

/** Computes the overlay: for every area with distancing on, the seats kept free for others
    around each order's seats (side, front/behind, diagonal, or radius; table neighbours and
    one party per table), the row ends, the always-free seats, and every free seat of an area
    that reached its maximum occupancy. Exempt seats neither block nor are blocked. */
BlockedSeats computeBlockedSeats(const SeatNeighbours &geometry, const SeatClaims &claims);

/** The most seats an area under \a rules may have taken, or none. */
std::optional<int> occupancyLimit(const DistancingRules &rules, qsizetype areaSeats);

/** A seat that another seat keeps free, and by which rule of which area. */
struct DistancedSeat
{
    qint32 seat = -1;
    BlockReason::Kind kind = BlockReason::Kind::None;
    qint32 area = -1;
};

/** Appends to \a out every seat that \a seat keeps free under the rules of the distancing
    areas it is in (neighbours by row, front/behind, diagonal, radius, table); seats of its own
    group may be among them, the caller filters. Nothing when the seat is exempt everywhere. */
void appendDistancedSeats(const SeatNeighbours &geometry, int seat, QList<DistancedSeat> &out);

} // namespace parkett
