// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orderrules.h"

#include "ruleplans.h"

#include <QRandomGenerator>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parkett::DistancingRules)
Q_DECLARE_METATYPE(parkett::OrderLimits)
Q_DECLARE_METATYPE(parkett::test::RowShape)
Q_DECLARE_METATYPE(parkett::RuleViolation::Kind)
Q_DECLARE_METATYPE(parkett::TableBooking)

class tst_OrderRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distancing_data();
    void distancing();
    void limits_data();
    void limits();
    void tables_data();
    void tables();
    void exchangeFreesItsOwnSeats();
    void randomSalesKeepTheirDistance_data();
    void randomSalesKeepTheirDistance();

private:
    static QList<SeatId> ids(const SeatPlan &plan, const QStringList &places)
    {
        QList<SeatId> out;
        for (const QString &p : places)
            out.append(plan.seats().at(seatFor(plan, p)).id);
        return out;
    }
    static QList<RuleViolation::Kind> kinds(const RuleCheck &check)
    {
        QList<RuleViolation::Kind> out;
        for (const RuleViolation &v : check.violations) {
            if (!out.contains(v.kind))
                out.append(v.kind);
        }
        return out;
    }
};

void tst_OrderRules::distancing_data()
{
    QTest::addColumn<RowShape>("shape");
    QTest::addColumn<DistancingRules>("rules");
    QTest::addColumn<QStringList>("sold");    // order 1
    QTest::addColumn<QStringList>("request"); // the new order
    QTest::addColumn<QList<RuleViolation::Kind>>("expected");

    using K = RuleViolation::Kind;
    for (RowShape shape : {RowShape::Straight, RowShape::Curved, RowShape::Angled}) {
        auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(
                u"%1 %2"_s.arg(QLatin1StringView(shapeName(shape)), QLatin1StringView(name))));
        };
        DistancingRules r;
        r.enabled = true;
        row("beside, refused") << shape << r << QStringList{u"1-4"_s} << QStringList{u"1-5"_s}
                               << QList<K>{K::Blocked};
        row("one seat apart, fine")
            << shape << r << QStringList{u"1-4"_s} << QStringList{u"1-6"_s, u"1-7"_s} << QList<K>{};
        row("taken") << shape << r << QStringList{u"1-4"_s} << QStringList{u"1-4"_s}
                     << QList<K>{K::Taken};
        DistancingRules fb = r;
        fb.frontBehind = true;
        row("behind, refused") << shape << fb << QStringList{u"1-4"_s} << QStringList{u"2-4"_s}
                               << QList<K>{K::Blocked};
        row("behind, no rule") << shape << r << QStringList{u"1-4"_s} << QStringList{u"2-4"_s}
                               << QList<K>{};
        DistancingRules diag = fb;
        diag.diagonal = true;
        row("diagonal, refused") << shape << diag << QStringList{u"1-4"_s} << QStringList{u"0-5"_s}
                                 << QList<K>{K::Blocked};
        row("diagonal, no rule") << shape << fb << QStringList{u"1-4"_s} << QStringList{u"0-5"_s}
                                 << QList<K>{};
        DistancingRules group = r;
        group.maxGroupSize = 2;
        row("group too big") << shape << group << QStringList{}
                             << QStringList{u"1-1"_s, u"1-2"_s, u"1-3"_s} << QList<K>{K::GroupSize};
        row("group fits") << shape << group << QStringList{} << QStringList{u"1-1"_s, u"1-2"_s}
                          << QList<K>{};
        DistancingRules full = r;
        full.maxOccupancy = 3;
        row("occupancy") << shape << full << QStringList{u"0-0"_s, u"0-1"_s}
                         << QStringList{u"2-4"_s, u"2-5"_s} << QList<K>{K::Occupancy};
        DistancingRules pct = r;
        pct.maxOccupancy = 10; // of 30 seats: 3
        pct.occupancyPercent = true;
        row("occupancy percent") << shape << pct << QStringList{u"0-0"_s, u"0-1"_s}
                                 << QStringList{u"2-4"_s} << QList<K>{};
        DistancingRules ends = r;
        ends.rowEndSeats = 2;
        row("row end") << shape << ends << QStringList{} << QStringList{u"2-8"_s}
                       << QList<K>{K::Blocked};
        DistancingRules free = r;
        free.alwaysFree = {}; // filled in by the test: seat 2-2
        row("always free") << shape << free << QStringList{} << QStringList{u"2-2"_s}
                           << QList<K>{K::Blocked};
        DistancingRules exempt = r;
        row("exempt seat may sit beside")
            << shape << exempt << QStringList{u"1-4"_s} << QStringList{u"1-5"_s} << QList<K>{};
        DistancingRules radius;
        radius.enabled = true;
        radius.radius = 95;
        row("radius, refused") << shape << radius << QStringList{u"1-4"_s} << QStringList{u"0-4"_s}
                               << QList<K>{K::Blocked};
        row("radius, fine") << shape << radius << QStringList{u"1-4"_s} << QStringList{u"0-6"_s}
                            << QList<K>{};
    }
}

void tst_OrderRules::distancing()
{
    QFETCH(RowShape, shape);
    QFETCH(DistancingRules, rules);
    QFETCH(QStringList, sold);
    QFETCH(QStringList, request);
    QFETCH(QList<RuleViolation::Kind>, expected);
    SeatPlan plan = ruleBlock(shape, 3, 10);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag.endsWith(u"always free"_s))
        rules.alwaysFree = {plan.seats().at(seatFor(plan, u"2-2"_s)).id};
    if (tag.endsWith(u"exempt seat may sit beside"_s))
        rules.exempt = {plan.seats().at(seatFor(plan, u"1-5"_s)).id};
    areaOverAll(plan, rules);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (const QString &p : sold)
        claims.claim(seatFor(plan, p), OrderId(1));
    OrderRequest order;
    order.seats = ids(plan, request);
    const RuleCheck check = checkOrder(geo, claims, order);
    QCOMPARE(kinds(check), expected);
    QCOMPARE(check.isOk(), expected.isEmpty());
    if (!check.isOk()) {
        QCOMPARE(check.error().code, ErrorCode::RuleViolation);
        QVERIFY(!check.summary().isEmpty());
    }
    // The overlay agrees with the check for single seats that are only blocked.
    if (request.size() == 1 && expected == QList<RuleViolation::Kind>{RuleViolation::Kind::Blocked})
        QVERIFY(computeBlockedSeats(geo, claims).isBlocked(seatFor(plan, request.first())));
}

void tst_OrderRules::limits_data()
{
    QTest::addColumn<OrderLimits>("limits");
    QTest::addColumn<QStringList>("sold"); // one order per seat
    QTest::addColumn<QStringList>("request");
    QTest::addColumn<QStringList>("priceTypes");
    QTest::addColumn<QString>("orderType");
    QTest::addColumn<QList<RuleViolation::Kind>>("expected");
    using K = RuleViolation::Kind;
    OrderLimits l;
    l.maxOrders = 2;
    QTest::newRow("max orders reached")
        << l << QStringList{u"0-0"_s, u"0-5"_s} << QStringList{u"2-2"_s} << QStringList{}
        << u"sale"_s << QList<K>{K::MaxOrders};
    QTest::newRow("max orders left") << l << QStringList{u"0-0"_s} << QStringList{u"2-2"_s}
                                     << QStringList{} << u"sale"_s << QList<K>{};
    OrderLimits persons;
    persons.minPersons = 2;
    persons.maxPersons = 3;
    QTest::newRow("too few") << persons << QStringList{} << QStringList{u"1-1"_s} << QStringList{}
                             << u"sale"_s << QList<K>{K::MinPersons};
    QTest::newRow("too many") << persons << QStringList{}
                              << QStringList{u"1-1"_s, u"1-2"_s, u"1-3"_s, u"1-4"_s}
                              << QStringList{} << u"sale"_s << QList<K>{K::MaxPersons};
    QTest::newRow("persons fit") << persons << QStringList{} << QStringList{u"1-1"_s, u"1-2"_s}
                                 << QStringList{} << u"sale"_s << QList<K>{};
    OrderLimits prices;
    prices.allowedPriceTypes = {u"adult"_s};
    QTest::newRow("price type refused")
        << prices << QStringList{} << QStringList{u"1-1"_s, u"1-2"_s}
        << QStringList{u"adult"_s, u"child"_s} << u"sale"_s << QList<K>{K::PriceType};
    QTest::newRow("price type allowed") << prices << QStringList{} << QStringList{u"1-1"_s}
                                        << QStringList{u"adult"_s} << u"sale"_s << QList<K>{};
    OrderLimits types;
    types.allowedOrderTypes = {u"sale"_s};
    QTest::newRow("reservation refused")
        << types << QStringList{} << QStringList{u"1-1"_s} << QStringList{} << u"reservation"_s
        << QList<K>{K::OrderType};
    QTest::newRow("sale allowed") << types << QStringList{} << QStringList{u"1-1"_s}
                                  << QStringList{} << u"sale"_s << QList<K>{};
}

void tst_OrderRules::limits()
{
    QFETCH(OrderLimits, limits);
    QFETCH(QStringList, sold);
    QFETCH(QStringList, request);
    QFETCH(QStringList, priceTypes);
    QFETCH(QString, orderType);
    QFETCH(QList<RuleViolation::Kind>, expected);
    SeatPlan plan = ruleBlock(RowShape::Straight, 3, 10);
    const int area = areaOverAll(plan, DistancingRules{}, u"Stalls"_s);
    QVERIFY(plan.setAreaLimits(plan.areas().at(area).id, limits));
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (qsizetype i = 0; i < sold.size(); ++i)
        claims.claim(seatFor(plan, sold.at(i)), OrderId(i + 1));
    OrderRequest order;
    order.seats = ids(plan, request);
    order.priceTypes = priceTypes;
    order.orderType = orderType;
    const RuleCheck check = checkOrder(geo, claims, order);
    QCOMPARE(kinds(check), expected);
    for (const RuleViolation &v : check.violations) {
        QCOMPARE(v.area, area);
        QVERIFY2(v.message.contains(u"Stalls"_s), qPrintable(v.message));
    }
}

void tst_OrderRules::tables_data()
{
    QTest::addColumn<TableBooking>("booking");
    QTest::addColumn<int>("minPersons");
    QTest::addColumn<int>("maxPersons");
    QTest::addColumn<bool>("onePartyPerTable");
    QTest::addColumn<QStringList>("sold");
    QTest::addColumn<QStringList>("request");
    QTest::addColumn<QList<RuleViolation::Kind>>("expected");
    using K = RuleViolation::Kind;
    const QStringList all{u"t0-0"_s, u"t0-1"_s, u"t0-2"_s, u"t0-3"_s, u"t0-4"_s, u"t0-5"_s};
    QTest::newRow("by seat") << TableBooking::BySeat << 0 << 0 << false << QStringList{}
                             << QStringList{u"t0-0"_s} << QList<K>{};
    QTest::newRow("whole table, part")
        << TableBooking::WholeTable << 0 << 0 << false << QStringList{}
        << QStringList{u"t0-0"_s, u"t0-1"_s} << QList<K>{K::TableWhole};
    QTest::newRow("whole table, all")
        << TableBooking::WholeTable << 0 << 0 << false << QStringList{} << all << QList<K>{};
    QTest::newRow("party too small")
        << TableBooking::Party << 3 << 5 << false << QStringList{}
        << QStringList{u"t0-0"_s, u"t0-1"_s} << QList<K>{K::TablePersons};
    QTest::newRow("party too big") << TableBooking::Party << 3 << 5 << false << QStringList{} << all
                                   << QList<K>{K::TablePersons};
    QTest::newRow("party fits") << TableBooking::Party << 3 << 5 << false << QStringList{}
                                << all.mid(0, 4) << QList<K>{};
    QTest::newRow("party table taken")
        << TableBooking::Party << 1 << 0 << false << QStringList{u"t0-0"_s}
        << QStringList{u"t0-3"_s} << QList<K>{K::TableTaken};
    QTest::newRow("one party per table")
        << TableBooking::BySeat << 0 << 0 << true << QStringList{u"t0-0"_s}
        << QStringList{u"t0-3"_s} << QList<K>{K::Blocked};
    QTest::newRow("other table is fine")
        << TableBooking::BySeat << 0 << 0 << true << QStringList{u"t0-0"_s}
        << QStringList{u"t1-3"_s} << QList<K>{};
}

void tst_OrderRules::tables()
{
    QFETCH(TableBooking, booking);
    QFETCH(int, minPersons);
    QFETCH(int, maxPersons);
    QFETCH(bool, onePartyPerTable);
    QFETCH(QStringList, sold);
    QFETCH(QStringList, request);
    QFETCH(QList<RuleViolation::Kind>, expected);
    SeatPlan plan = ruleBlock(RowShape::Straight, 1, 2);
    const int t0 = addRoundTable(plan, 6, QPointF(2000, 2000), booking);
    addRoundTable(plan, 6, QPointF(2400, 2000), TableBooking::BySeat);
    QVERIFY(plan.setTableBooking(plan.tables().at(t0).id, booking, minPersons, maxPersons));
    DistancingRules rules;
    rules.enabled = onePartyPerTable;
    rules.seatsEachSide = 0;
    rules.onePartyPerTable = onePartyPerTable;
    areaOverAll(plan, rules);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (const QString &p : sold)
        claims.claim(seatFor(plan, p), OrderId(9));
    OrderRequest order;
    order.seats = ids(plan, request);
    QCOMPARE(kinds(checkOrder(geo, claims, order)), expected);
}

void tst_OrderRules::exchangeFreesItsOwnSeats()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 1, 10);
    DistancingRules r;
    r.enabled = true;
    areaOverAll(plan, r);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    claims.claim(seatAt(plan, 0, 4), OrderId(5));
    OrderRequest order;
    order.seats = ids(plan, {u"0-5"_s});
    QVERIFY(!checkOrder(geo, claims, order).isOk());
    order.replaces = OrderId(5); // moving order 5 one seat along
    QVERIFY(checkOrder(geo, claims, order).isOk());
}

void tst_OrderRules::randomSalesKeepTheirDistance_data()
{
    QTest::addColumn<RowShape>("shape");
    QTest::addColumn<DistancingRules>("rules");
    DistancingRules r;
    r.enabled = true;
    r.frontBehind = true;
    r.diagonal = true;
    DistancingRules two;
    two.enabled = true;
    two.seatsEachSide = 2;
    DistancingRules radius;
    radius.enabled = true;
    radius.radius = 110;
    for (RowShape shape : {RowShape::Straight, RowShape::Curved, RowShape::Angled}) {
        QTest::newRow(qPrintable(u"%1 all around"_s.arg(QLatin1StringView(shapeName(shape)))))
            << shape << r;
        QTest::newRow(qPrintable(u"%1 two each side"_s.arg(QLatin1StringView(shapeName(shape)))))
            << shape << two;
        QTest::newRow(qPrintable(u"%1 radius"_s.arg(QLatin1StringView(shapeName(shape)))))
            << shape << radius;
    }
}

void tst_OrderRules::randomSalesKeepTheirDistance()
{
    QFETCH(RowShape, shape);
    QFETCH(DistancingRules, rules);
    SeatPlan plan = ruleBlock(shape, 8, 16, {7});
    addRoundTable(plan, 6, QPointF(-2000, -2000), TableBooking::BySeat);
    areaOverAll(plan, rules);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    QRandomGenerator rng(20261129);
    qint64 nextOrder = 1;
    QList<OrderId> live;
    int placed = 0, refused = 0, cancelled = 0;
    for (int step = 0; step < 600; ++step) {
        if (!live.isEmpty() && rng.bounded(4) == 0) {
            const OrderId gone = live.takeAt(rng.bounded(int(live.size())));
            claims.releaseOrder(gone);
            ++cancelled;
        } else {
            // A group of 1-4 seats side by side somewhere, or at the table.
            const int seat = rng.bounded(int(plan.seats().size()));
            const int size = 1 + rng.bounded(4);
            QList<SeatId> group{plan.seats().at(seat).id};
            for (int k = 1; k < size; ++k) {
                const int next = geo.along(seat, k);
                if (next < 0)
                    break;
                group.append(plan.seats().at(next).id);
            }
            OrderRequest order;
            order.seats = group;
            if (checkOrder(geo, claims, order).isOk()) {
                const OrderId id(nextOrder++);
                for (SeatId s : group)
                    claims.claim(plan.seatIndex(s), id);
                live.append(id);
                ++placed;
            } else {
                ++refused;
            }
        }
        // Properties: no taken seat is blocked, and no order sits in another's distance.
        const BlockedSeats overlay = computeBlockedSeats(geo, claims);
        QList<DistancedSeat> around;
        for (int s = 0; s < plan.seats().size(); ++s) {
            if (!claims.isTaken(s))
                continue;
            QVERIFY(!overlay.isBlocked(s));
            around.clear();
            appendDistancedSeats(geo, s, around);
            for (const DistancedSeat &d : std::as_const(around)) {
                if (claims.isTaken(d.seat) && claims.orderAt(d.seat) != claims.orderAt(s))
                    QFAIL(qPrintable(u"step %1: order %2 at %3 is within the distance of order "
                                     "%4 at %5"_s.arg(step)
                                         .arg(claims.orderAt(d.seat).value)
                                         .arg(place(plan, d.seat))
                                         .arg(claims.orderAt(s).value)
                                         .arg(place(plan, s))));
            }
        }
    }
    // The sequence exercised all three paths.
    QVERIFY(placed > 20);
    QVERIFY(refused > 20);
    QVERIFY(cancelled > 20);
}

QTEST_GUILESS_MAIN(tst_OrderRules)
#include "tst_orderrules.moc"
