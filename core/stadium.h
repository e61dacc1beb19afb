// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"

namespace parkett {

struct StadiumOptions
{
    int seats = 100000; ///< exactly this many seats
    int sectionsPerTier = 24;
    int rowsPerTier = 30;
};

/** A realistic generated stadium: a bowl of tiers around an elliptic pitch, each tier split
    into sections by radial stairs, curved rows following the bowl, seat numbers along each
    row, four price categories from the best (long sides, low) to the cheapest (ends, high),
    wheelchair places on the first row of each lower section and a standing terrace behind one
    goal. Deterministic: the same options give the same plan. */
SeatPlan generateStadium(const StadiumOptions &options);

} // namespace parkett
