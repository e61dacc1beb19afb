// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distancing.h"
#include "core/inventory.h"
#include "core/stadium.h"

#include "ruleplans.h"

#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parkett::DistancingRules)
Q_DECLARE_METATYPE(parkett::test::RowShape)

class tst_Distancing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frontAndBehindFollowTheRow_data();
    void frontAndBehindFollowTheRow();
    void blockedSeats_data();
    void blockedSeats();
    void tables_data();
    void tables();
    void occupancy_data();
    void occupancy();
    void cancelUnblocks();
    void expiredAndCancelledDoNotCount();
    void overlappingRulesets();
    void areaWithoutDistancingBlocksNothing();
    void stadiumRowsHaveFrontNeighbours();

private:
    static QStringList blockedPlaces(const SeatPlan &plan, const BlockedSeats &blocked)
    {
        QStringList out;
        for (int i = 0; i < blocked.size(); ++i) {
            if (blocked.isBlocked(i))
                out.append(place(plan, i));
        }
        out.sort();
        return out;
    }
};

void tst_Distancing::frontAndBehindFollowTheRow_data()
{
    QTest::addColumn<RowShape>("shape");
    for (RowShape s : {RowShape::Straight, RowShape::Curved, RowShape::Angled})
        QTest::newRow(shapeName(s)) << s;
}

void tst_Distancing::frontAndBehindFollowTheRow()
{
    QFETCH(RowShape, shape);
    const SeatPlan plan = ruleBlock(shape, 3, 10);
    const SeatNeighbours geo(plan);
    for (int k = 0; k < 10; ++k) {
        const int middle = seatAt(plan, 1, k);
        QCOMPARE(geo.front(middle).size(), size_t(1));
        QCOMPARE(int(geo.front(middle)[0]), seatAt(plan, 0, k));
        QCOMPARE(geo.behind(middle).size(), size_t(1));
        QCOMPARE(int(geo.behind(middle)[0]), seatAt(plan, 2, k));
        QVERIFY(geo.front(seatAt(plan, 0, k)).empty()); // nothing in front of the first row
        QVERIFY(geo.behind(seatAt(plan, 2, k)).empty());
    }
    QCOMPARE(geo.along(seatAt(plan, 1, 0), -1), -1);
    QCOMPARE(geo.along(seatAt(plan, 1, 0), 2), seatAt(plan, 1, 2));
    QCOMPARE(geo.along(seatAt(plan, 1, 9), 1), -1);
}

void tst_Distancing::blockedSeats_data()
{
    QTest::addColumn<RowShape>("shape");
    QTest::addColumn<DistancingRules>("rules");
    QTest::addColumn<QList<int>>("aisleAfter");
    QTest::addColumn<QStringList>("sold");
    QTest::addColumn<QStringList>("blocked");

    for (RowShape shape : {RowShape::Straight, RowShape::Curved, RowShape::Angled}) {
        auto row = [&](const char *name) -> QTestData & {
            return QTest::newRow(qPrintable(
                u"%1 %2"_s.arg(QLatin1StringView(shapeName(shape)), QLatin1StringView(name))));
        };
        DistancingRules r;
        r.enabled = true;
        row("one each side") << shape << r << QList<int>{} << QStringList{u"1-4"_s, u"1-5"_s}
                             << QStringList{u"1-3"_s, u"1-6"_s};
        DistancingRules two = r;
        two.seatsEachSide = 2;
        row("two each side") << shape << two << QList<int>{} << QStringList{u"1-4"_s, u"1-5"_s}
                             << QStringList{u"1-2"_s, u"1-3"_s, u"1-6"_s, u"1-7"_s};
        row("at the row end") << shape << two << QList<int>{} << QStringList{u"1-0"_s}
                              << QStringList{u"1-1"_s, u"1-2"_s};
        DistancingRules fb;
        fb.enabled = true;
        fb.seatsEachSide = 0;
        fb.frontBehind = true;
        row("front and behind") << shape << fb << QList<int>{} << QStringList{u"1-4"_s, u"1-5"_s}
                                << QStringList{u"0-4"_s, u"0-5"_s, u"2-4"_s, u"2-5"_s};
        DistancingRules diag;
        diag.enabled = true;
        diag.seatsEachSide = 0;
        diag.diagonal = true;
        row("diagonal") << shape << diag << QList<int>{} << QStringList{u"1-4"_s}
                        << QStringList{u"0-3"_s, u"0-5"_s, u"2-3"_s, u"2-5"_s};
        DistancingRules all = r;
        all.frontBehind = true;
        all.diagonal = true;
        row("all around") << shape << all << QList<int>{} << QStringList{u"1-4"_s, u"1-5"_s}
                          << QStringList{u"0-3"_s,
                                         u"0-4"_s,
                                         u"0-5"_s,
                                         u"0-6"_s,
                                         u"1-3"_s,
                                         u"1-6"_s,
                                         u"2-3"_s,
                                         u"2-4"_s,
                                         u"2-5"_s,
                                         u"2-6"_s};
        row("two orders") << shape << r << QList<int>{} << QStringList{u"1-2"_s, u"1-7"_s}
                          << QStringList{u"1-1"_s, u"1-3"_s, u"1-6"_s, u"1-8"_s};
        row("aisle stops it") << shape << r << QList<int>{4} << QStringList{u"1-4"_s}
                              << QStringList{u"1-3"_s};
        DistancingRules ends;
        ends.enabled = true;
        ends.seatsEachSide = 0;
        ends.rowEndSeats = 1;
        row("row ends") << shape << ends << QList<int>{} << QStringList{}
                        << QStringList{u"0-0"_s, u"0-9"_s, u"1-0"_s, u"1-9"_s, u"2-0"_s, u"2-9"_s};
        DistancingRules near;
        near.enabled = true;
        near.radius = 60;
        row("radius 60") << shape << near << QList<int>{} << QStringList{u"1-4"_s}
                         << QStringList{u"1-3"_s, u"1-5"_s};
        DistancingRules far = near;
        far.radius = 95;
        row("radius 95") << shape << far << QList<int>{} << QStringList{u"1-4"_s}
                         << QStringList{u"0-4"_s, u"1-3"_s, u"1-5"_s, u"2-4"_s};
        DistancingRules wide = near;
        wide.radius = 120;
        row("radius 120") << shape << wide << QList<int>{} << QStringList{u"1-4"_s}
                          << QStringList{u"0-3"_s,
                                         u"0-4"_s,
                                         u"0-5"_s,
                                         u"1-2"_s,
                                         u"1-3"_s,
                                         u"1-5"_s,
                                         u"1-6"_s,
                                         u"2-3"_s,
                                         u"2-4"_s,
                                         u"2-5"_s};
    }
}

void tst_Distancing::blockedSeats()
{
    QFETCH(RowShape, shape);
    QFETCH(DistancingRules, rules);
    QFETCH(QList<int>, aisleAfter);
    QFETCH(QStringList, sold);
    QFETCH(QStringList, blocked);
    SeatPlan plan = ruleBlock(shape, 3, 10, aisleAfter);
    areaOverAll(plan, rules);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (const QString &p : sold)
        claims.claim(seatFor(plan, p), OrderId(1));
    const BlockedSeats overlay = computeBlockedSeats(geo, claims);
    blocked.sort();
    QCOMPARE(blockedPlaces(plan, overlay), blocked);
    for (const QString &p : sold)
        QVERIFY(!overlay.isBlocked(seatFor(plan, p)));
    // Every reason names the area and, for distance kinds, the order.
    for (const QString &p : blocked) {
        const BlockReason &why = overlay.reason(seatFor(plan, p));
        QCOMPARE(why.area, 0);
        if (why.kind != BlockReason::Kind::RowEnd && why.kind != BlockReason::Kind::AlwaysFree)
            QCOMPARE(why.order, OrderId(1));
    }
}

void tst_Distancing::tables_data()
{
    QTest::addColumn<DistancingRules>("rules");
    QTest::addColumn<QStringList>("sold");
    QTest::addColumn<QStringList>("blocked");
    DistancingRules r;
    r.enabled = true;
    QTest::newRow("one each side, wraps")
        << r << QStringList{u"t0-0"_s} << QStringList{u"t0-1"_s, u"t0-5"_s};
    DistancingRules party = r;
    party.seatsEachSide = 0;
    party.onePartyPerTable = true;
    QTest::newRow("one party per table") << party << QStringList{u"t0-0"_s, u"t0-1"_s}
                                         << QStringList{u"t0-2"_s, u"t0-3"_s, u"t0-4"_s, u"t0-5"_s};
    DistancingRules ring = r;
    ring.radius = 100; // seats 90 from the centre, 60 degrees apart: neighbours at 90
    QTest::newRow("radius at a table")
        << ring << QStringList{u"t0-3"_s} << QStringList{u"t0-2"_s, u"t0-4"_s};
}

void tst_Distancing::tables()
{
    QFETCH(DistancingRules, rules);
    QFETCH(QStringList, sold);
    QFETCH(QStringList, blocked);
    SeatPlan plan = ruleBlock(RowShape::Straight, 1, 2);
    addRoundTable(plan, 6, QPointF(2000, 2000), TableBooking::BySeat);
    addRoundTable(plan, 6, QPointF(2400, 2000), TableBooking::BySeat);
    areaOverAll(plan, rules);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (const QString &p : sold)
        claims.claim(seatFor(plan, p), OrderId(3));
    const BlockedSeats overlay = computeBlockedSeats(geo, claims);
    blocked.sort();
    QCOMPARE(blockedPlaces(plan, overlay), blocked);
    for (const QString &p : blocked)
        QCOMPARE(overlay.reason(seatFor(plan, p)).kind,
                 rules.radius > 0 ? BlockReason::Kind::Radius : BlockReason::Kind::Table);
}

void tst_Distancing::occupancy_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<int>("sold");
    QTest::addColumn<int>("expectBlocked");
    // 30 seats, no neighbour rules: only the occupancy limit blocks.
    QTest::newRow("absolute, below") << 5 << false << 4 << 0;
    QTest::newRow("absolute, reached") << 5 << false << 5 << 25;
    QTest::newRow("percent, below") << 50 << true << 14 << 0;
    QTest::newRow("percent, reached") << 50 << true << 15 << 15;
}

void tst_Distancing::occupancy()
{
    QFETCH(int, limit);
    QFETCH(bool, percent);
    QFETCH(int, sold);
    QFETCH(int, expectBlocked);
    SeatPlan plan = ruleBlock(RowShape::Straight, 3, 10);
    DistancingRules r;
    r.enabled = true;
    r.seatsEachSide = 0;
    r.maxOccupancy = limit;
    r.occupancyPercent = percent;
    areaOverAll(plan, r);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    for (int i = 0; i < sold; ++i)
        claims.claim(i, OrderId(i + 1));
    const BlockedSeats overlay = computeBlockedSeats(geo, claims);
    QCOMPARE(overlay.count(), expectBlocked);
    if (expectBlocked > 0)
        QCOMPARE(overlay.reason(sold).kind, BlockReason::Kind::AreaFull);
}

void tst_Distancing::cancelUnblocks()
{
    SeatPlan plan = ruleBlock(RowShape::Curved, 3, 10);
    DistancingRules r;
    r.enabled = true;
    r.frontBehind = true;
    areaOverAll(plan, r);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    claims.claim(seatAt(plan, 1, 4), OrderId(1));
    claims.claim(seatAt(plan, 1, 5), OrderId(1));
    claims.claim(seatAt(plan, 1, 8), OrderId(2));
    QCOMPARE(computeBlockedSeats(geo, claims).count(), 6 + 4);
    claims.releaseOrder(OrderId(1));
    const BlockedSeats after = computeBlockedSeats(geo, claims);
    QCOMPARE(after.count(), 4); // 1-7, 1-9, 0-8, 2-8
    QVERIFY(!after.isBlocked(seatAt(plan, 1, 3)));
    QVERIFY(!after.isBlocked(seatAt(plan, 0, 4)));
    QCOMPARE(after.reason(seatAt(plan, 1, 7)).order, OrderId(2));
    claims.releaseOrder(OrderId(2));
    QCOMPARE(computeBlockedSeats(geo, claims).count(), 0);
}

void tst_Distancing::expiredAndCancelledDoNotCount()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 1, 10);
    DistancingRules r;
    r.enabled = true;
    areaOverAll(plan, r);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    Inventory inv(PerformanceId(1));
    inv.setSeatClaim(plan.seats().at(2).id,
                     SeatClaim{SeatStatus::Reserved, OrderId(7), now.addSecs(-60), {}});
    inv.setSeatClaim(plan.seats().at(5).id,
                     SeatClaim{SeatStatus::Reserved, OrderId(8), now.addSecs(600), {}});
    inv.setSeatClaim(plan.seats().at(8).id, SeatClaim{SeatStatus::Blocked, {}, {}, u"KILL"_s});
    const SeatNeighbours geo(plan);
    const SeatClaims claims = SeatClaims::fromInventory(plan, inv, now);
    QVERIFY(!claims.isTaken(2)); // expired reservation
    QVERIFY(claims.isTaken(5));
    QVERIFY(claims.isHeld(8) && !claims.isTaken(8));
    const BlockedSeats overlay = computeBlockedSeats(geo, claims);
    QCOMPARE(blockedPlaces(plan, overlay), (QStringList{u"0-4"_s, u"0-6"_s}));
}

void tst_Distancing::overlappingRulesets()
{
    SeatPlan plan = ruleBlock(RowShape::Angled, 3, 10);
    DistancingRules sides;
    sides.enabled = true;
    sides.seatsEachSide = 2;
    DistancingRules rows;
    rows.enabled = true;
    rows.seatsEachSide = 0;
    rows.frontBehind = true;
    areaOverAll(plan, sides, u"Sides"_s);
    // The second area covers only row 1's first half.
    Area half;
    half.name = u"Half"_s;
    for (int k = 0; k < 5; ++k)
        half.seats.append(plan.seats().at(seatAt(plan, 1, k)).id);
    half.distancing = rows;
    plan.addArea(half);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    claims.claim(seatAt(plan, 1, 3), OrderId(1));
    claims.claim(seatAt(plan, 1, 7), OrderId(2));
    const BlockedSeats overlay = computeBlockedSeats(geo, claims);
    // Both rulesets apply to 1-3 (in both areas); only the side rule to 1-7.
    QCOMPARE(blockedPlaces(plan, overlay),
             (QStringList{u"0-3"_s,
                          u"1-1"_s,
                          u"1-2"_s,
                          u"1-4"_s,
                          u"1-5"_s,
                          u"1-6"_s,
                          u"1-8"_s,
                          u"1-9"_s,
                          u"2-3"_s}));
    QCOMPARE(overlay.reason(seatAt(plan, 0, 3)).area, 1);
    QCOMPARE(overlay.reason(seatAt(plan, 0, 3)).kind, BlockReason::Kind::FrontBehind);
    QCOMPARE(overlay.reason(seatAt(plan, 1, 5)).kind, BlockReason::Kind::Side);
    QVERIFY(blockReasonText(plan, overlay.reason(seatAt(plan, 0, 3))).contains(u"Half"_s));
    QCOMPARE(overlay.texts(plan).size(), 9);
}

void tst_Distancing::areaWithoutDistancingBlocksNothing()
{
    SeatPlan plan = ruleBlock(RowShape::Straight, 3, 10);
    DistancingRules off;
    off.frontBehind = true;
    off.rowEndSeats = 2;
    off.alwaysFree = {plan.seats().at(4).id};
    areaOverAll(plan, off);
    const SeatNeighbours geo(plan);
    SeatClaims claims(plan.seats().size());
    claims.claim(seatAt(plan, 1, 4), OrderId(1));
    QCOMPARE(computeBlockedSeats(geo, claims).count(), 0);
}

void tst_Distancing::stadiumRowsHaveFrontNeighbours()
{
    // The generated bowl: curved rows around an elliptic pitch, sections turned all round.
    StadiumOptions options;
    options.seats = 6000;
    const SeatPlan plan = generateStadium(options);
    const SeatNeighbours geo(plan);
    int withFront = 0, rowSeats = 0;
    for (int i = 0; i < plan.seats().size(); ++i) {
        if (plan.seats().at(i).row < 0)
            continue;
        ++rowSeats;
        for (const qint32 f : geo.front(i)) {
            // A front seat is in another row and close: about one row depth away.
            QVERIFY(plan.seats().at(f).row != plan.seats().at(i).row);
            const QPointF d = plan.seats().at(f).pos - plan.seats().at(i).pos;
            QVERIFY2(std::hypot(d.x(), d.y()) < 150, qPrintable(place(plan, i)));
        }
        withFront += !geo.front(i).empty();
    }
    // Every row but the first of each tier has seats in front.
    QVERIFY2(withFront > rowSeats * 8 / 10, qPrintable(u"%1 of %2"_s.arg(withFront).arg(rowSeats)));
}

QTEST_GUILESS_MAIN(tst_Distancing)
#include "tst_distancing.moc"
