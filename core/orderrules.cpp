// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orderrules.h"

#include <algorithm>

#include <QSet>

namespace parkett {

QString ruleViolationKindName(RuleViolation::Kind kind)
{
    static const char *const names[] = {"unknown-seat",
                                        "taken",
                                        "blocked",
                                        "too-close",
                                        "group-size",
                                        "occupancy",
                                        "table-whole",
                                        "table-persons",
                                        "table-taken",
                                        "max-orders",
                                        "min-persons",
                                        "max-persons",
                                        "price-type",
                                        "order-type"};
    return QString::fromLatin1(names[int(kind)]);
}

QString RuleCheck::summary() const
{
    QStringList parts;
    for (const RuleViolation &v : violations)
        parts.append(v.message);
    return parts.join(QStringLiteral("; "));
}

Error RuleCheck::error() const
{
    return makeError(ErrorCode::RuleViolation, summary());
}

QString seatName(const SeatPlan &plan, int seat)
{
    const QString section = plan.sectionNameOf(seat);
    const QString place = QStringLiteral("%1-%2").arg(plan.rowLabelOf(seat),
                                                      plan.seats().at(seat).label);
    return section.isEmpty() ? place : section + QLatin1Char(' ') + place;
}

namespace {

QString areaName(const SeatPlan &plan, int area)
{
    const QString name = plan.areas().at(area).name;
    return name.isEmpty() ? QStringLiteral("area %1").arg(plan.areas().at(area).id.value) : name;
}

} // namespace

RuleCheck checkOrder(const SeatNeighbours &geometry,
                     const SeatClaims &currentClaims,
                     const OrderRequest &request)
{
    const SeatPlan &plan = geometry.plan();
    RuleCheck check;
    auto violate = [&](RuleViolation::Kind kind, int area, QList<SeatId> seats, QString message) {
        RuleViolation v;
        v.kind = kind;
        v.area = area;
        v.seats = std::move(seats);
        v.message = std::move(message);
        check.violations.append(v);
        return &check.violations.last();
    };

    SeatClaims replaced;
    const SeatClaims *claimsPtr = &currentClaims;
    if (request.replaces.isValid()) {
        replaced = currentClaims;
        replaced.releaseOrder(request.replaces);
        claimsPtr = &replaced;
    }
    const SeatClaims &claims = *claimsPtr;

    // The seats, each once, known and free.
    QList<int> mine;
    QList<QString> priceTypeOf;
    QSet<int> mineSet;
    for (qsizetype i = 0; i < request.seats.size(); ++i) {
        const SeatId id = request.seats.at(i);
        const int s = plan.seatIndex(id);
        if (s < 0) {
            violate(RuleViolation::Kind::UnknownSeat,
                    -1,
                    {id},
                    QStringLiteral("seat %1 is not in the plan").arg(id.value));
            continue;
        }
        if (mineSet.contains(s))
            continue;
        mineSet.insert(s);
        mine.append(s);
        priceTypeOf.append(request.priceTypes.value(i));
        if (claims.isTaken(s))
            violate(RuleViolation::Kind::Taken,
                    -1,
                    {id},
                    QStringLiteral("%1 is taken by order %2")
                        .arg(seatName(plan, s))
                        .arg(claims.orderAt(s).value));
        else if (claims.isHeld(s))
            violate(RuleViolation::Kind::Taken,
                    -1,
                    {id},
                    QStringLiteral("%1 is held").arg(seatName(plan, s)));
    }

    auto exemptAnywhere = [&](int seat) {
        for (const qint32 a : geometry.areasOf(seat)) {
            if (plan.areas().at(a).distancing.enabled && geometry.isExempt(a, seat))
                return true;
        }
        return false;
    };

    // How far another order's rule can reach.
    bool distancing = false;
    int maxSide = 0;
    double maxRadius = 0;
    for (const Area &a : plan.areas()) {
        if (a.distancing.enabled) {
            distancing = true;
            maxSide = std::max(maxSide, a.distancing.seatsEachSide);
            maxRadius = std::max(maxRadius, a.distancing.radius);
        }
    }

    QList<DistancedSeat> around;
    for (int s : std::as_const(mine)) {
        if (claims.isUnavailable(s))
            continue;
        const SeatId id = plan.seats().at(s).id;
        const bool exempt = exemptAnywhere(s);
        // The area's own rules: always-free seats and row ends.
        bool blocked = false;
        for (const qint32 a : geometry.areasOf(s)) {
            const DistancingRules &rules = plan.areas().at(a).distancing;
            if (!rules.enabled)
                continue;
            BlockReason reason;
            reason.area = a;
            if (geometry.isAlwaysFree(a, s)) {
                reason.kind = BlockReason::Kind::AlwaysFree;
            } else if (!geometry.isExempt(a, s) && rules.rowEndSeats > 0
                       && plan.seats().at(s).row >= 0) {
                const int pos = geometry.position(s);
                const qsizetype size = plan.rows().at(plan.seats().at(s).row).seats.size();
                if (pos < rules.rowEndSeats || pos >= size - rules.rowEndSeats)
                    reason.kind = BlockReason::Kind::RowEnd;
            }
            if (reason.kind != BlockReason::Kind::None) {
                violate(RuleViolation::Kind::Blocked,
                        a,
                        {id},
                        QStringLiteral("%1: %2").arg(seatName(plan, s),
                                                     blockReasonText(plan, reason)))
                    ->reason
                    = reason;
                blocked = true;
                break;
            }
        }
        if (blocked || exempt)
            continue;
        // Inside another order's distance (their area's rules).
        if (distancing) {
            const double reach = std::max(maxRadius, geometry.spacing(s) * (2 * maxSide + 6));
            const QPointF p = plan.seats().at(s).pos;
            QList<int> near = plan.seatsIn(
                QRectF(p - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)));
            if (const int table = plan.seats().at(s).table; table >= 0)
                near.append(plan.tables().at(table).seats);
            for (int c : std::as_const(near)) {
                if (!claims.isTaken(c) || mineSet.contains(c))
                    continue;
                around.clear();
                appendDistancedSeats(geometry, c, around);
                const auto hit = std::find_if(around.cbegin(),
                                              around.cend(),
                                              [s](const DistancedSeat &d) { return d.seat == s; });
                if (hit != around.cend()) {
                    const BlockReason reason{hit->kind, hit->area, claims.orderAt(c)};
                    violate(RuleViolation::Kind::Blocked,
                            hit->area,
                            {id},
                            QStringLiteral("%1: %2").arg(seatName(plan, s),
                                                         blockReasonText(plan, reason)))
                        ->reason
                        = reason;
                    blocked = true;
                    break;
                }
            }
        }
        if (blocked)
            continue;
        // The other orders inside this order's distance (its own area's rules).
        around.clear();
        appendDistancedSeats(geometry, s, around);
        for (const DistancedSeat &d : std::as_const(around)) {
            if (!claims.isTaken(d.seat) || mineSet.contains(d.seat) || exemptAnywhere(d.seat))
                continue;
            const BlockReason reason{d.kind, d.area, claims.orderAt(d.seat)};
            violate(RuleViolation::Kind::TooClose,
                    d.area,
                    {id},
                    QStringLiteral("%1 would sit too close to order %2 (%3, distancing in %4)")
                        .arg(seatName(plan, s))
                        .arg(claims.orderAt(d.seat).value)
                        .arg(blockKindName(d.kind), areaName(plan, d.area)))
                ->reason
                = reason;
            break;
        }
    }

    // Per area: distancing group size and occupancy, then the order limits.
    QHash<int, QList<int>> byArea;
    for (int s : std::as_const(mine)) {
        for (const qint32 a : geometry.areasOf(s))
            byArea[a].append(s);
    }
    QList<int> areas = byArea.keys();
    std::sort(areas.begin(), areas.end());
    auto idsOf = [&](const QList<int> &seats) {
        QList<SeatId> ids;
        for (int s : seats)
            ids.append(plan.seats().at(s).id);
        return ids;
    };
    for (int a : std::as_const(areas)) {
        const Area &area = plan.areas().at(a);
        const QList<int> &inArea = byArea.value(a);
        const int persons = int(inArea.size());
        const QString name = areaName(plan, a);
        const DistancingRules &rules = area.distancing;
        if (rules.enabled) {
            if (rules.maxGroupSize > 0 && persons > rules.maxGroupSize)
                violate(RuleViolation::Kind::GroupSize,
                        a,
                        idsOf(inArea),
                        QStringLiteral("%1 allows groups of at most %2 under distancing, %3 asked "
                                       "for")
                            .arg(name)
                            .arg(rules.maxGroupSize)
                            .arg(persons));
            const QList<qint32> &areaSeats = geometry.areaSeats(a);
            if (const std::optional<int> limit = occupancyLimit(rules, areaSeats.size())) {
                int taken = 0;
                for (const qint32 s : areaSeats)
                    taken += claims.isTaken(s);
                if (taken + persons > *limit)
                    violate(RuleViolation::Kind::Occupancy,
                            a,
                            idsOf(inArea),
                            QStringLiteral("%1 may have %2 seats taken under distancing; %3 are "
                                           "taken, %4 asked for")
                                .arg(name)
                                .arg(*limit)
                                .arg(taken)
                                .arg(persons));
            }
        }
        const OrderLimits &limits = area.limits;
        if (limits.maxOrders > 0) {
            QSet<OrderId> orders;
            for (const qint32 s : geometry.areaSeats(a)) {
                if (claims.isTaken(s))
                    orders.insert(claims.orderAt(s));
            }
            if (orders.size() + 1 > limits.maxOrders)
                violate(RuleViolation::Kind::MaxOrders,
                        a,
                        idsOf(inArea),
                        QStringLiteral("%1 takes at most %2 order(s) and has %3")
                            .arg(name)
                            .arg(limits.maxOrders)
                            .arg(orders.size()));
        }
        if (limits.minPersons > 0 && persons < limits.minPersons)
            violate(RuleViolation::Kind::MinPersons,
                    a,
                    idsOf(inArea),
                    QStringLiteral("%1 needs at least %2 persons per order, %3 asked for")
                        .arg(name)
                        .arg(limits.minPersons)
                        .arg(persons));
        if (limits.maxPersons > 0 && persons > limits.maxPersons)
            violate(RuleViolation::Kind::MaxPersons,
                    a,
                    idsOf(inArea),
                    QStringLiteral("%1 takes at most %2 persons per order, %3 asked for")
                        .arg(name)
                        .arg(limits.maxPersons)
                        .arg(persons));
        if (!limits.allowedPriceTypes.isEmpty()) {
            QList<int> wrong;
            QStringList codes;
            for (int s : inArea) {
                const QString code = priceTypeOf.value(mine.indexOf(s));
                if (!code.isEmpty() && !limits.allowedPriceTypes.contains(code)) {
                    wrong.append(s);
                    if (!codes.contains(code))
                        codes.append(code);
                }
            }
            if (!wrong.isEmpty())
                violate(RuleViolation::Kind::PriceType,
                        a,
                        idsOf(wrong),
                        QStringLiteral("%1 sells only %2, not %3")
                            .arg(name,
                                 limits.allowedPriceTypes.join(QStringLiteral(", ")),
                                 codes.join(QStringLiteral(", "))));
        }
        if (!limits.allowedOrderTypes.isEmpty() && !request.orderType.isEmpty()
            && !limits.allowedOrderTypes.contains(request.orderType))
            violate(RuleViolation::Kind::OrderType,
                    a,
                    idsOf(inArea),
                    QStringLiteral("%1 allows only %2, not %3")
                        .arg(name,
                             limits.allowedOrderTypes.join(QStringLiteral(", ")),
                             request.orderType));
    }

    // Tables: booking modes.
    QHash<int, QList<int>> byTable;
    for (int s : std::as_const(mine)) {
        if (const int t = plan.seats().at(s).table; t >= 0)
            byTable[t].append(s);
    }
    QList<int> tables = byTable.keys();
    std::sort(tables.begin(), tables.end());
    for (int t : std::as_const(tables)) {
        const Table &table = plan.tables().at(t);
        const QList<int> &taken = byTable.value(t);
        const QString label = table.label.isEmpty() ? QStringLiteral("table %1").arg(table.id.value)
                                                    : QStringLiteral("table %1").arg(table.label);
        switch (table.booking) {
        case TableBooking::BySeat:
            break;
        case TableBooking::WholeTable:
            if (taken.size() != table.seats.size())
                violate(RuleViolation::Kind::TableWhole,
                        -1,
                        idsOf(taken),
                        QStringLiteral("%1 is booked as a whole: %2 seats, %3 asked for")
                            .arg(label)
                            .arg(table.seats.size())
                            .arg(taken.size()));
            break;
        case TableBooking::Party: {
            const int low = std::max(1, table.minPersons);
            const int high = table.maxPersons > 0 ? table.maxPersons : int(table.seats.size());
            if (taken.size() < low || taken.size() > high)
                violate(RuleViolation::Kind::TablePersons,
                        -1,
                        idsOf(taken),
                        QStringLiteral("%1 takes one party of %2 to %3 persons, %4 asked for")
                            .arg(label)
                            .arg(low)
                            .arg(high)
                            .arg(taken.size()));
            for (const qint32 s : table.seats) {
                if (claims.isTaken(s) && !mineSet.contains(s)) {
                    violate(RuleViolation::Kind::TableTaken,
                            -1,
                            idsOf(taken),
                            QStringLiteral("%1 already has its party (order %2)")
                                .arg(label)
                                .arg(claims.orderAt(s).value));
                    break;
                }
            }
            break;
        }
        }
    }
    return check;
}

bool hasSeatingRules(const SeatPlan &plan)
{
    if (!plan.areas().isEmpty())
        return true;
    for (const Table &t : plan.tables()) {
        if (t.booking != TableBooking::BySeat)
            return true;
    }
    return false;
}

} // namespace parkett
