// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/distancing.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace parkett {

/** What the counter asks for: N seats, optionally in some categories (a price range is a set
    of categories) or a section, optionally some of them wheelchair places with companions. */
struct BestAvailableRequest
{
    int count = 0;
    QList<CategoryId> categories; ///< any category when empty
    SectionId section;            ///< look here first; other sections only when it has no room
    int wheelchairs = 0;          ///< of count: wheelchair places; the rest sit beside them
    QSet<SeatId> exclude;         ///< seats not to offer (already in the basket)
    /** Free standing places per zone, for the last stage; no standing when empty. */
    QHash<ZoneId, int> standingFree;
    /** False: seats only (BoxOffice then does not fill in standingFree). */
    bool allowStanding = true;
    QString orderType = QStringLiteral("sale"); ///< for the areas' order limits
};

struct BestAvailableResult
{
    /** The stage that found the seats. */
    enum class Stage : quint8 {
        None,          ///< nothing found
        Row,           ///< side by side in one row segment, no single seat left stranded
        RowWithOrphan, ///< side by side, leaving a single seat
        SplitRows,     ///< split over two rows, one in front of the other
        Nearest,       ///< the nearest seats that each sit beside another of the group
        OtherSection,  ///< one of the above, outside the requested section
        Wheelchair,    ///< wheelchair places with companions
        Standing,      ///< standing places
        Scattered,     ///< the nearest free seats, however scattered
        Table,         ///< a whole table, or a party table whose min..max persons fit
    };
    Stage stage = Stage::None;
    QList<SeatId> seats;
    ZoneId zone;      ///< for Standing
    int standing = 0; ///< places in zone

    bool isEmpty() const { return stage == Stage::None; }
};

QString bestAvailableStageName(BestAvailableResult::Stage stage);

/** The staged best-available search: (1) one row segment closest to the plan's focal point
    leaving no single seat stranded, or a free table sold as a unit (booked whole, or by a
    party whose min..max persons fit the count) whose centre is closer, (2) the same allowing that, (3) split over a row and the
    one in front or behind it, (4) the nearest seats where nobody sits alone, (5) the same
    stages in other sections when a section was asked for, (6) standing places, and at last
    (7) the nearest free seats at all, so a sale is never refused while enough seats are free.
    Aisles break row segments; taken, held and blocked seats (\a blocked, the distancing
    overlay) are never offered, and every answer passes checkOrder(). As the house fills
    (85 % of the seats in scope taken), leaving a single seat costs only a little distance
    instead of a whole stage. Deterministic for the same state. */
BestAvailableResult findBestAvailable(const SeatNeighbours &geometry,
                                      const SeatClaims &claims,
                                      const BlockedSeats &blocked,
                                      const BestAvailableRequest &request);

} // namespace parkett
