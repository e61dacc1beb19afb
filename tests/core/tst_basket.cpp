// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/basket.h"
#include "core/demodata.h"

#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_Basket final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seatsArePricedByCategory();
    void priceTypesChangeThePrice();
    void standingByQuantity();
    void ticketsForTheOrder();

private:
    DemoData m_demo;
    Basket m_basket;
};

void tst_Basket::init()
{
    m_demo = buildDemoData(QDate(2026, 11, 22));
    m_basket = Basket(PerformanceId(7), &m_demo.plan, m_demo.prices, m_demo.priceTypes);
}

void tst_Basket::seatsArePricedByCategory()
{
    const Row &rowA = m_demo.plan.rows().first(); // category A
    const Row &rowL = m_demo.plan.rows().at(11);  // category C
    const SeatId a1 = m_demo.plan.seats().at(rowA.seats.first()).id;
    const SeatId l1 = m_demo.plan.seats().at(rowL.seats.first()).id;
    QVERIFY(m_basket.addSeat(a1));
    QVERIFY(m_basket.addSeat(l1));
    QVERIFY(m_basket.addSeat(a1)); // adding twice keeps one line
    QCOMPARE(m_basket.size(), 2);
    QCOMPARE(m_basket.lines().at(0).price.minorUnits(), 45000);
    QCOMPARE(m_basket.lines().at(1).price.minorUnits(), 25000);
    QCOMPARE(m_basket.lines().at(0).label, u"Stalls, row A, seat 1"_s);
    QCOMPARE(m_basket.total().minorUnits(), 70000);
    QVERIFY(m_basket.removeSeat(a1));
    QVERIFY(!m_basket.removeSeat(a1));
    QCOMPARE(m_basket.total().minorUnits(), 25000);
    QCOMPARE(m_basket.addSeat(SeatId(987654)).error().code, ErrorCode::NotFound);
}

void tst_Basket::priceTypesChangeThePrice()
{
    const SeatId a1 = m_demo.plan.seats().at(m_demo.plan.rows().first().seats.first()).id;
    QVERIFY(m_basket.addSeat(a1));
    QCOMPARE(m_basket.lines().first().priceType, m_demo.priceTypes.first().id);
    QVERIFY(m_basket.setPriceType(0, m_demo.priceTypes.at(1).id)); // child
    QCOMPARE(m_basket.total().minorUnits(), 22500);
    const auto bad = m_basket.setPriceType(0, PriceTypeId(99));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::PriceMissing);
    QCOMPARE(m_basket.total().minorUnits(), 22500);
    QVERIFY(!m_basket.setPriceType(5, m_demo.priceTypes.at(1).id));
}

void tst_Basket::standingByQuantity()
{
    const ZoneId zone = m_demo.plan.zones().first().id;
    QVERIFY(m_basket.setStandingQuantity(zone, 3));
    QCOMPARE(m_basket.standingQuantity(zone), 3);
    QVERIFY(m_basket.setPriceType(0, m_demo.priceTypes.at(2).id));
    QVERIFY(m_basket.setStandingQuantity(zone, 1));
    QCOMPARE(m_basket.size(), 1);
    // The earliest place keeps the price type chosen for it.
    QCOMPARE(m_basket.lines().first().priceType, m_demo.priceTypes.at(2).id);
    QVERIFY(m_basket.setStandingQuantity(zone, 0));
    QVERIFY(m_basket.isEmpty());
    QVERIFY(!m_basket.setStandingQuantity(zone, -1));
    QVERIFY(!m_basket.setStandingQuantity(ZoneId(1234567), 1));
}

void tst_Basket::ticketsForTheOrder()
{
    const SeatId a1 = m_demo.plan.seats().at(m_demo.plan.rows().first().seats.first()).id;
    const ZoneId zone = m_demo.plan.zones().first().id;
    QVERIFY(m_basket.addSeat(a1));
    QVERIFY(m_basket.setStandingQuantity(zone, 2));
    m_basket.setCustomer(CustomerId(3));
    const QList<Ticket> tickets = m_basket.toTickets();
    QCOMPARE(tickets.size(), 3);
    QCOMPARE(tickets.at(0).seat, a1);
    QVERIFY(!tickets.at(0).zone.isValid());
    QCOMPARE(tickets.at(1).zone, zone);
    QCOMPARE(tickets.at(2).label, u"Standing"_s);
    for (const Ticket &t : tickets)
        QCOMPARE(t.performance, PerformanceId(7));
    QCOMPARE(m_basket.seats(), QList<SeatId>{a1});
}

QTEST_GUILESS_MAIN(tst_Basket)
#include "tst_basket.moc"
