// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distancing.h"

#include "core/inventory.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace parkett {

// --- SeatClaims ---------------------------------------------------------------------------

SeatClaims::SeatClaims(qsizetype seatCount)
    : m_order(seatCount)
    , m_held(seatCount, false)
{}

SeatClaims SeatClaims::fromInventory(const SeatPlan &plan,
                                     const Inventory &inventory,
                                     const QDateTime &now)
{
    SeatClaims claims(plan.seats().size());
    const QHash<SeatId, SeatClaim> &all = inventory.seatClaims();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (!Inventory::isLive(it->status, it->expiresAt, now))
            continue;
        const int seat = plan.seatIndex(it.key());
        if (seat < 0)
            continue;
        if ((it->status == SeatStatus::Sold || it->status == SeatStatus::Reserved)
            && it->order.isValid())
            claims.claim(seat, it->order);
        else
            claims.setHeld(seat, true);
    }
    return claims;
}

void SeatClaims::claim(int seat, OrderId order)
{
    if (!m_order.at(seat).isValid() && order.isValid())
        ++m_taken;
    else if (m_order.at(seat).isValid() && !order.isValid())
        --m_taken;
    m_order[seat] = order;
}

void SeatClaims::release(int seat)
{
    claim(seat, OrderId());
}

void SeatClaims::releaseOrder(OrderId order)
{
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) == order)
            release(int(i));
    }
}

void SeatClaims::setHeld(int seat, bool held)
{
    m_held[seat] = held;
}

QList<int> SeatClaims::seatsOf(OrderId order) const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        if (m_order.at(i) == order)
            out.append(int(i));
    }
    return out;
}

// --- SeatNeighbours -----------------------------------------------------------------------

namespace {

double length(QPointF d)
{
    return std::hypot(d.x(), d.y());
}

double dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

constexpr quint8 kExempt = 1;
constexpr quint8 kAlwaysFree = 2;

} // namespace

SeatNeighbours::SeatNeighbours(const SeatPlan &plan)
    : m_plan(&plan)
{
    const QList<Seat> &seats = plan.seats();
    const qsizetype n = seats.size();
    m_position.fill(-1, n);
    m_breakBefore.fill(false, n);
    m_rowSpacing.reserve(plan.rows().size());

    for (const Row &row : plan.rows()) {
        QList<double> gaps;
        gaps.reserve(row.seats.size());
        for (qsizetype k = 1; k < row.seats.size(); ++k)
            gaps.append(length(seats.at(row.seats.at(k)).pos - seats.at(row.seats.at(k - 1)).pos));
        double spacing = 50;
        if (!gaps.isEmpty()) {
            QList<double> sorted = gaps;
            std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
            spacing = std::max(1.0, sorted.at(sorted.size() / 2));
        }
        m_rowSpacing.append(spacing);
        for (qsizetype k = 0; k < row.seats.size(); ++k) {
            const int s = row.seats.at(k);
            m_position[s] = int(k);
            if (k > 0) {
                const Seat &prev = seats.at(row.seats.at(k - 1));
                const bool aisle = prev.flags.testFlag(SeatFlag::Aisle)
                                   && seats.at(s).flags.testFlag(SeatFlag::Aisle);
                m_breakBefore[s] = aisle || gaps.at(k - 1) > spacing * 1.6;
            }
        }
    }
    for (const Table &table : plan.tables()) {
        for (qsizetype k = 0; k < table.seats.size(); ++k)
            m_position[table.seats.at(k)] = int(k);
    }

    // Front and behind: along the row's normal at each seat, the nearest other row whose
    // seats lie within a seat's width of that line.
    m_frontStart.reserve(n + 1);
    m_behindStart.reserve(n + 1);
    m_frontStart.append(0);
    m_behindStart.append(0);
    const QPointF focal = plan.focalPoint();
    for (qsizetype i = 0; i < n; ++i) {
        const Seat &seat = seats.at(i);
        if (seat.row >= 0) {
            const Row &row = plan.rows().at(seat.row);
            const qsizetype k = m_position.at(i);
            QPointF tangent;
            if (row.seats.size() >= 2) {
                const QPointF a = seats.at(row.seats.at(std::max<qsizetype>(0, k - 1))).pos;
                const QPointF b = seats.at(row.seats.at(std::min(row.seats.size() - 1, k + 1))).pos;
                tangent = b - a;
            }
            if (length(tangent) < 1e-9) {
                const double rad = row.angle * std::numbers::pi / 180.0;
                tangent = QPointF(std::cos(rad), std::sin(rad));
            }
            tangent /= length(tangent);
            QPointF normal(-tangent.y(), tangent.x());
            if (dot(normal, focal - seat.pos) < 0)
                normal = -normal; // front faces the focal point
            const double spacing = m_rowSpacing.at(seat.row);
            const double reach = spacing * 3;
            const double side = spacing * 0.75;
            const QList<int> near = plan.seatsIn(
                QRectF(seat.pos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
            auto nearest = [&](double sign, QList<qint32> &out) {
                int bestRow = -1;
                double bestAcross = reach;
                for (int c : near) {
                    const Seat &o = seats.at(c);
                    if (o.row < 0 || o.row == seat.row)
                        continue;
                    const QPointF d = o.pos - seat.pos;
                    const double across = dot(d, normal) * sign;
                    if (across < spacing * 0.3 || std::abs(dot(d, tangent)) > side)
                        continue;
                    if (across < bestAcross || (across == bestAcross && o.row < bestRow)) {
                        bestAcross = across;
                        bestRow = o.row;
                    }
                }
                if (bestRow < 0)
                    return;
                for (int c : near) {
                    const Seat &o = seats.at(c);
                    if (o.row != bestRow)
                        continue;
                    const QPointF d = o.pos - seat.pos;
                    if (dot(d, normal) * sign > 0 && std::abs(dot(d, tangent)) <= side)
                        out.append(c);
                }
            };
            nearest(1, m_front);
            nearest(-1, m_behind);
        }
        m_frontStart.append(qint32(m_front.size()));
        m_behindStart.append(qint32(m_behind.size()));
    }

    // Areas: their seats, and per seat the areas it is in.
    const qsizetype areaCount = plan.areas().size();
    m_areaSeats.reserve(areaCount);
    m_areaSpecial.resize(areaCount);
    QList<qint32> counts(n + 1, 0);
    for (qsizetype a = 0; a < areaCount; ++a) {
        QList<qint32> list;
        for (int s : plan.areaSeatIndices(int(a))) {
            list.append(s);
            ++counts[s + 1];
        }
        m_areaSeats.append(list);
        const DistancingRules &rules = plan.areas().at(a).distancing;
        for (SeatId id : rules.exempt) {
            if (const int s = plan.seatIndex(id); s >= 0)
                m_areaSpecial[a][s] |= kExempt;
        }
        for (SeatId id : rules.alwaysFree) {
            if (const int s = plan.seatIndex(id); s >= 0)
                m_areaSpecial[a][s] |= kAlwaysFree;
        }
    }
    for (qsizetype i = 1; i <= n; ++i)
        counts[i] += counts[i - 1];
    m_areaStart = counts;
    m_areas.resize(counts.isEmpty() ? 0 : counts.last());
    QList<qint32> fill = counts;
    for (qsizetype a = 0; a < areaCount; ++a) {
        for (qint32 s : m_areaSeats.at(a))
            m_areas[fill[s]++] = qint32(a);
    }
    if (m_areaStart.isEmpty())
        m_areaStart.append(0);
}

int SeatNeighbours::along(int seat, int steps) const
{
    const Seat &s = m_plan->seats().at(seat);
    if (s.row >= 0) {
        const QList<qint32> &order = m_plan->rows().at(s.row).seats;
        qsizetype k = m_position.at(seat);
        for (int i = 0; i < std::abs(steps); ++i) {
            if (steps > 0) {
                if (k + 1 >= order.size() || m_breakBefore.at(order.at(k + 1)))
                    return -1;
                ++k;
            } else {
                if (k == 0 || m_breakBefore.at(order.at(k)))
                    return -1;
                --k;
            }
        }
        return order.at(k);
    }
    if (s.table >= 0) {
        const QList<qint32> &order = m_plan->tables().at(s.table).seats;
        const qsizetype size = order.size();
        if (size < 2 || std::abs(steps) >= size)
            return -1;
        const qsizetype k = ((m_position.at(seat) + steps) % size + size) % size;
        return order.at(k) == seat ? -1 : order.at(k);
    }
    return -1;
}

bool SeatNeighbours::isExempt(int area, int seat) const
{
    return m_areaSpecial.at(area).value(seat, 0) & kExempt;
}

bool SeatNeighbours::isAlwaysFree(int area, int seat) const
{
    return m_areaSpecial.at(area).value(seat, 0) & kAlwaysFree;
}

double SeatNeighbours::spacing(int seat) const
{
    const int row = m_plan->seats().at(seat).row;
    return row >= 0 ? m_rowSpacing.at(row) : 50;
}

// --- the overlay --------------------------------------------------------------------------

QString blockKindName(BlockReason::Kind kind)
{
    static const char *const names[] = {"none",
                                        "side",
                                        "front-behind",
                                        "diagonal",
                                        "radius",
                                        "table",
                                        "row-end",
                                        "always-free",
                                        "area-full"};
    return QString::fromLatin1(names[int(kind)]);
}

QString blockReasonText(const SeatPlan &plan, const BlockReason &reason)
{
    const QString area = reason.area >= 0 && reason.area < plan.areas().size()
                             ? plan.areas().at(reason.area).name
                             : QString();
    const QString order = QString::number(reason.order.value);
    QString what;
    switch (reason.kind) {
    case BlockReason::Kind::None:
        return QString();
    case BlockReason::Kind::Side:
        what = QStringLiteral("beside order %1").arg(order);
        break;
    case BlockReason::Kind::FrontBehind:
        what = QStringLiteral("in front of or behind order %1").arg(order);
        break;
    case BlockReason::Kind::Diagonal:
        what = QStringLiteral("diagonal to order %1").arg(order);
        break;
    case BlockReason::Kind::Radius:
        what = QStringLiteral("too close to order %1").arg(order);
        break;
    case BlockReason::Kind::Table:
        what = QStringLiteral("the table is taken by order %1").arg(order);
        break;
    case BlockReason::Kind::RowEnd:
        what = QStringLiteral("kept free at the row end");
        break;
    case BlockReason::Kind::AlwaysFree:
        what = QStringLiteral("always kept free");
        break;
    case BlockReason::Kind::AreaFull:
        what = QStringLiteral("the area is at its maximum occupancy");
        break;
    }
    return area.isEmpty() ? QStringLiteral("distancing: %1").arg(what)
                          : QStringLiteral("distancing in %1: %2").arg(area, what);
}

QHash<SeatId, QString> BlockedSeats::texts(const SeatPlan &plan) const
{
    QHash<SeatId, QString> out;
    out.reserve(m_count);
    for (qsizetype i = 0; i < m_reasons.size(); ++i) {
        if (m_reasons.at(i).kind != BlockReason::Kind::None)
            out.insert(plan.seats().at(i).id, blockReasonText(plan, m_reasons.at(i)));
    }
    return out;
}

void appendDistancedSeats(const SeatNeighbours &geometry, int seat, QList<DistancedSeat> &out)
{
    const SeatPlan &plan = geometry.plan();
    const Seat &s = plan.seats().at(seat);
    for (const qint32 a : geometry.areasOf(seat)) {
        const DistancingRules &rules = plan.areas().at(a).distancing;
        if (!rules.enabled || geometry.isExempt(a, seat))
            continue;
        auto add = [&](int other, BlockReason::Kind kind) {
            if (other >= 0 && other != seat)
                out.append(DistancedSeat{other, kind, a});
        };
        if (rules.radius > 0) {
            const double r = rules.radius;
            const QList<int> near = plan.seatsIn(
                QRectF(s.pos - QPointF(r, r), QSizeF(2 * r, 2 * r)));
            for (int c : near) {
                if (length(plan.seats().at(c).pos - s.pos) < r)
                    add(c, BlockReason::Kind::Radius);
            }
        } else {
            const BlockReason::Kind sideKind = s.table >= 0 ? BlockReason::Kind::Table
                                                            : BlockReason::Kind::Side;
            for (int dir : {-1, 1}) {
                for (int d = 1; d <= rules.seatsEachSide; ++d) {
                    const int other = geometry.along(seat, dir * d);
                    if (other < 0)
                        break;
                    add(other, sideKind);
                }
            }
            if (rules.frontBehind || rules.diagonal) {
                for (auto list : {geometry.front(seat), geometry.behind(seat)}) {
                    for (const qint32 f : list) {
                        if (rules.frontBehind)
                            add(f, BlockReason::Kind::FrontBehind);
                        if (rules.diagonal) {
                            add(geometry.along(f, -1), BlockReason::Kind::Diagonal);
                            add(geometry.along(f, 1), BlockReason::Kind::Diagonal);
                        }
                    }
                }
            }
        }
        if (rules.onePartyPerTable && s.table >= 0) {
            for (const qint32 other : plan.tables().at(s.table).seats)
                add(other, BlockReason::Kind::Table);
        }
    }
}

std::optional<int> occupancyLimit(const DistancingRules &rules, qsizetype areaSeats)
{
    if (rules.maxOccupancy <= 0)
        return std::nullopt;
    if (!rules.occupancyPercent)
        return rules.maxOccupancy;
    return int(areaSeats * std::min(100, rules.maxOccupancy) / 100);
}

BlockedSeats computeBlockedSeats(const SeatNeighbours &geometry, const SeatClaims &claims)
{
    const SeatPlan &plan = geometry.plan();
    const qsizetype n = plan.seats().size();
    BlockedSeats out(n);
    auto exemptAnywhere = [&](int seat) {
        for (const qint32 a : geometry.areasOf(seat)) {
            if (plan.areas().at(a).distancing.enabled && geometry.isExempt(a, seat))
                return true;
        }
        return false;
    };
    auto blockable = [&](int seat) { return !claims.isUnavailable(seat) && !exemptAnywhere(seat); };

    // Rules of the areas themselves.
    for (qsizetype a = 0; a < plan.areas().size(); ++a) {
        const DistancingRules &rules = plan.areas().at(a).distancing;
        if (!rules.enabled)
            continue;
        const QList<qint32> &seats = geometry.areaSeats(int(a));
        const std::optional<int> limit = occupancyLimit(rules, seats.size());
        int taken = 0;
        for (const qint32 s : seats)
            taken += claims.isTaken(s);
        for (const qint32 s : seats) {
            if (claims.isUnavailable(s))
                continue;
            BlockReason reason;
            reason.area = qint32(a);
            if (geometry.isAlwaysFree(int(a), s)) {
                reason.kind = BlockReason::Kind::AlwaysFree;
            } else if (geometry.isExempt(int(a), s)) {
                continue;
            } else if (rules.rowEndSeats > 0 && plan.seats().at(s).row >= 0) {
                const int pos = geometry.position(s);
                const qsizetype size = plan.rows().at(plan.seats().at(s).row).seats.size();
                if (pos < rules.rowEndSeats || pos >= size - rules.rowEndSeats)
                    reason.kind = BlockReason::Kind::RowEnd;
            }
            if (reason.kind == BlockReason::Kind::None && limit && taken >= *limit)
                reason.kind = BlockReason::Kind::AreaFull;
            if (reason.kind != BlockReason::Kind::None)
                out.block(s, reason);
        }
    }

    // The distance kept around every order's seats.
    QList<DistancedSeat> around;
    for (qsizetype s = 0; s < n; ++s) {
        if (!claims.isTaken(int(s)) || geometry.areasOf(int(s)).empty())
            continue;
        around.clear();
        appendDistancedSeats(geometry, int(s), around);
        const OrderId order = claims.orderAt(int(s));
        for (const DistancedSeat &d : around) {
            if (blockable(d.seat))
                out.block(d.seat, BlockReason{d.kind, d.area, order});
        }
    }
    return out;
}

} // namespace parkett
