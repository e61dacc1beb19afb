// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planvalidation.h"

#include <QHash>
#include <QSet>

namespace parkett {

QString problemKindName(PlanProblem::Kind kind)
{
    static const char *const names[] = {"duplicate-label",
                                        "no-category",
                                        "overlapping-seats",
                                        "empty-row"};
    return QString::fromLatin1(names[int(kind)]);
}

QList<PlanProblem> validatePlan(const SeatPlan &plan, double minDistance)
{
    QList<PlanProblem> problems;
    const QList<Seat> &seats = plan.seats();
    auto where = [&](int i) {
        const QString section = plan.sectionNameOf(i);
        const QString row = plan.rowLabelOf(i);
        return QStringLiteral("%1%2%3").arg(section.isEmpty() ? QString()
                                                              : section + QLatin1Char(' '),
                                            row.isEmpty() ? QString() : row + QLatin1Char('-'),
                                            seats.at(i).label);
    };

    // Labels must be unique within a section (rows and tables carry their own label).
    QHash<QString, int> firstWithLabel;
    for (int i = 0; i < seats.size(); ++i) {
        const QString key = plan.sectionNameOf(i) + QChar(1) + plan.rowLabelOf(i) + QChar(1)
                            + (seats.at(i).table >= 0 ? QStringLiteral("t") : QString()) + QChar(1)
                            + seats.at(i).label;
        const auto it = firstWithLabel.constFind(key);
        if (it == firstWithLabel.cend()) {
            firstWithLabel.insert(key, i);
            continue;
        }
        problems.append({PlanProblem::Kind::DuplicateLabel,
                         QStringLiteral("seat label %1 is used twice").arg(where(i)),
                         {*it, i},
                         seats.at(i).row});
    }

    QSet<qint64> categories;
    for (const Category &c : plan.categories())
        categories.insert(c.id.value);
    for (int i = 0; i < seats.size(); ++i) {
        if (!categories.contains(seats.at(i).category.value))
            problems.append({PlanProblem::Kind::SeatWithoutCategory,
                             QStringLiteral("seat %1 has no category").arg(where(i)),
                             {i},
                             seats.at(i).row});
    }

    // Each pair once: only look at neighbours with a higher index.
    const double d2 = minDistance * minDistance;
    for (int i = 0; i < seats.size(); ++i) {
        const QPointF p = seats.at(i).pos;
        const QList<int> near = plan.seatsIn(QRectF(p - QPointF(minDistance, minDistance),
                                                    QSizeF(2 * minDistance, 2 * minDistance)));
        for (int j : near) {
            if (j <= i)
                continue;
            const QPointF d = seats.at(j).pos - p;
            if (d.x() * d.x() + d.y() * d.y() < d2)
                problems.append({PlanProblem::Kind::OverlappingSeats,
                                 QStringLiteral("seats %1 and %2 overlap").arg(where(i), where(j)),
                                 {i, j},
                                 seats.at(i).row});
        }
    }

    for (int r = 0; r < plan.rows().size(); ++r) {
        if (plan.rows().at(r).seats.isEmpty()) {
            const Row &row = plan.rows().at(r);
            const QString section = row.section >= 0 ? plan.sections().at(row.section).name
                                                     : QString();
            problems.append(
                {PlanProblem::Kind::EmptyRow,
                 QStringLiteral("row %1 %2 has no seats").arg(section, row.label).simplified(),
                 {},
                 r});
        }
    }
    return problems;
}

PlanStats planStats(const SeatPlan &plan)
{
    PlanStats s;
    s.seats = int(plan.seats().size());
    s.rows = int(plan.rows().size());
    s.sections = int(plan.sections().size());
    s.tables = int(plan.tables().size());
    s.zones = int(plan.zones().size());
    s.standingCapacity = plan.standingCapacity();
    s.categories = int(plan.categories().size());
    for (const Seat &seat : plan.seats())
        s.wheelchair += seat.flags.testFlag(SeatFlag::Wheelchair);
    return s;
}

} // namespace parkett
