// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stadium.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace parkett {

namespace {

// Plan units are centimetres.
constexpr double kSeatSpacing = 50;
constexpr double kRowDepth = 80;
constexpr double kStairWidth = 120; ///< radial stairs between sections
constexpr double kWalkway = 400;    ///< concourse between tiers
// The innermost row is an ellipse around the pitch (105 x 68 m) with the pitch's aspect:
// half-axes of sqrt(2) times the pitch's half size, plus a margin.
constexpr double kPitchHalfLength = 5250 * 1.41421356 + 300;
constexpr double kPitchHalfWidth = 3400 * 1.41421356 + 300;

QPointF onEllipse(double a, double b, double t)
{
    // Hundredths of a unit (a tenth of a millimetre) are plenty, and keep the plan's JSON short:
    // full doubles made a 100k plan's file a fifth longer and slower to open.
    const auto hundredths = [](double v) { return std::round(v * 100) / 100; };
    return QPointF(hundredths(a * std::cos(t)), hundredths(b * std::sin(t)));
}

/** Arc length of the ellipse between angles t0 and t1, by summing small chords. */
double arcLength(double a, double b, double t0, double t1)
{
    const int steps = 32;
    double length = 0;
    QPointF prev = onEllipse(a, b, t0);
    for (int i = 1; i <= steps; ++i) {
        const QPointF p = onEllipse(a, b, t0 + (t1 - t0) * i / steps);
        length += std::hypot(p.x() - prev.x(), p.y() - prev.y());
        prev = p;
    }
    return length;
}

/** Angles along the ellipse from t0 at arc distances offset, offset + spacing, ... (count of
    them), found in one walk with interpolation inside each small step, so no error adds up. */
QList<double> anglesAlong(double a, double b, double t0, double offset, double spacing, int count)
{
    QList<double> out;
    out.reserve(count);
    const double step = 0.0002;
    double t = t0;
    double travelled = 0;
    QPointF prev = onEllipse(a, b, t);
    while (out.size() < count) {
        const double target = offset + spacing * double(out.size());
        const QPointF p = onEllipse(a, b, t + step);
        const double d = std::hypot(p.x() - prev.x(), p.y() - prev.y());
        if (travelled + d >= target) {
            out.append(t + step * (target - travelled) / d);
            continue;
        }
        travelled += d;
        t += step;
        prev = p;
    }
    return out;
}

} // namespace

SeatPlan generateStadium(const StadiumOptions &options)
{
    SeatPlan plan;
    plan.setName(QStringLiteral("Generated stadium, %1 seats").arg(options.seats));
    plan.setFocalPoint(QPointF(0, 0));
    const CategoryId cats[4] = {
        plan.categories()
            .value(plan.addCategory({{}, QStringLiteral("Category 1"), QStringLiteral("#c2185b")}))
            .id,
        plan.categories()
            .value(plan.addCategory({{}, QStringLiteral("Category 2"), QStringLiteral("#1976d2")}))
            .id,
        plan.categories()
            .value(plan.addCategory({{}, QStringLiteral("Category 3"), QStringLiteral("#388e3c")}))
            .id,
        plan.categories()
            .value(plan.addCategory({{}, QStringLiteral("Category 4"), QStringLiteral("#f57c00")}))
            .id,
    };
    plan.addShape({Shape::Kind::Rectangle,
                   QRectF(-5250, -3400, 10500, 6800),
                   {},
                   QStringLiteral("PITCH"),
                   QStringLiteral("#2e7d32")});

    const int sectionsPerTier = std::max(4, options.sectionsPerTier);
    const int rowsPerTier = std::max(1, options.rowsPerTier);
    int placed = 0;
    for (int tier = 0; placed < options.seats; ++tier) {
        const double inset = tier * (rowsPerTier * kRowDepth + kWalkway);
        // Upper tiers are turned by half a section so the stairs do not line up.
        const double turn = (tier % 2) * std::numbers::pi / sectionsPerTier;
        const double sweep = 2 * std::numbers::pi / sectionsPerTier;
        // How many rows this tier needs, so section outlines end with the last row.
        auto seatsInRow = [&](int r, int s) {
            const double a = kPitchHalfLength + inset + (r + 0.5) * kRowDepth;
            const double b = kPitchHalfWidth + inset + (r + 0.5) * kRowDepth;
            const double t0 = turn + s * sweep;
            return std::max(1, int((arcLength(a, b, t0, t0 + sweep) - kStairWidth) / kSeatSpacing));
        };
        int rowsInTier = 0;
        for (int left = options.seats - placed; rowsInTier < rowsPerTier && left > 0; ++rowsInTier) {
            for (int s = 0; s < sectionsPerTier; ++s)
                left -= seatsInRow(rowsInTier, s);
        }
        QList<int> sectionIndex(sectionsPerTier);
        for (int s = 0; s < sectionsPerTier; ++s) {
            const double t0 = turn + s * sweep;
            const double aIn = kPitchHalfLength + inset, bIn = kPitchHalfWidth + inset;
            const double aOut = aIn + rowsInTier * kRowDepth, bOut = bIn + rowsInTier * kRowDepth;
            QList<QPointF> outline;
            for (int i = 0; i <= 8; ++i)
                outline.append(onEllipse(aIn, bIn, t0 + sweep * i / 8));
            for (int i = 8; i >= 0; --i)
                outline.append(onEllipse(aOut, bOut, t0 + sweep * i / 8));
            Section section;
            section.name = QStringLiteral("%1%2").arg(tier + 1).arg(s + 1, 2, 10, QLatin1Char('0'));
            section.outline = outline;
            sectionIndex[s] = plan.addSection(section);
        }
        for (int r = 0; r < rowsInTier && placed < options.seats; ++r) {
            const double a = kPitchHalfLength + inset + (r + 0.5) * kRowDepth;
            const double b = kPitchHalfWidth + inset + (r + 0.5) * kRowDepth;
            for (int s = 0; s < sectionsPerTier && placed < options.seats; ++s) {
                const double t0 = turn + s * sweep;
                const int count = seatsInRow(r, s);
                const QList<double> angles = anglesAlong(
                    a, b, t0, kStairWidth / 2 + kSeatSpacing / 2, kSeatSpacing, count);
                // Long sides (around 90 and 270 degrees) are the better seats.
                const double mid = std::fmod(t0 + sweep / 2, std::numbers::pi);
                const bool side = std::abs(mid - std::numbers::pi / 2) < std::numbers::pi / 4;
                const int category = std::min(3,
                                              (side ? 0 : 2) + tier
                                                  + (r >= rowsPerTier / 2 ? 1 : 0));
                Row row;
                row.label = QString::number(r + 1);
                const QPointF first = onEllipse(a, b, angles.first());
                const QPointF last = onEllipse(a, b, angles.last());
                const QPointF middle = onEllipse(a, b, (angles.first() + angles.last()) / 2);
                const QPointF chordMid = (first + last) / 2;
                row.angle = std::atan2(last.y() - first.y(), last.x() - first.x()) * 180
                            / std::numbers::pi;
                row.curve = std::hypot(middle.x() - chordMid.x(), middle.y() - chordMid.y());
                const int rowIndex = plan.addRow(sectionIndex[s], row);
                for (int k = 0; k < count && placed < options.seats; ++k) {
                    Seat seat;
                    seat.label = QString::number(k + 1);
                    seat.pos = onEllipse(a, b, angles.at(k));
                    // Seats face the pitch: the inward normal of the ellipse.
                    seat.rotation = float(
                        std::atan2(-seat.pos.y() / (b * b), -seat.pos.x() / (a * a)) * 180
                            / std::numbers::pi
                        + 90);
                    seat.category = cats[category];
                    if (tier == 0 && r == 0 && (k == 0 || k == count - 1))
                        seat.flags |= SeatFlag::Wheelchair;
                    else if (tier == 0 && r == 0 && (k == 1 || k == count - 2))
                        seat.flags |= SeatFlag::Companion;
                    if (k == 0 || k == count - 1)
                        seat.flags |= SeatFlag::Aisle;
                    plan.addSeat(rowIndex, seat);
                    ++placed;
                }
            }
        }
    }
    // A standing terrace behind the west goal, between the pitch and the lowest tier.
    plan.addZone(
        {{}, QStringLiteral("West terrace"), QRectF(-7100, -1500, 1600, 3000), 2000, cats[3], {}});
    return plan;
}

} // namespace parkett
