// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/editorsettings.h"

#include <algorithm>
#include <cmath>

namespace parkett {

EditorSettings::EditorSettings(QObject *parent)
    : QObject(parent)
{}

QPointF EditorSettings::snap(QPointF p, const SeatPlan *plan) const
{
    if (snapToGrid && gridSize > 0)
        return {std::round(p.x() / gridSize) * gridSize, std::round(p.y() / gridSize) * gridSize};
    if (snapToRows && plan) {
        // Line up with the nearest seat: same y as its row when close, same x when close.
        const int nearest = plan->seatAt(p, seatSpacing);
        if (nearest >= 0) {
            const QPointF s = plan->seats().at(nearest).pos;
            QPointF out = p;
            if (std::abs(s.y() - p.y()) < seatSpacing / 3)
                out.setY(s.y());
            if (std::abs(s.x() - p.x()) < seatSpacing / 3)
                out.setX(s.x());
            return out;
        }
    }
    return p;
}

double EditorSettings::sagittaFor(double chord) const
{
    if (!curveByRadius)
        return curveSagitta;
    const double r = std::abs(curveRadius);
    if (r <= 0)
        return 0;
    const double half = std::min(chord / 2, r);
    const double h = r - std::sqrt(r * r - half * half);
    return curveRadius < 0 ? -h : h;
}

} // namespace parkett
