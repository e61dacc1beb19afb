// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace parkett {

class Inventory;
class SeatPlan;

/** The counter's "N best seats": \a count seats of \a category (any when invalid) by the
    staged best-available search of core/bestavailable.h, with the plan's distancing rules and
    holds respected and wheelchair places left out; seats in \a exclude (already in the basket)
    are skipped. Empty when the seats cannot be found. Deterministic for the same state. It
    computes the plan's geometry on every call; callers that ask often keep a SeatNeighbours
    and call findBestAvailable() themselves. */
QList<SeatId> suggestSeats(const SeatPlan &plan,
                           const Inventory &inventory,
                           CategoryId category,
                           int count,
                           const QDateTime &now,
                           const QSet<SeatId> &exclude = {});

} // namespace parkett
