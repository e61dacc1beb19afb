// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "core/inventory.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Inventory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusesAndExpiry();
    void countsAddUp();
    void refusalNamesEverySeat();
    void standingCapacity();

private:
    SeatPlan m_plan;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
};

void tst_Inventory::initTestCase()
{
    m_plan = buildDemoData(QDate(2026, 11, 22)).plan;
}

void tst_Inventory::statusesAndExpiry()
{
    Inventory inv(PerformanceId(1));
    const SeatId a = m_plan.seats().at(0).id, b = m_plan.seats().at(1).id,
                 c = m_plan.seats().at(2).id;
    inv.setSeatClaim(a, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    inv.setSeatClaim(b, SeatClaim{SeatStatus::Reserved, OrderId(2), m_now.addSecs(60), {}});
    inv.setSeatClaim(c, SeatClaim{SeatStatus::Blocked, {}, {}, u"TECH"_s});
    QCOMPARE(inv.seatStatus(a, m_now), SeatStatus::Sold);
    QCOMPARE(inv.seatStatus(b, m_now), SeatStatus::Reserved);
    QCOMPARE(inv.seatStatus(b, m_now.addSecs(60)), SeatStatus::Free);
    QCOMPARE(inv.seatStatus(c, m_now.addYears(1)), SeatStatus::Blocked);
    QCOMPARE(inv.seatClaim(c)->holdCode, u"TECH"_s);
    QCOMPARE(inv.seatStatus(m_plan.seats().at(3).id, m_now), SeatStatus::Free);
    inv.clearSeat(a);
    QCOMPARE(inv.seatStatus(a, m_now), SeatStatus::Free);
}

void tst_Inventory::countsAddUp()
{
    Inventory inv(PerformanceId(1));
    const ZoneId zone = m_plan.zones().first().id;
    inv.setZoneCapacity(zone, 150);
    inv.setSeatClaim(m_plan.seats().at(0).id, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    inv.setSeatClaim(m_plan.seats().at(1).id,
                     SeatClaim{SeatStatus::Reserved, OrderId(2), m_now.addDays(1), {}});
    inv.setSeatClaim(m_plan.seats().at(2).id,
                     SeatClaim{SeatStatus::Reserved, OrderId(3), m_now.addDays(-1), {}});
    inv.addZoneClaim(zone, SeatStatus::Sold, 4);
    inv.addZoneClaim(zone, SeatStatus::Reserved, 2, m_now.addDays(-1)); // expired: free again
    const Inventory::Counts c = inv.counts(m_plan, m_now);
    QCOMPARE(c.sold, 1 + 4);
    QCOMPARE(c.reserved, 1);
    QCOMPARE(c.blocked, 0);
    QCOMPARE(c.free + c.sold + c.reserved + c.blocked, int(m_plan.seats().size()) + 150);
}

void tst_Inventory::refusalNamesEverySeat()
{
    Inventory inv(PerformanceId(1));
    const Row &rowA = m_plan.rows().first();
    const SeatId s1 = m_plan.seats().at(rowA.seats.at(0)).id;
    const SeatId s2 = m_plan.seats().at(rowA.seats.at(1)).id;
    const SeatId s3 = m_plan.seats().at(rowA.seats.at(2)).id;
    inv.setSeatClaim(s1, SeatClaim{SeatStatus::Sold, OrderId(1), {}, {}});
    inv.setSeatClaim(s2, SeatClaim{SeatStatus::Blocked, {}, {}, u"PRESS"_s});
    QVERIFY(inv.checkSeatsFree(m_plan, {s3}, m_now));
    const auto r = inv.checkSeatsFree(m_plan, {s1, s2, s3, SeatId(999999), s3}, m_now);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::SeatUnavailable);
    const QString msg = r.error().message;
    QVERIFY2(msg.contains(u"Stalls A-1 is sold"_s), qPrintable(msg));
    QVERIFY2(msg.contains(u"Stalls A-2 is blocked"_s), qPrintable(msg));
    QVERIFY2(msg.contains(u"seat 999999 is not in the plan"_s), qPrintable(msg));
    QVERIFY2(msg.contains(u"Stalls A-3 is asked for twice"_s), qPrintable(msg));
}

void tst_Inventory::standingCapacity()
{
    Inventory inv(PerformanceId(1));
    const ZoneId zone = m_plan.zones().first().id;
    inv.setZoneCapacity(zone, 150);
    inv.addZoneClaim(zone, SeatStatus::Sold, 148);
    QVERIFY(inv.checkStandingAvailable(m_plan, zone, 2, m_now));
    const auto r = inv.checkStandingAvailable(m_plan, zone, 3, m_now);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::CapacityExceeded);
    QVERIFY(r.error().message.contains(u"2 places left"_s));
    QVERIFY(!inv.checkStandingAvailable(m_plan, zone, 0, m_now));
    QCOMPARE(inv.checkStandingAvailable(m_plan, ZoneId(424242), 1, m_now).error().code,
             ErrorCode::NotFound);
    QCOMPARE(inv.zoneCounts(zone, m_now).free(), 2);
}

QTEST_GUILESS_MAIN(tst_Inventory)
#include "tst_inventory.moc"
