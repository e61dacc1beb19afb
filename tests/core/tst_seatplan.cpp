// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "core/seatplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_SeatPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoPlanHasEverything();
    void idsAreStableAndUnique();
    void rowGeometry();
    void hitTesting();
    void jsonRoundTrip();
    void areasRoundTrip();
    void areaEdits();
    void oldTablesStillLoad();
    void rotatedZonesAndShapes();
    void jsonErrorsNameThePlace_data();
    void jsonErrorsNameThePlace();
};

void tst_SeatPlan::demoPlanHasEverything()
{
    const DemoData d = buildDemoData(QDate(2026, 11, 22));
    const SeatPlan &plan = d.plan;
    QCOMPARE(plan.categories().size(), 3);
    QCOMPARE(plan.zones().size(), 1);
    QCOMPARE(plan.zones().first().capacity, 150);
    QStringList sections;
    for (const Section &s : plan.sections())
        sections.append(s.name);
    QVERIFY(sections.contains(u"Stalls"_s));
    QVERIFY(sections.contains(u"Balcony"_s));
    int curved = 0, angled = 0, wheelchair = 0;
    for (const Row &r : plan.rows()) {
        curved += r.curve != 0;
        angled += r.angle != 0;
    }
    for (const Seat &s : plan.seats())
        wheelchair += s.flags.testFlag(SeatFlag::Wheelchair);
    QCOMPARE(curved, 5);
    QCOMPARE(angled, 4);
    QCOMPARE(wheelchair, 2);
    QCOMPARE(plan.seats().size(), 12 * 24 + 4 + 4 * 6 + (26 + 27 + 28 + 29 + 30));
    // Deterministic: the same day builds the same plan.
    QCOMPARE(buildDemoData(QDate(2026, 11, 22)).plan.toJson(), plan.toJson());
}

void tst_SeatPlan::idsAreStableAndUnique()
{
    const SeatPlan plan = buildDemoData(QDate(2026, 1, 1)).plan;
    QSet<qint64> ids;
    for (const Seat &s : plan.seats()) {
        QVERIFY(s.id.isValid());
        QVERIFY(!ids.contains(s.id.value));
        ids.insert(s.id.value);
        QCOMPARE(plan.seat(s.id)->label, s.label);
    }
    // Seats in a row keep their order along the row.
    const Row &a = plan.rows().first();
    QCOMPARE(a.label, u"A"_s);
    for (int i = 0; i < a.seats.size(); ++i)
        QCOMPARE(plan.seats().at(a.seats.at(i)).label, QString::number(i + 1));
}

void tst_SeatPlan::rowGeometry()
{
    const QList<QPointF> straight = SeatPlan::rowGeometry(QPointF(0, 0), 3, 10, 0, 0);
    QCOMPARE(straight, (QList<QPointF>{QPointF(0, 0), QPointF(10, 0), QPointF(20, 0)}));
    const QList<QPointF> vertical = SeatPlan::rowGeometry(QPointF(0, 0), 2, 10, 90, 0);
    QVERIFY(qAbs(vertical.at(1).x()) < 1e-9);
    QVERIFY(qAbs(vertical.at(1).y() - 10) < 1e-9);
    const QList<QPointF> curved = SeatPlan::rowGeometry(QPointF(0, 0), 5, 10, 0, -8);
    QCOMPARE(curved.first().y(), 0.0);
    QCOMPARE(curved.last().y(), 0.0);
    QCOMPARE(curved.at(2).y(), -8.0); // the sagitta sits in the middle
    QVERIFY(curved.at(1).y() < 0 && curved.at(1).y() > -8);
}

void tst_SeatPlan::hitTesting()
{
    const SeatPlan plan = buildDemoData(QDate(2026, 1, 1)).plan;
    for (int i : {0, 17, 100, int(plan.seats().size()) - 1}) {
        const Seat &s = plan.seats().at(i);
        QCOMPARE(plan.seatAt(s.pos + QPointF(3, -2), 20), i);
        QVERIFY(plan.seatsIn(QRectF(s.pos - QPointF(1, 1), QSizeF(2, 2))).contains(i));
    }
    QCOMPARE(plan.seatAt(QPointF(-5000, -5000), 20), -1);
    // A rectangle over row A's first 5 seats finds exactly those.
    const Row &a = plan.rows().first();
    const QPointF p0 = plan.seats().at(a.seats.at(0)).pos;
    const QPointF p4 = plan.seats().at(a.seats.at(4)).pos;
    const QList<int> found = plan.seatsIn(QRectF(p0 - QPointF(5, 5), p4 + QPointF(5, 5)));
    QCOMPARE(found, a.seats.mid(0, 5));
    // Brute force agrees with the grid over the whole plan.
    const QRectF box(500, 600, 400, 300);
    QList<int> brute;
    for (int i = 0; i < plan.seats().size(); ++i) {
        if (box.contains(plan.seats().at(i).pos))
            brute.append(i);
    }
    QCOMPARE(plan.seatsIn(box), brute);
}

void tst_SeatPlan::jsonRoundTrip()
{
    SeatPlan plan = buildDemoData(QDate(2026, 1, 1)).plan;
    Table t;
    t.label = u"T1"_s;
    t.center = QPointF(100, 3000);
    t.radius = 60;
    t.booking = TableBooking::WholeTable;
    const int ti = plan.addTable(t);
    for (int i = 0; i < 4; ++i) {
        Seat s;
        s.label = QString::number(i + 1);
        s.pos = QPointF(100 + i * 10, 3050);
        s.category = plan.categories().first().id;
        s.flags = SeatFlag::RestrictedView;
        s.externalId = u"T1-%1"_s.arg(i + 1);
        plan.addSeatToTable(ti, s);
    }
    plan.setImportExtras(
        QJsonObject{{u"format"_s, u"pretix"_s},
                    {u"seats"_s, QJsonObject{{u"7"_s, QJsonObject{{u"uuid"_s, u"x"_s}}}}}});
    const QJsonObject json = plan.toJson();
    const auto back = SeatPlan::fromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->seats().size(), plan.seats().size());
    QCOMPARE(back->tables().first().seats.size(), 4);
    QVERIFY(back->tables().first().isWholeTableOnly());
    QVERIFY(back->seats().last().flags.testFlag(SeatFlag::RestrictedView));
    QCOMPARE(back->seats().at(7).id, plan.seats().at(7).id);
    QCOMPARE(back->seats().last().externalId, u"T1-4"_s);
    QVERIFY(back->seats().first().externalId.isEmpty());
    // Format 2: a row's seats as columns; no external id column when no seat has one.
    QCOMPARE(json.value(u"formatVersion"_s).toInt(), 2);
    const QJsonObject columns = json.value(u"sections"_s)[0][u"rows"_s][0][u"seatColumns"_s]
                                    .toObject();
    QCOMPARE(columns.value(u"x"_s).toArray().size(), plan.rows().first().seats.size());
    QVERIFY(!columns.contains(u"externalId"_s));
    // Format 1 (one object per seat) is still written on request and reads back the same.
    const QJsonObject v1 = plan.toJson(1);
    QCOMPARE(v1.value(u"formatVersion"_s).toInt(), 1);
    QVERIFY(v1.value(u"sections"_s)[0][u"rows"_s][0][u"seats"_s].isArray());
    const auto fromV1 = SeatPlan::fromJson(v1);
    QVERIFY2(fromV1, qPrintable(fromV1 ? QString() : fromV1.error().message));
    QCOMPARE(fromV1->toJson(), json);
    QCOMPARE(back->importExtras(), plan.importExtras());
    QVERIFY(!SeatPlan().toJson().contains(u"importExtras"_s));
}

void tst_SeatPlan::areasRoundTrip()
{
    SeatPlan plan = buildDemoData(QDate(2026, 1, 1)).plan;
    Table t;
    t.label = u"T9"_s;
    t.booking = TableBooking::Party;
    t.minPersons = 2;
    t.maxPersons = 5;
    const int ti = plan.addTable(t);
    for (int i = 0; i < 6; ++i) {
        Seat seat;
        seat.label = QString::number(i + 1);
        seat.pos = QPointF(i * 10, 5000);
        plan.addSeatToTable(ti, seat);
    }
    Area stalls;
    stalls.name = u"Stalls distancing"_s;
    stalls.color = u"#12ab34"_s;
    for (int i = 0; i < 20; ++i)
        stalls.seats.append(plan.seats().at(i).id);
    stalls.tables.append(plan.tables().at(ti).id);
    DistancingRules &d = stalls.distancing;
    d.enabled = true;
    d.seatsEachSide = 2;
    d.frontBehind = true;
    d.diagonal = true;
    d.rowEndSeats = 1;
    d.maxGroupSize = 6;
    d.maxOccupancy = 40;
    d.occupancyPercent = true;
    d.onePartyPerTable = true;
    d.alwaysFree = {plan.seats().at(3).id};
    d.exempt = {plan.seats().at(4).id, plan.seats().at(5).id};
    d.radius = 150.5;
    stalls.limits.maxOrders = 7;
    stalls.limits.minPersons = 2;
    stalls.limits.maxPersons = 8;
    stalls.limits.allowedPriceTypes = {u"adult"_s, u"child"_s};
    stalls.limits.allowedOrderTypes = {u"sale"_s};
    const int ai = plan.addArea(stalls);
    QVERIFY(plan.areas().at(ai).id.isValid());
    Area plain; // every default
    plain.name = u"Balcony"_s;
    plan.addArea(plain);

    const QJsonObject json = plan.toJson();
    const auto back = SeatPlan::fromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->areas().size(), 2);
    QVERIFY(back->areas().at(0) == plan.areas().at(0));
    QVERIFY(back->areas().at(1) == plan.areas().at(1));
    QCOMPARE(back->areas().at(1).distancing.seatsEachSide, 1); // the default survives
    const Table &bt = back->tables().at(ti);
    QCOMPARE(bt.booking, TableBooking::Party);
    QCOMPARE(bt.minPersons, 2);
    QCOMPARE(bt.maxPersons, 5);
    // A seat of the table belongs to the area through the table.
    QCOMPARE(back->areasOfSeat(bt.seats.first()), QList<int>{0});
    QCOMPARE(back->areaSeatIndices(0).size(), 26);
    // New ids stay above the areas' ids.
    QVERIFY(back->lastId() >= back->areas().at(1).id.value);
}

void tst_SeatPlan::areaEdits()
{
    SeatPlan plan = buildDemoData(QDate(2026, 1, 1)).plan;
    Area a;
    a.name = u"A"_s;
    const AreaId id = plan.areas().at(plan.addArea(a)).id;
    Area b;
    b.name = u"B"_s;
    const AreaId idB = plan.areas().at(plan.addArea(b)).id;
    QVERIFY(plan.setAreaName(id, u"Front"_s));
    QVERIFY(plan.setAreaColor(id, u"#ff0000"_s));
    QVERIFY(plan.setAreaSeats(id, {plan.seats().at(0).id}));
    DistancingRules rules;
    rules.enabled = true;
    rules.seatsEachSide = 3;
    QVERIFY(plan.setAreaDistancing(id, rules));
    OrderLimits limits;
    limits.maxPersons = 4;
    QVERIFY(plan.setAreaLimits(id, limits));
    QCOMPARE(plan.area(id)->name, u"Front"_s);
    QCOMPARE(plan.area(id)->distancing.seatsEachSide, 3);
    QCOMPARE(plan.area(id)->limits.maxPersons, 4);
    QVERIFY(!plan.setAreaName(AreaId(999999), u"x"_s));
    // Remove and put back where it was (what an undo command does).
    const Area saved = *plan.area(id);
    const int index = plan.areaIndex(id);
    QVERIFY(plan.removeArea(id));
    QVERIFY(!plan.area(id));
    QCOMPARE(plan.areaIndex(idB), 0);
    plan.insertArea(index, saved);
    QCOMPARE(plan.areaIndex(id), 0);
    QVERIFY(*plan.area(id) == saved);
    Area changed = saved;
    changed.limits.maxOrders = 1;
    QVERIFY(plan.updateArea(changed));
    QCOMPARE(plan.area(id)->limits.maxOrders, 1);
    // Seats removed and restored keep their area (membership is by id).
    const auto removed = plan.removeSeats({plan.seats().at(0).id});
    QCOMPARE(plan.areaSeatIndices(0).size(), 0);
    plan.restoreSeats(removed);
    QCOMPARE(plan.areaSeatIndices(0).size(), 1);
}

void tst_SeatPlan::oldTablesStillLoad()
{
    // A file from before areas and booking modes.
    const QByteArray json = R"({"format":"parkett-seatplan","formatVersion":1,
        "tables":[{"id":1,"label":"T1","center":[0,0],"radius":5,"wholeTableOnly":true,
                   "seats":[{"id":2,"x":0,"y":5}]},
                  {"id":3,"label":"T2","center":[0,0],"radius":5,"wholeTableOnly":false,
                   "seats":[]}]})";
    const auto plan = SeatPlan::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->tables().at(0).booking, TableBooking::WholeTable);
    QCOMPARE(plan->tables().at(1).booking, TableBooking::BySeat);
    QVERIFY(plan->areas().isEmpty());
    QVERIFY(!plan->toJson().contains(u"areas"_s));
}

void tst_SeatPlan::rotatedZonesAndShapes()
{
    // A file from before rotation: both read as unrotated.
    const QByteArray old = R"({"format":"parkett-seatplan","formatVersion":1,
        "zones":[{"id":1,"name":"Floor","capacity":10,"bounds":[0,0,400,100]}],
        "shapes":[{"kind":"rectangle","bounds":[1000,0,400,100],"text":"Stage"}]})";
    auto plan = SeatPlan::fromJson(QJsonDocument::fromJson(old).object());
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
    QCOMPARE(plan->zones().first().rotation, 0.0);
    QCOMPARE(plan->shapes().first().rotation, 0.0);
    QVERIFY(!plan->toJson().value(u"zones"_s)[0].toObject().contains(u"rotation"_s));

    // Turned a quarter: the 400 x 100 zone now stands upright about its centre (200, 50).
    StandingZone zone = plan->zones().first();
    QVERIFY(zone.contains(QPointF(350, 50)));
    QVERIFY(!zone.contains(QPointF(200, 170)));
    zone.rotation = 90;
    QVERIFY(!zone.contains(QPointF(350, 50)));
    QVERIFY(zone.contains(QPointF(200, 170)));
    QVERIFY(zone.contains(QPointF(200, -120)));
    // A polygon zone turns about the centre of its bounds too.
    zone.outline = {QPointF(0, 0), QPointF(400, 0), QPointF(0, 100)}; // the upper-left half
    QVERIFY(zone.contains(QPointF(230, -100)));
    QVERIFY(!zone.contains(QPointF(155, -100)));
    plan->setZone(0, zone);
    Shape stage = plan->shapes().first();
    stage.rotation = -30;
    plan->setShape(0, stage);
    // 30 degrees anticlockwise: a point right of the centre, below the axis, is outside.
    const QPointF centre = stage.bounds.center();
    QCOMPARE(stage.unrotated(rotatedAbout(centre + QPointF(150, 0), centre, -30)),
             centre + QPointF(150, 0));
    QVERIFY(stage.bounds.contains(stage.unrotated(centre + QPointF(170, -90))));
    QVERIFY(!stage.bounds.contains(stage.unrotated(centre + QPointF(170, 90))));

    const QJsonObject json = plan->toJson();
    QCOMPARE(json.value(u"zones"_s)[0][u"rotation"_s].toDouble(), 90.0);
    const auto back = SeatPlan::fromJson(
        QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->zones().first().rotation, 90.0);
    QCOMPARE(back->shapes().first().rotation, -30.0);
    QCOMPARE(back->toJson(), json);
}

void tst_SeatPlan::jsonErrorsNameThePlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    const QByteArray head = R"({"format":"parkett-seatplan","formatVersion":1,)";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x"})") << u"format"_s;
    QTest::newRow("future version")
        << QByteArray(R"({"format":"parkett-seatplan","formatVersion":9})") << u"formatVersion 9"_s;
    QTest::newRow("seat without x")
        << head + R"("sections":[{"id":1,"rows":[{"id":2,"seats":[{"id":3,"y":1}]}]}]})"
        << u"sections[0].rows[0].seats[0]: missing \"x\""_s;
    QTest::newRow("duplicate seat id")
        << head
               + R"("sections":[{"id":1,"rows":[{"id":2,"seats":[{"id":3,"x":0,"y":1},{"id":3,"x":5,"y":1}]}]}]})"
        << u"sections[0].rows[0].seats[1].id: duplicate seat id 3"_s;
    QTest::newRow("negative capacity")
        << head + R"("zones":[{"id":1,"capacity":-4,"bounds":[0,0,1,1]}]})"
        << u"zones[0].capacity"_s;
    const QByteArray head2 = R"({"format":"parkett-seatplan","formatVersion":2,)";
    QTest::newRow("columns of unequal length")
        << head2
               + R"("sections":[{"id":1,"rows":[{"id":2,"seatColumns":{"id":[3,4],"x":[0],"y":[1,1]}}]}]})"
        << u"sections[0].rows[0].seatColumns.x: expected an array of 2 entries"_s;
    QTest::newRow("column entry not a number")
        << head2
               + R"("sections":[{"id":1,"rows":[{"id":2,"seatColumns":{"id":[3,4],"x":[0,"5"],"y":[1,1]}}]}]})"
        << u"sections[0].rows[0].seatColumns.x[1]: expected a number"_s;
    QTest::newRow("duplicate id in columns")
        << head2
               + R"("sections":[{"id":1,"rows":[{"id":2,"seatColumns":{"id":[3,3],"x":[0,5],"y":[1,1]}}]}]})"
        << u"sections[0].rows[0].seatColumns.id[1]: duplicate seat id 3"_s;
    QTest::newRow("unknown flag bits")
        << head2
               + R"("sections":[{"id":1,"rows":[{"id":2,"seatColumns":{"id":[3],"x":[0],"y":[1],"flags":[64]}}]}]})"
        << u"sections[0].rows[0].seatColumns.flags[0]"_s;
    QTest::newRow("unknown flag") << head + R"("seats":[{"id":3,"x":0,"y":1,"flags":["vip"]}]})"
                                  << u"seats[0].flags: unknown flag \"vip\""_s;
    QTest::newRow("extras not an object")
        << head + R"("importExtras":[1]})" << u"importExtras: expected an object"_s;
    QTest::newRow("external id not text")
        << head + R"("seats":[{"id":3,"x":0,"y":1,"externalId":5}]})"
        << u"seats[0].externalId: expected a string"_s;
    QTest::newRow("unknown booking")
        << head + R"("tables":[{"id":1,"center":[0,0],"booking":"bar","seats":[]}]})"
        << u"tables[0].booking: unknown booking mode \"bar\""_s;
    QTest::newRow("area seat id") << head + R"("areas":[{"id":1,"seats":[4,"x"]}]})"
                                  << u"areas[0].seats[1]"_s;
    QTest::newRow("area percent")
        << head + R"("areas":[{"id":1,"distancing":{"maxOccupancy":120,"occupancyPercent":true}}]})"
        << u"areas[0].distancing.maxOccupancy"_s;
    QTest::newRow("duplicate area")
        << head + R"("areas":[{"id":1},{"id":1}]})" << u"areas[1].id: duplicate area id 1"_s;
}

void tst_SeatPlan::jsonErrorsNameThePlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    const auto plan = SeatPlan::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::ParseError);
    QVERIFY2(plan.error().message.contains(place), qPrintable(plan.error().message));
}

QTEST_GUILESS_MAIN(tst_SeatPlan)
#include "tst_seatplan.moc"
