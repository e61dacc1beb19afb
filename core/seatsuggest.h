// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace parkett {

class Inventory;
class SeatPlan;

/** Finds \a count free seats for the counter's "next best" action: side by side in one row,
    as close to the plan's focal point as possible, preferring blocks that leave no single
    seat stranded; falls back to the nearest free seats when no row has enough together.
    Seats in \a exclude (already in the basket) are skipped. Deterministic for the same state.
    The rules issue replaces this with the staged best-available search. */
QList<SeatId> suggestSeats(const SeatPlan &plan,
                           const Inventory &inventory,
                           CategoryId category,
                           int count,
                           const QDateTime &now,
                           const QSet<SeatId> &exclude = {});

} // namespace parkett
