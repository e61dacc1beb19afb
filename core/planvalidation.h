// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"

#include <QList>
#include <QString>

namespace parkett {

/** Something in a plan that will hurt at the counter. Seats and rows are indices into the
    plan, so an editor can select them. */
struct PlanProblem
{
    enum class Kind { DuplicateLabel, SeatWithoutCategory, OverlappingSeats, EmptyRow };
    Kind kind;
    QString message;
    QList<int> seats;
    int row = -1;
};

struct PlanStats
{
    int seats = 0;
    int rows = 0;
    int sections = 0;
    int tables = 0;
    int zones = 0;
    int standingCapacity = 0;
    int categories = 0;
    int wheelchair = 0;
};

/** Duplicate labels (same section, row and seat label), seats without a category of the
    plan, seats closer than \a minDistance plan units to another, rows without seats. */
QList<PlanProblem> validatePlan(const SeatPlan &plan, double minDistance = 20);
PlanStats planStats(const SeatPlan &plan);
QString problemKindName(PlanProblem::Kind kind);

} // namespace parkett
