// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "core/inventory.h"
#include "core/seatsuggest.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_SeatSuggest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void togetherNearTheStage();
    void respectsCategoryTakenAndExcluded();
    void aisleSplitsBlocks();
    void fallsBackToNearestWhenNoRowHasRoom();
    void deterministic();

private:
    bool adjacentInOneRow(const QList<SeatId> &seats) const;
    SeatPlan m_plan;
    CategoryId m_catA, m_catC;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_SeatSuggest::initTestCase()
{
    m_plan = buildDemoData(QDate(2026, 11, 22)).plan;
    m_catA = m_plan.categories().at(0).id;
    m_catC = m_plan.categories().at(2).id;
}

bool tst_SeatSuggest::adjacentInOneRow(const QList<SeatId> &seats) const
{
    const int row = m_plan.seat(seats.first())->row;
    QList<int> positions;
    for (SeatId id : seats) {
        if (m_plan.seat(id)->row != row)
            return false;
        positions.append(m_plan.rows().at(row).seats.indexOf(m_plan.seatIndex(id)));
    }
    std::sort(positions.begin(), positions.end());
    return positions.last() - positions.first() == positions.size() - 1;
}

void tst_SeatSuggest::togetherNearTheStage()
{
    Inventory inv(PerformanceId(1));
    const QList<SeatId> four = suggestSeats(m_plan, inv, {}, 4, m_now);
    QCOMPARE(four.size(), 4);
    QVERIFY(adjacentInOneRow(four));
    // Empty house: the front row, next to the centre aisle.
    QCOMPARE(m_plan.rows().at(m_plan.seat(four.first())->row).label, u"A"_s);
}

void tst_SeatSuggest::respectsCategoryTakenAndExcluded()
{
    Inventory inv(PerformanceId(1));
    // Sell all of row A.
    for (int i : m_plan.rows().first().seats)
        inv.setSeatClaim(m_plan.seats().at(i).id, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    const QList<SeatId> two = suggestSeats(m_plan, inv, m_catA, 2, m_now);
    QCOMPARE(two.size(), 2);
    for (SeatId id : two) {
        QCOMPARE(m_plan.seat(id)->category, m_catA);
        QCOMPARE(inv.seatStatus(id, m_now), SeatStatus::Free);
    }
    QCOMPARE(m_plan.rows().at(m_plan.seat(two.first())->row).label, u"B"_s);
    const QList<SeatId> again = suggestSeats(m_plan, inv, m_catA, 2, m_now, {two.begin(), two.end()});
    QVERIFY(!again.contains(two.first()) && !again.contains(two.last()));
    // Wheelchair places are never suggested.
    const QList<SeatId> cheap = suggestSeats(m_plan, inv, m_catC, 200, m_now);
    for (SeatId id : cheap)
        QVERIFY(!m_plan.seat(id)->flags.testFlag(SeatFlag::Wheelchair));
}

void tst_SeatSuggest::aisleSplitsBlocks()
{
    // 13 seats together would need to span the centre aisle of a 24-seat stalls row.
    Inventory inv(PerformanceId(1));
    const QList<SeatId> thirteen = suggestSeats(m_plan, inv, m_catA, 13, m_now);
    QCOMPARE(thirteen.size(), 13);
    QVERIFY(!adjacentInOneRow(thirteen)
            || m_plan.sectionNameOf(m_plan.seatIndex(thirteen.first())) != u"Stalls"_s);
}

void tst_SeatSuggest::fallsBackToNearestWhenNoRowHasRoom()
{
    Inventory inv(PerformanceId(1));
    // Leave only every other seat free in category A: no two together.
    int k = 0;
    for (const Seat &s : m_plan.seats()) {
        if (s.category == m_catA && (k++ % 2 == 0))
            inv.setSeatClaim(s.id, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    }
    const QList<SeatId> two = suggestSeats(m_plan, inv, m_catA, 2, m_now);
    QCOMPARE(two.size(), 2);
    for (SeatId id : two)
        QCOMPARE(inv.seatStatus(id, m_now), SeatStatus::Free);
    // More than are free: nothing rather than a partial answer.
    QVERIFY(suggestSeats(m_plan, inv, m_catA, 1000, m_now).isEmpty());
    QVERIFY(suggestSeats(m_plan, inv, m_catA, 0, m_now).isEmpty());
}

void tst_SeatSuggest::deterministic()
{
    Inventory inv(PerformanceId(1));
    inv.setSeatClaim(m_plan.seats().at(5).id, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    QCOMPARE(suggestSeats(m_plan, inv, {}, 3, m_now), suggestSeats(m_plan, inv, {}, 3, m_now));
}

QTEST_GUILESS_MAIN(tst_SeatSuggest)
#include "tst_seatsuggest.moc"
