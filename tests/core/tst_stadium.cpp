// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planvalidation.h"
#include "core/stadium.h"

#include <QJsonDocument>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Stadium final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactSeatCount_data();
    void exactSeatCount();
    void bowlOfSectionsWithCurvedRows();
    void seatsRunAlongTheirRow();
    void cleanAndDeterministic();
};

void tst_Stadium::exactSeatCount_data()
{
    QTest::addColumn<int>("seats");
    QTest::newRow("small") << 500;
    QTest::newRow("10k") << 10000;
    QTest::newRow("100k") << 100000;
}

void tst_Stadium::exactSeatCount()
{
    QFETCH(int, seats);
    const SeatPlan plan = generateStadium({seats, 24, 30});
    QCOMPARE(plan.seats().size(), seats);
    QCOMPARE(plan.categories().size(), 4);
    QCOMPARE(plan.zones().size(), 1);
}

void tst_Stadium::bowlOfSectionsWithCurvedRows()
{
    const SeatPlan plan = generateStadium({60000, 24, 30});
    QVERIFY(plan.sections().size() >= 48); // at least two tiers of 24 sections
    int curved = 0;
    for (const Row &row : plan.rows())
        curved += row.curve > 1;
    QVERIFY2(curved > plan.rows().size() / 2, "most rows follow the bowl");
    // The pitch is empty: no seat inside it, all seats around it.
    const QRectF pitch(-5250, -3400, 10500, 6800);
    bool north = false, south = false, east = false, west = false;
    for (const Seat &s : plan.seats()) {
        QVERIFY(!pitch.contains(s.pos));
        north |= s.pos.y() < -3400;
        south |= s.pos.y() > 3400;
        east |= s.pos.x() > 5250;
        west |= s.pos.x() < -5250;
    }
    QVERIFY(north && south && east && west);
    // The terrace lies between the pitch and the stands: no seat inside it.
    for (const Seat &s : plan.seats())
        QVERIFY(!plan.zones().first().bounds.contains(s.pos));
    QVERIFY(!plan.zones().first().bounds.intersects(pitch));
    int wheelchair = 0;
    for (const Seat &s : plan.seats())
        wheelchair += s.flags.testFlag(SeatFlag::Wheelchair);
    QCOMPARE(wheelchair, 2 * 24); // both ends of the first row of every lower section
}

void tst_Stadium::seatsRunAlongTheirRow()
{
    const SeatPlan plan = generateStadium({20000, 24, 30});
    for (int r = 0; r < plan.rows().size(); r += 37) {
        const Row &row = plan.rows().at(r);
        for (int k = 1; k < row.seats.size(); ++k) {
            const QPointF d = plan.seats().at(row.seats.at(k)).pos
                              - plan.seats().at(row.seats.at(k - 1)).pos;
            const double step = std::hypot(d.x(), d.y());
            QVERIFY2(step > 45 && step < 55, qPrintable(u"row %1 step %2"_s.arg(r).arg(step)));
            QCOMPARE(plan.seats().at(row.seats.at(k)).label, QString::number(k + 1));
        }
    }
}

void tst_Stadium::cleanAndDeterministic()
{
    const SeatPlan plan = generateStadium({30000, 24, 30});
    const QList<PlanProblem> problems = validatePlan(plan, 40);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
    QCOMPARE(generateStadium({30000, 24, 30}).toJson(), plan.toJson());
    // The native format round-trips the generated plan.
    const auto back = SeatPlan::fromJson(
        QJsonDocument::fromJson(QJsonDocument(plan.toJson()).toJson()).object());
    QVERIFY(back);
    QCOMPARE(back->seats().size(), plan.seats().size());
}

QTEST_GUILESS_MAIN(tst_Stadium)
#include "tst_stadium.moc"
