// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "core/planvalidation.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_PlanValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPlanIsClean();
    void findsEachKindOfProblem();
    void stats();
};

void tst_PlanValidation::demoPlanIsClean()
{
    const SeatPlan plan = buildDemoData(QDate(2026, 11, 22)).plan;
    const QList<PlanProblem> problems = validatePlan(plan);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
}

void tst_PlanValidation::findsEachKindOfProblem()
{
    SeatPlan plan;
    const CategoryId cat = plan.categories().value(plan.addCategory({{}, u"A"_s, u"#ff0000"_s})).id;
    const int section = plan.addSection({{}, u"Stalls"_s, {}, {}});
    Row a;
    a.label = u"A"_s;
    const int rowA = plan.addRow(section, a);
    Row empty;
    empty.label = u"B"_s;
    const int rowB = plan.addRow(section, empty);
    auto seat = [&](const QString &label, QPointF pos, CategoryId c) {
        Seat s;
        s.label = label;
        s.pos = pos;
        s.category = c;
        return plan.addSeat(rowA, s);
    };
    const int s1 = seat(u"1"_s, QPointF(0, 0), cat);
    const int s2 = seat(u"2"_s, QPointF(50, 0), cat);
    const int dup = seat(u"2"_s, QPointF(100, 0), cat);
    const int noCat = seat(u"3"_s, QPointF(150, 0), CategoryId());
    const int close = seat(u"4"_s, QPointF(155, 0), cat);
    Q_UNUSED(s1);

    const QList<PlanProblem> problems = validatePlan(plan, 20);
    QCOMPARE(problems.size(), 4);
    QCOMPARE(problems.at(0).kind, PlanProblem::Kind::DuplicateLabel);
    QCOMPARE(problems.at(0).seats, (QList<int>{s2, dup}));
    QVERIFY(problems.at(0).message.contains(u"Stalls A-2"_s));
    QCOMPARE(problems.at(1).kind, PlanProblem::Kind::SeatWithoutCategory);
    QCOMPARE(problems.at(1).seats, QList<int>{noCat});
    QCOMPARE(problems.at(2).kind, PlanProblem::Kind::OverlappingSeats);
    QCOMPARE(problems.at(2).seats, (QList<int>{noCat, close}));
    QCOMPARE(problems.at(3).kind, PlanProblem::Kind::EmptyRow);
    QCOMPARE(problems.at(3).row, rowB);
    QCOMPARE(problemKindName(PlanProblem::Kind::EmptyRow), u"empty-row"_s);
}

void tst_PlanValidation::stats()
{
    const SeatPlan plan = buildDemoData(QDate(2026, 11, 22)).plan;
    const PlanStats s = planStats(plan);
    QCOMPARE(s.seats, 456);
    QCOMPARE(s.categories, 3);
    QCOMPARE(s.zones, 1);
    QCOMPARE(s.standingCapacity, 150);
    QCOMPARE(s.wheelchair, 2);
    QCOMPARE(s.sections, 4);
    QCOMPARE(s.rows, 12 + 1 + 4 + 5);
}

QTEST_GUILESS_MAIN(tst_PlanValidation)
#include "tst_planvalidation.moc"
