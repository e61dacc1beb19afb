// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seatsuggest.h"

#include "core/inventory.h"
#include "core/seatplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parkett {

namespace {

double distance(QPointF a, QPointF b)
{
    const QPointF d = a - b;
    return std::sqrt(d.x() * d.x() + d.y() * d.y());
}

} // namespace

QList<SeatId> suggestSeats(const SeatPlan &plan,
                           const Inventory &inventory,
                           CategoryId category,
                           int count,
                           const QDateTime &now,
                           const QSet<SeatId> &exclude)
{
    if (count <= 0)
        return {};
    const QList<Seat> &seats = plan.seats();
    auto usable = [&](int index) {
        const Seat &s = seats.at(index);
        if (category.isValid() && s.category != category)
            return false;
        if (s.flags.testFlag(SeatFlag::Wheelchair))
            return false; // wheelchair places are sold on purpose, never suggested
        return !exclude.contains(s.id) && inventory.seatStatus(s.id, now) == SeatStatus::Free;
    };
    const QPointF focal = plan.focalPoint();

    // Side by side in one row: slide a window over each run of usable seats.
    double bestScore = std::numeric_limits<double>::max();
    QList<int> best;
    for (const Row &row : plan.rows()) {
        const QList<qint32> &order = row.seats;
        // The tightest spacing in the row; a step much wider than it is an aisle.
        double spacing = std::numeric_limits<double>::max();
        for (qsizetype k = 1; k < order.size(); ++k)
            spacing = std::min(spacing,
                               distance(seats.at(order.at(k - 1)).pos, seats.at(order.at(k)).pos));
        auto aisleBetween = [&](qsizetype a, qsizetype b) {
            return distance(seats.at(order.at(a)).pos, seats.at(order.at(b)).pos) > spacing * 1.5;
        };
        qsizetype i = 0;
        while (i < order.size()) {
            if (!usable(order.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < order.size() && usable(order.at(end)) && !aisleBetween(end - 1, end))
                ++end;
            for (qsizetype start = i; start + count <= end; ++start) {
                QPointF centre;
                for (qsizetype k = start; k < start + count; ++k)
                    centre += seats.at(order.at(k)).pos;
                centre /= count;
                double score = distance(centre, focal);
                // A block that leaves exactly one free seat beside it strands that seat.
                const qsizetype leftGap = start - i;
                const qsizetype rightGap = end - (start + count);
                if (leftGap == 1 || rightGap == 1)
                    score *= 1.25;
                if (score < bestScore) {
                    bestScore = score;
                    best.clear();
                    for (qsizetype k = start; k < start + count; ++k)
                        best.append(order.at(k));
                }
            }
            i = end;
        }
    }
    if (best.isEmpty()) {
        // Not enough together anywhere: the nearest free seats, closest to the stage first.
        QList<int> candidates;
        for (int k = 0; k < seats.size(); ++k) {
            if (usable(k))
                candidates.append(k);
        }
        if (candidates.size() < count)
            return {};
        std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
            return distance(seats.at(a).pos, focal) < distance(seats.at(b).pos, focal);
        });
        best = candidates.mid(0, count);
    }
    QList<SeatId> out;
    for (int index : best)
        out.append(seats.at(index).id);
    return out;
}

} // namespace parkett
