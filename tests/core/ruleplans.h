// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"

#include <cmath>
#include <numbers>

#include <QStringList>

namespace parkett::test {

/** Row geometries the rule tests run on. */
enum class RowShape { Straight, Curved, Angled };

inline const char *shapeName(RowShape shape)
{
    static const char *const names[] = {"straight", "curved", "angled"};
    return names[int(shape)];
}

/** \a rows rows of \a perRow seats, 50 units apart, rows 90 apart, the stage (focal point)
    400 in front of the middle of row 0; aisles after the positions in \a aisleAfter. Straight: along x. Angled: the whole block turned by 30 degrees. Curved:
    concentric arcs (radius 1500 and up) with the stage on their axis, so each seat's front
    neighbour lies on its radius.
    Seats of row r are labelled by position; row labels are "0", "1", .... One category. */
inline SeatPlan ruleBlock(RowShape shape, int rows = 3, int perRow = 10, QList<int> aisleAfter = {})
{
    SeatPlan plan;
    Category cat;
    cat.name = QStringLiteral("A");
    cat.color = QStringLiteral("#336699");
    const int ci = plan.addCategory(cat);
    Section section;
    section.name = QStringLiteral("Block");
    const int sec = plan.addSection(section);
    const double angle = shape == RowShape::Angled ? 30.0 : 0.0;
    const double rad = angle * std::numbers::pi / 180.0;
    const QPointF along(std::cos(rad), std::sin(rad));
    const QPointF normal(-along.y(), along.x()); // rows go away from the stage
    const double radius0 = 1500;
    // The stage faces the middle of the rows, 400 in front of row 0.
    const QPointF stage = shape == RowShape::Curved
                              ? QPointF(0, radius0 - 400)
                              : along * ((perRow - 1) * 25.0) - normal * 400.0;
    plan.setFocalPoint(stage);
    for (int r = 0; r < rows; ++r) {
        Row row;
        row.label = QString::number(r);
        row.angle = angle;
        row.curve = shape == RowShape::Curved ? 1 : 0;
        const int ri = plan.addRow(sec, row);
        for (int k = 0; k < perRow; ++k) {
            Seat seat;
            seat.label = QString::number(k);
            seat.category = plan.categories().at(ci).id;
            if (shape == RowShape::Curved) {
                const double t = std::numbers::pi / 2 + (k - (perRow - 1) / 2.0) * 50 / radius0;
                const double R = radius0 + r * 90;
                seat.pos = QPointF(R * std::cos(t), R * std::sin(t));
            } else {
                seat.pos = along * (k * 50.0) + normal * (r * 90.0);
            }
            for (int a : aisleAfter) {
                if (k == a || k == a + 1)
                    seat.flags |= SeatFlag::Aisle;
            }
            plan.addSeat(ri, seat);
        }
    }
    return plan;
}

/** The seat index at row \a r, position \a k. */
inline int seatAt(const SeatPlan &plan, int r, int k)
{
    return plan.rows().at(r).seats.at(k);
}

/** "r-k" for a seat index of a row seat; "t<table>-<pos>" for a table seat. */
inline QString place(const SeatPlan &plan, int seat)
{
    const Seat &s = plan.seats().at(seat);
    if (s.row >= 0)
        return QStringLiteral("%1-%2").arg(s.row).arg(plan.rows().at(s.row).seats.indexOf(seat));
    return QStringLiteral("t%1-%2").arg(s.table).arg(plan.tables().at(s.table).seats.indexOf(seat));
}

/** The seat index for "r-k" (row seats) or "t<table>-<pos>". */
inline int seatFor(const SeatPlan &plan, const QString &text)
{
    if (text.startsWith(QLatin1Char('t'))) {
        const QStringList parts = text.mid(1).split(QLatin1Char('-'));
        return plan.tables().at(parts.at(0).toInt()).seats.at(parts.at(1).toInt());
    }
    const QStringList parts = text.split(QLatin1Char('-'));
    return seatAt(plan, parts.at(0).toInt(), parts.at(1).toInt());
}

/** A round table of \a count seats added to \a plan, far from everything else. */
inline int addRoundTable(SeatPlan &plan, int count, QPointF centre, TableBooking booking)
{
    Table t;
    t.label = QStringLiteral("T%1").arg(plan.tables().size() + 1);
    t.center = centre;
    t.radius = 60;
    t.booking = booking;
    const int ti = plan.addTable(t);
    for (int k = 0; k < count; ++k) {
        Seat s;
        s.label = QString::number(k + 1);
        const double a = 2 * std::numbers::pi * k / count;
        s.pos = centre + QPointF(90 * std::cos(a), 90 * std::sin(a));
        s.category = plan.categories().value(0).id;
        plan.addSeatToTable(ti, s);
    }
    return ti;
}

/** One area over every seat and table of \a plan with \a rules; returns its index. */
inline int areaOverAll(SeatPlan &plan, const DistancingRules &rules, const QString &name = {})
{
    Area a;
    a.name = name.isEmpty() ? QStringLiteral("All") : name;
    for (const Seat &s : plan.seats()) {
        if (s.table < 0)
            a.seats.append(s.id);
    }
    for (const Table &t : plan.tables())
        a.tables.append(t.id);
    a.distancing = rules;
    return plan.addArea(a);
}

} // namespace parkett::test
