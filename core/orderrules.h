// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/distancing.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parkett {

/** A prospective order as the seating rules see it. */
struct OrderRequest
{
    QList<SeatId> seats;
    /** The price type code of each seat, in the order of seats; may be empty when unknown. */
    QStringList priceTypes;
    /** "sale" or "reservation"; empty while not known yet (a hold), which no limit refuses. */
    QString orderType = QStringLiteral("sale");
    /** An order being exchanged or changed: its seats count as free. */
    OrderId replaces;
};

/** One broken rule, with the area it belongs to and the seats concerned. */
struct RuleViolation
{
    enum class Kind : quint8 {
        UnknownSeat,
        Taken,        ///< sold, reserved or held
        Blocked,      ///< in the blocked overlay (see reason)
        TooClose,     ///< the new order would sit within another order's distance
        GroupSize,    ///< more seats in a distancing area than its group size
        Occupancy,    ///< the area would exceed its maximum occupancy
        TableWhole,   ///< a whole-table booking must take every seat of the table
        TablePersons, ///< a party booking outside the table's min/max persons
        TableTaken,   ///< the table already has its party
        MaxOrders,
        MinPersons,
        MaxPersons,
        PriceType,
        OrderType,
    };
    Kind kind = Kind::Blocked;
    qint32 area = -1; ///< area index, -1 when the rule is not an area's
    QList<SeatId> seats;
    BlockReason reason; ///< for Blocked and TooClose
    QString message;    ///< plain text naming the seats and the rule
};

QString ruleViolationKindName(RuleViolation::Kind kind);

/** The outcome of a rule check; empty means the order may be placed. */
struct RuleCheck
{
    QList<RuleViolation> violations;

    bool isOk() const { return violations.isEmpty(); }
    /** Every violation's message, joined with "; ". */
    QString summary() const;
    /** ErrorCode::RuleViolation with the summary. */
    Error error() const;
};

/** Checks a prospective order against the plan's rules and the current claims: the seats are
    free and outside the blocked overlay; the order keeps every distance its areas ask for from
    the other orders (both ways: its own area's rule and theirs); group size, occupancy, one
    party per table, table booking modes, and each area's order limits (orders, persons,
    price types, order types). Pure and local: it looks only around the requested seats. */
RuleCheck checkOrder(const SeatNeighbours &geometry,
                     const SeatClaims &claims,
                     const OrderRequest &request);

/** Whether the plan has any rule an order can break (areas, or tables not booked by seat);
    without one, checkOrder() has nothing to check beyond availability. */
bool hasSeatingRules(const SeatPlan &plan);

/** "Stalls C-7": section, row and seat label of a seat index. */
QString seatName(const SeatPlan &plan, int seat);

} // namespace parkett
