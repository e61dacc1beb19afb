// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bestavailable.h"
#include "core/orderrules.h"

#include "ruleplans.h"

#include <limits>

#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parkett::test::RowShape)
Q_DECLARE_METATYPE(parkett::BestAvailableResult::Stage)

class tst_BestAvailable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stages_data();
    void stages();
    void wholeRowUnsellableTrap();
    void orphanRuleRelaxesAsTheHouseFills();
    void respectsDistancing_data();
    void respectsDistancing();
    void respectsHoldsCategoriesAndExclusions();
    void sectionFirstThenOthers();
    void standingWhenNoSeats();
    void wheelchairWithCompanions();
    void deterministic();
    void tablesAsAUnit_data();
    void tablesAsAUnit();

private:
    struct Fixture
    {
        SeatPlan plan;
        SeatClaims claims;
    };
    static BestAvailableResult search(const SeatPlan &plan,
                                      const SeatClaims &claims,
                                      const BestAvailableRequest &request)
    {
        const SeatNeighbours geo(plan);
        const BlockedSeats blocked = computeBlockedSeats(geo, claims);
        return findBestAvailable(geo, claims, blocked, request);
    }
    static QStringList places(const SeatPlan &plan, const QList<SeatId> &seats)
    {
        QStringList out;
        for (SeatId id : seats)
            out.append(place(plan, plan.seatIndex(id)));
        out.sort();
        return out;
    }
    static void take(const SeatPlan &plan,
                     SeatClaims &claims,
                     const QStringList &seats,
                     qint64 order)
    {
        for (const QString &p : seats)
            claims.claim(seatFor(plan, p), OrderId(order));
    }
};

void tst_BestAvailable::stages_data()
{
    QTest::addColumn<RowShape>("shape");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<int>("count");
    QTest::addColumn<BestAvailableResult::Stage>("stage");
    QTest::addColumn<QStringList>("expected");
    using S = BestAvailableResult::Stage;
    // Three rows of 8 with an aisle between positions 4 and 5; the stage faces the middle of
    // the rows (between seats 3 and 4).
    for (RowShape shape : {RowShape::Straight, RowShape::Curved, RowShape::Angled}) {
        auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(
                u"%1 %2"_s.arg(QLatin1StringView(shapeName(shape)), QLatin1StringView(name))));
        };
        row("empty house: the middle of the front row")
            << shape << QStringList{} << 2 << S::Row << QStringList{u"0-3"_s, u"0-4"_s};
        // Row 0 has 2, 3, 4 free: any pair strands a seat, so row 1.
        row("no single seat left alone")
            << shape << QStringList{u"0-0"_s, u"0-1"_s, u"0-5"_s, u"0-6"_s, u"0-7"_s} << 2 << S::Row
            << QStringList{u"1-3"_s, u"1-4"_s};
        // Without the aisle 2-5 would be nearer; with it the segment is 1-4.
        row("aisle breaks segments") << shape << QStringList{u"0-0"_s} << 4 << S::Row
                                     << QStringList{u"0-1"_s, u"0-2"_s, u"0-3"_s, u"0-4"_s};
        row("split over rows") << shape
                               << QStringList{u"0-0"_s,
                                              u"0-1"_s,
                                              u"1-0"_s,
                                              u"1-1"_s,
                                              u"2-0"_s,
                                              u"2-1"_s,
                                              u"2-2"_s,
                                              u"2-3"_s,
                                              u"2-4"_s,
                                              u"2-5"_s,
                                              u"2-6"_s,
                                              u"2-7"_s}
                               << 4 << S::SplitRows
                               << QStringList{u"0-3"_s, u"0-4"_s, u"1-3"_s, u"1-4"_s};
        QStringList column;
        for (int r = 0; r < 3; ++r) {
            for (int k = 0; k < 8; ++k) {
                if (k != 1)
                    column.append(u"%1-%2"_s.arg(r).arg(k));
            }
        }
        row("nearest together") << shape << column << 3 << S::Nearest
                                << QStringList{u"0-1"_s, u"1-1"_s, u"2-1"_s};
        QStringList apart = column;
        apart.removeAll(u"0-7"_s);
        apart.append(u"1-1"_s);
        row("scattered as the last resort")
            << shape << apart << 3 << S::Scattered << QStringList{u"0-1"_s, u"0-7"_s, u"2-1"_s};
    }
}

void tst_BestAvailable::stages()
{
    QFETCH(RowShape, shape);
    QFETCH(QStringList, taken);
    QFETCH(int, count);
    QFETCH(BestAvailableResult::Stage, stage);
    QFETCH(QStringList, expected);
    const SeatPlan plan = ruleBlock(shape, 3, 8, {4});
    SeatClaims claims(plan.seats().size());
    take(plan, claims, taken, 1);
    BestAvailableRequest request;
    request.count = count;
    const BestAvailableResult result = search(plan, claims, request);
    QCOMPARE(result.stage, stage);
    QCOMPARE(result.seats.size(), count);
    if (!expected.isEmpty())
        QCOMPARE(places(plan, result.seats), expected);
    for (SeatId id : result.seats)
        QVERIFY(!claims.isUnavailable(plan.seatIndex(id)));
}

void tst_BestAvailable::wholeRowUnsellableTrap()
{
    // Every row has three free seats together. A strict "no single seat" rule would refuse a
    // pair everywhere, so nothing could be sold to pairs: the search must still sell.
    const SeatPlan plan = ruleBlock(RowShape::Straight, 3, 6);
    SeatClaims claims(plan.seats().size());
    for (int r = 0; r < 3; ++r)
        take(plan, claims, {u"%1-0"_s.arg(r), u"%1-4"_s.arg(r), u"%1-5"_s.arg(r)}, 1 + r);
    BestAvailableRequest request;
    request.count = 2;
    const BestAvailableResult result = search(plan, claims, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::RowWithOrphan);
    QCOMPARE(result.seats.size(), 2);
    // A group of three in the same state leaves nobody alone: the clean stage.
    request.count = 3;
    QCOMPARE(search(plan, claims, request).stage, BestAvailableResult::Stage::Row);
}

void tst_BestAvailable::orphanRuleRelaxesAsTheHouseFills()
{
    // Two rows of 20. Row 0 has 0-1 free (clean, far to the side) and 8-10 free (central, but
    // any pair strands a seat).
    const SeatPlan plan = ruleBlock(RowShape::Straight, 2, 20);
    SeatClaims claims(plan.seats().size());
    for (int k = 0; k < 20; ++k) {
        if (k > 1 && (k < 8 || k > 10))
            claims.claim(seatAt(plan, 0, k), OrderId(1));
    }
    // Row 1 has 15-19 free: 75 % of the house is taken, the rule is strict.
    SeatClaims strict = claims;
    for (int k = 0; k < 15; ++k)
        strict.claim(seatAt(plan, 1, k), OrderId(2));
    BestAvailableRequest request;
    request.count = 2;
    BestAvailableResult result = search(plan, strict, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::Row);
    QCOMPARE(places(plan, result.seats), (QStringList{u"1-15"_s, u"1-16"_s}));
    // Row 1 full: 87.5 % taken, a stranded seat costs only some distance now, and the central
    // pair beats the clean pair at the side.
    SeatClaims full = claims;
    for (int k = 0; k < 20; ++k)
        full.claim(seatAt(plan, 1, k), OrderId(2));
    result = search(plan, full, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::Row);
    QCOMPARE(places(plan, result.seats), (QStringList{u"0-10"_s, u"0-9"_s}));
}

void tst_BestAvailable::respectsDistancing_data()
{
    QTest::addColumn<RowShape>("shape");
    for (RowShape s : {RowShape::Straight, RowShape::Curved, RowShape::Angled})
        QTest::newRow(shapeName(s)) << s;
}

void tst_BestAvailable::respectsDistancing()
{
    QFETCH(RowShape, shape);
    SeatPlan plan = ruleBlock(shape, 3, 10);
    DistancingRules r;
    r.enabled = true;
    r.frontBehind = true;
    r.maxGroupSize = 4;
    areaOverAll(plan, r);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    // Sell pairs by best available until nothing fits; every answer passes the rules.
    int orders = 0;
    for (;;) {
        BestAvailableRequest request;
        request.count = 2;
        const BlockedSeats blocked = computeBlockedSeats(geo, claims);
        const BestAvailableResult result = findBestAvailable(geo, claims, blocked, request);
        if (result.isEmpty())
            break;
        OrderRequest order;
        order.seats = result.seats;
        QVERIFY2(checkOrder(geo, claims, order).isOk(),
                 qPrintable(checkOrder(geo, claims, order).summary()));
        for (SeatId s : result.seats) {
            QVERIFY(!blocked.isBlocked(plan.seatIndex(s)));
            claims.claim(plan.seatIndex(s), OrderId(++orders + 100));
        }
        QVERIFY(orders < 30);
    }
    QVERIFY(orders >= 3);
    // A group larger than the area allows finds nothing.
    BestAvailableRequest five;
    five.count = 5;
    SeatClaims empty(plan.seats().size());
    QVERIFY(findBestAvailable(geo, empty, computeBlockedSeats(geo, empty), five).isEmpty());
}

void tst_BestAvailable::respectsHoldsCategoriesAndExclusions()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 2, 8);
    Category b;
    b.name = u"B"_s;
    const CategoryId catB = plan.categories().at(plan.addCategory(b)).id;
    for (int k = 0; k < 8; ++k)
        plan.setSeatCategory(seatAt(plan, 1, k), catB);
    SeatClaims claims(plan.seats().size());
    for (int k = 2; k < 6; ++k)
        claims.setHeld(seatAt(plan, 0, k), true); // house seats in the middle of row 0
    BestAvailableRequest request;
    request.count = 2;
    QCOMPARE(places(plan, search(plan, claims, request).seats), (QStringList{u"0-0"_s, u"0-1"_s}));
    request.categories = {catB};
    QCOMPARE(places(plan, search(plan, claims, request).seats), (QStringList{u"1-3"_s, u"1-4"_s}));
    request.exclude = {plan.seats().at(seatAt(plan, 1, 3)).id};
    QCOMPARE(places(plan, search(plan, claims, request).seats), (QStringList{u"1-4"_s, u"1-5"_s}));
}

void tst_BestAvailable::sectionFirstThenOthers()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 2, 6);
    Section balcony;
    balcony.name = u"Balcony"_s;
    const int sec = plan.addSection(balcony);
    Row r;
    r.label = u"B"_s;
    const int ri = plan.addRow(sec, r);
    for (int k = 0; k < 6; ++k) {
        Seat s;
        s.label = QString::number(k);
        s.pos = QPointF(k * 50, 2000);
        plan.addSeat(ri, s);
    }
    SeatClaims claims(plan.seats().size());
    BestAvailableRequest request;
    request.count = 2;
    request.section = plan.sections().at(sec).id;
    BestAvailableResult result = search(plan, claims, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::Row);
    QCOMPARE(plan.seat(result.seats.first())->row, ri);
    // The balcony full: other sections.
    for (int k = 0; k < 6; ++k)
        claims.claim(plan.rows().at(ri).seats.at(k), OrderId(1));
    result = search(plan, claims, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::OtherSection);
    QCOMPARE(places(plan, result.seats), (QStringList{u"0-2"_s, u"0-3"_s}));
}

void tst_BestAvailable::standingWhenNoSeats()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 1, 4);
    StandingZone z;
    z.name = u"Terrace"_s;
    z.capacity = 100;
    const ZoneId zone = plan.zones().at(plan.addZone(z)).id;
    SeatClaims claims(plan.seats().size());
    take(plan, claims, {u"0-0"_s, u"0-1"_s, u"0-2"_s}, 1);
    BestAvailableRequest request;
    request.count = 2;
    request.standingFree.insert(zone, 40);
    BestAvailableResult result = search(plan, claims, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::Standing);
    QCOMPARE(result.zone, zone);
    QCOMPARE(result.standing, 2);
    request.standingFree.insert(zone, 1);
    QVERIFY(search(plan, claims, request).isEmpty());
    // One seat is still sold as the nearest free one.
    request.count = 1;
    QCOMPARE(places(plan, search(plan, claims, request).seats), QStringList{u"0-3"_s});
}

void tst_BestAvailable::wheelchairWithCompanions()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 2, 8);
    plan.setSeatFlags(seatAt(plan, 1, 0), SeatFlag::Wheelchair);
    plan.setSeatFlags(seatAt(plan, 1, 7), SeatFlag::Wheelchair);
    plan.setSeatFlags(seatAt(plan, 1, 6), SeatFlag::Companion);
    SeatClaims claims(plan.seats().size());
    BestAvailableRequest request;
    request.count = 2;
    // Plain requests never offer wheelchair places.
    for (int i = 0; i < 8; ++i) {
        const BestAvailableResult r = search(plan, claims, request);
        for (SeatId s : r.seats)
            QVERIFY(!plan.seat(s)->flags.testFlag(SeatFlag::Wheelchair));
        take(plan, claims, places(plan, r.seats), 10 + i);
    }
    SeatClaims empty(plan.seats().size());
    request.wheelchairs = 1;
    const BestAvailableResult result = search(plan, empty, request);
    QCOMPARE(result.stage, BestAvailableResult::Stage::Wheelchair);
    QCOMPARE(result.seats.size(), 2);
    int wheelchairs = 0;
    for (SeatId s : result.seats)
        wheelchairs += plan.seat(s)->flags.testFlag(SeatFlag::Wheelchair);
    QCOMPARE(wheelchairs, 1);
    // The companion sits beside the place (the marked companion seat when there is one).
    if (places(plan, result.seats).contains(u"1-7"_s))
        QVERIFY(places(plan, result.seats).contains(u"1-6"_s));
    else
        QVERIFY(places(plan, result.seats).contains(u"1-1"_s));
}

void tst_BestAvailable::deterministic()
{
    SeatPlan plan = ruleBlock(RowShape::Curved, 6, 20, {9});
    DistancingRules r;
    r.enabled = true;
    areaOverAll(plan, r);
    SeatClaims claims(plan.seats().size());
    for (int i = 0; i < plan.seats().size(); i += 7)
        claims.claim(i, OrderId(i + 1));
    for (int count : {1, 2, 3, 5, 8}) {
        BestAvailableRequest request;
        request.count = count;
        const BestAvailableResult a = search(plan, claims, request);
        const BestAvailableResult b = search(plan, claims, request);
        QCOMPARE(a.seats, b.seats);
        QCOMPARE(a.stage, b.stage);
        QCOMPARE(a.seats.size(), count);
    }
}

/** Three rows of 8 (an aisle after position 4, the stage 400 in front of the middle) and
    three tables beside the stage: 0 whole, 4 seats, 1000 away; 1 party of 2..6 persons, 8
    seats, 600 away; 2 whole, 6 seats, 300 away. */
static SeatPlan tablesBesideRows()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 3, 8, {4});
    const QPointF focal = plan.focalPoint();
    struct Spec
    {
        TableBooking booking;
        int seats;
        int minPersons;
        int maxPersons;
        double dx;
    };
    for (const Spec &spec : {Spec{TableBooking::WholeTable, 4, 0, 0, -1000},
                             Spec{TableBooking::Party, 8, 2, 6, 600},
                             Spec{TableBooking::WholeTable, 6, 0, 0, -300}}) {
        Table t;
        t.label = u"T%1"_s.arg(plan.tables().size());
        t.center = focal + QPointF(spec.dx, 0);
        t.radius = 60;
        t.booking = spec.booking;
        t.minPersons = spec.minPersons;
        t.maxPersons = spec.maxPersons;
        const int ti = plan.addTable(t);
        for (int k = 0; k < spec.seats; ++k) {
            Seat s;
            s.label = QString::number(k + 1);
            const double a = 2 * std::numbers::pi * k / spec.seats;
            s.pos = t.center + QPointF(90 * std::cos(a), 90 * std::sin(a));
            s.category = plan.categories().first().id;
            plan.addSeatToTable(ti, s);
        }
    }
    return plan;
}

void tst_BestAvailable::tablesAsAUnit_data()
{
    QTest::addColumn<bool>("rowsTaken");
    QTest::addColumn<QList<int>>("tablesTaken"); // a seat of each is sold to another order
    QTest::addColumn<int>("count");
    QTest::addColumn<BestAvailableResult::Stage>("stage");
    QTest::addColumn<int>("table"); // the table the group sits at; -1: rows
    using S = BestAvailableResult::Stage;
    QTest::newRow("a nearer free row wins") << false << QList<int>{} << 2 << S::Row << -1;
    // Every window of 4 in the rows strands a seat: the party table seats them all.
    QTest::newRow("a table before a stranded seat") << false << QList<int>{} << 4 << S::Table << 1;
    // No row segment holds 6: the whole table of 6 comes before splitting over rows.
    QTest::newRow("a table before splitting") << false << QList<int>{} << 6 << S::Table << 2;
    QTest::newRow("the party table when the 6 is sold")
        << false << QList<int>{2} << 6 << S::Table << 1;
    QTest::newRow("whole table of 4, the party one sold")
        << true << QList<int>{1} << 4 << S::Table << 0;
    QTest::newRow("party table for 2 when the rows are full")
        << true << QList<int>{} << 2 << S::Table << 1;
    QTest::newRow("party table for its most persons")
        << true << QList<int>{2} << 6 << S::Table << 1;
}

void tst_BestAvailable::tablesAsAUnit()
{
    QFETCH(bool, rowsTaken);
    QFETCH(QList<int>, tablesTaken);
    QFETCH(int, count);
    QFETCH(BestAvailableResult::Stage, stage);
    QFETCH(int, table);
    const SeatPlan plan = tablesBesideRows();
    SeatClaims claims(plan.seats().size());
    if (rowsTaken) {
        for (const Row &r : plan.rows()) {
            for (qint32 s : r.seats)
                claims.claim(s, OrderId(1));
        }
    }
    for (int t : std::as_const(tablesTaken))
        claims.claim(plan.tables().at(t).seats.first(), OrderId(2 + t));
    BestAvailableRequest request;
    request.count = count;
    const BestAvailableResult result = search(plan, claims, request);
    QCOMPARE(result.stage, stage);
    QCOMPARE(result.seats.size(), count);
    for (SeatId id : result.seats) {
        const int s = plan.seatIndex(id);
        QCOMPARE(plan.seats().at(s).table, table);
        QVERIFY(!claims.isUnavailable(s));
    }
    OrderRequest order;
    order.seats = result.seats;
    QVERIFY(checkOrder(SeatNeighbours(plan), claims, order).isOk());
    if (table >= 0 && count < plan.tables().at(table).seats.size()) {
        // The run of seats nearest the stage: each chosen seat is nearer than every other.
        double farthestChosen = 0, nearestOther = std::numeric_limits<double>::max();
        for (qint32 s : plan.tables().at(table).seats) {
            const QPointF d = plan.seats().at(s).pos - plan.focalPoint();
            const double dist = std::hypot(d.x(), d.y());
            if (result.seats.contains(plan.seats().at(s).id))
                farthestChosen = std::max(farthestChosen, dist);
            else
                nearestOther = std::min(nearestOther, dist);
        }
        QVERIFY(farthestChosen <= nearestOther + 1e-6);
    }
}

QTEST_GUILESS_MAIN(tst_BestAvailable)
#include "tst_bestavailable.moc"
