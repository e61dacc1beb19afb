// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

/** A named hold ("house seats", "press", "technical kill", "outlet quota"): seats or standing
    places kept off general sale for a performance. Who may release or sell them is a role;
    supervisors and admins always may. A hold may end by itself: at a fixed time, or a number
    of minutes before the performance starts; held places are then for sale to everybody. */
struct HoldCode
{
    QString code;  ///< short stable key: "HOUSE"
    QString name;  ///< "House seats"
    QString color; ///< "#rrggbb"
    QString role;  ///< role name allowed to release or sell ("box-office"); empty: supervisors
    QDateTime releaseAt;          ///< invalid: no fixed release time
    int releaseMinutesBefore = 0; ///< > 0: released this long before the start

    /** When the hold ends for a performance starting at \a start; invalid when it does not. */
    QDateTime releaseTime(const QDateTime &start) const;
    bool isReleased(const QDateTime &start, const QDateTime &now) const;
    /** Whether a user of \a roleName may release the hold or sell its places. */
    bool allowsRole(const QString &roleName) const;
};

/** Hold codes applied to one performance. */
struct PerformanceHolds
{
    struct SeatHold
    {
        SeatId seat;
        QString code;
    };
    struct ZoneHold
    {
        ZoneId zone;
        QString code;
        int quantity = 0;
    };
    QList<SeatHold> seats;
    QList<ZoneHold> zones;
};

} // namespace parkett
