// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seatsuggest.h"

#include "core/bestavailable.h"
#include "core/inventory.h"
#include "core/seatplan.h"

namespace parkett {

QList<SeatId> suggestSeats(const SeatPlan &plan,
                           const Inventory &inventory,
                           CategoryId category,
                           int count,
                           const QDateTime &now,
                           const QSet<SeatId> &exclude)
{
    if (count <= 0)
        return {};
    const SeatNeighbours geometry(plan);
    const SeatClaims claims = SeatClaims::fromInventory(plan, inventory, now);
    const BlockedSeats blocked = computeBlockedSeats(geometry, claims);
    BestAvailableRequest request;
    request.count = count;
    if (category.isValid())
        request.categories.append(category);
    request.exclude = exclude;
    return findBestAvailable(geometry, claims, blocked, request).seats;
}

} // namespace parkett
