// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/holds.h"

namespace parkett {

QDateTime HoldCode::releaseTime(const QDateTime &start) const
{
    QDateTime relative;
    if (releaseMinutesBefore > 0 && start.isValid())
        relative = start.addSecs(-qint64(releaseMinutesBefore) * 60);
    if (releaseAt.isValid() && relative.isValid())
        return std::min(releaseAt, relative);
    return releaseAt.isValid() ? releaseAt : relative;
}

bool HoldCode::isReleased(const QDateTime &start, const QDateTime &now) const
{
    const QDateTime at = releaseTime(start);
    return at.isValid() && now >= at;
}

bool HoldCode::allowsRole(const QString &roleName) const
{
    return roleName == QLatin1StringView("supervisor") || roleName == QLatin1StringView("admin")
           || (!role.isEmpty() && roleName == role);
}

} // namespace parkett
