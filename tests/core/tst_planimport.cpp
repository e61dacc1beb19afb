// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/planimport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("PARKETT_TEST_DATA") + u"/seatplans/"_s + relative;
}

QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (is PARKETT_TEST_DATA set?)", qPrintable(f.fileName()));
    return f.readAll();
}

int countLines(const QStringList &report, const QString &needle)
{
    int n = 0;
    for (const QString &line : report)
        n += line.contains(needle);
    return n;
}

const QStringList kImportable = {u"pretix-format/seatmap-canvas-stadium.json"_s,
                                 u"seatsio/sampleChart.json"_s,
                                 u"seatsio/sampleChartWithErrors.json"_s,
                                 u"seatsio/sampleChartWithFloors.json"_s,
                                 u"seatsio/sampleChartWithSections.json"_s,
                                 u"seatsio/sampleChartWithTables.json"_s,
                                 u"seatsio/sampleChartWithZones.json"_s};

} // namespace

class tst_PlanImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void licencesBesideTheData();
    void samples_data();
    void samples();
    void pretixDetails();
    void seatsioDetails();
    void messyChartIsReported();
    void unknownFieldsAreKept();
    void nativeRoundTrip_data();
    void nativeRoundTrip();
    void pretixRoundTrip_data();
    void pretixRoundTrip();
    void exportFromScratch();
    void errorsNameThePlace_data();
    void errorsNameThePlace();
};

void tst_PlanImport::licencesBesideTheData()
{
    for (const QString &f : {u"pretix-format/LICENSE-seatmap-canvas.txt"_s,
                             u"flat-seat-list/LICENSE-seatmap-canvas.txt"_s,
                             u"seatsio/LICENSE-seatsio-js.txt"_s}) {
        QVERIFY2(QFile::exists(dataPath(f)), qPrintable(f));
        QVERIFY(readData(f).contains("MIT License") || readData(f).contains("Permission is hereby"));
    }
}

void tst_PlanImport::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("seats");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("sections");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("standingZones");
    QTest::addColumn<int>("standingCapacity");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<int>("categories");

    QTest::newRow("pretix stadium")
        << kImportable.at(0) << u"pretix"_s << 738 << 90 << 2 << 0 << 0 << 0 << 738 - 318 << 5;
    QTest::newRow("sampleChart") << kImportable.at(1) << u"seats.io"_s << 32 << 4 << 0 << 0 << 2
                                 << 200 << 0 << 3;
    QTest::newRow("sampleChartWithErrors")
        << kImportable.at(2) << u"seats.io"_s << 32 << 4 << 0 << 0 << 2 << 200 << 1 << 2;
    QTest::newRow("sampleChartWithFloors")
        << kImportable.at(3) << u"seats.io"_s << 4 << 2 << 2 << 0 << 0 << 0 << 0 << 2;
    QTest::newRow("sampleChartWithSections")
        << kImportable.at(4) << u"seats.io"_s << 71 << 13 << 2 << 0 << 0 << 0 << 0 << 2;
    QTest::newRow("sampleChartWithTables")
        << kImportable.at(5) << u"seats.io"_s << 12 << 0 << 0 << 2 << 0 << 0 << 0 << 2;
    QTest::newRow("sampleChartWithZones")
        << kImportable.at(6) << u"seats.io"_s << 8897 << 131 << 4 << 0 << 0 << 0 << 0 << 2;
}

void tst_PlanImport::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, seats);
    QFETCH(int, rows);
    QFETCH(int, sections);
    QFETCH(int, tables);
    QFETCH(int, standingZones);
    QFETCH(int, standingCapacity);
    QFETCH(int, duplicates);
    QFETCH(int, categories);

    const QByteArray json = readData(file);
    const auto imported = importPlanAuto(json);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const SeatPlan &plan = imported->plan;
    QCOMPARE(plan.importExtras().value(u"format"_s).toString(), format);
    QCOMPARE(plan.seats().size(), seats);
    QCOMPARE(plan.rows().size(), rows);
    QCOMPARE(plan.sections().size(), sections);
    QCOMPARE(plan.tables().size(), tables);
    QCOMPARE(plan.zones().size(), standingZones);
    QCOMPARE(plan.standingCapacity(), standingCapacity);
    QCOMPARE(plan.categories().size(), categories);
    QCOMPARE(countLines(imported->report, u"re-keyed as"_s), duplicates);

    // Every seat keeps a source id, unique after re-keying, and sits in a row or a table.
    QSet<QString> ids;
    for (const Seat &s : plan.seats()) {
        QVERIFY(!s.externalId.isEmpty());
        QVERIFY2(!ids.contains(s.externalId), qPrintable(s.externalId));
        ids.insert(s.externalId);
        QVERIFY(s.row >= 0 || s.table >= 0);
    }
    int rekeyed = 0;
    for (const QString &id : std::as_const(ids))
        rekeyed += id.contains(u'~');
    QCOMPARE(rekeyed, duplicates);

    // The specific importer agrees with detection.
    const auto direct = format == u"pretix" ? importPretixPlan(json) : importSeatsioChart(json);
    QVERIFY(direct);
    QCOMPARE(direct->plan.toJson(), plan.toJson());
    QCOMPARE(direct->report, imported->report);
    qInfo().noquote() << file << plan.seats().size() << "seats," << rekeyed << "re-keyed,"
                      << imported->report.size() << "report lines";
}

void tst_PlanImport::pretixDetails()
{
    const auto imported = importPretixPlan(readData(kImportable.at(0)));
    QVERIFY(imported);
    const SeatPlan &plan = imported->plan;
    QCOMPARE(plan.name(), u"Plan"_s);
    QCOMPARE(plan.sections().at(0).name, u"Ground floor"_s);
    QCOMPARE(plan.sections().at(1).name, u"First Floor"_s);
    QCOMPARE(plan.categories().at(0).name, u"Category I"_s);
    QCOMPARE(plan.categories().at(0).color, u"#F44336"_s);

    // The first seat: zone (0,0) + row (1261.06, 478.85) + seat (0,0).
    const Seat &first = plan.seats().first();
    QCOMPARE(first.externalId, u"Groundfloor-A-1"_s);
    QCOMPARE(first.label, u"1"_s);
    QCOMPARE(plan.rowLabelOf(0), u"A"_s);
    QCOMPARE(plan.category(first.category)->name, u"Category I"_s);
    QVERIFY(qAbs(first.pos.x() - 1261.05673144212) < 1e-9);
    QVERIFY(qAbs(first.pos.y() - 478.85213751448657) < 1e-9);
    QCOMPARE(plan.seats().at(1).pos.x() - first.pos.x(), 25.0);

    // Copied blocks reuse seat_guids: re-keyed, reported with their place.
    QVERIFY(imported->report.contains(
        u"zones[0].rows[6].seats[0]: duplicate seat id \"Groundfloor-A-1\" re-keyed as "
        "\"Groundfloor-A-1~2\""_s));
    QCOMPARE(countLines(imported->report, u"\"Groundfloor-A-1\" re-keyed"_s), 7);
    QVERIFY(countLines(imported->report, u"420 duplicate seat id(s) re-keyed"_s) == 1);
    // Repeated row numbers inside one zone are noticed, and stay separate rows.
    QVERIFY(countLines(imported->report, u"row \"A\" repeats zones[0].rows[0]"_s) > 0);

    // Angled rows (per-seat y offsets) are still one row each, with the angle fitted to the
    // seats: 54 of the 90 rows are turned (18 of them run right to left, at 180 degrees).
    // This file's rows are all straight; exportFromScratch() checks a fitted curve.
    int turned = 0;
    for (const Row &r : plan.rows()) {
        turned += r.angle != 0;
        QCOMPARE(r.curve, 0.0);
        QVERIFY(!r.seats.isEmpty());
    }
    QCOMPARE(turned, 54);
    // A diagonal row (zones[0], row "A" at 1543/525) runs at about 46.5 degrees.
    bool diagonal = false;
    for (const Row &r : plan.rows()) {
        const QPointF p = plan.seats().at(r.seats.first()).pos;
        if (qAbs(p.x() - 1543.663) < 0.01 && qAbs(p.y() - 525.705) < 0.01) {
            diagonal = true;
            QVERIFY2(qAbs(r.angle - 46.488) < 0.01, qPrintable(QString::number(r.angle)));
            QCOMPARE(plan.seats().at(r.seats.first()).rotation, float(r.angle));
        }
    }
    QVERIFY(diagonal);

    // Nothing lost: uuids and the unknown "radius" are kept per seat and reported once.
    const QJsonObject extras = plan.importExtras();
    const QJsonObject seatExtras = extras.value(u"seats"_s).toObject();
    QCOMPARE(seatExtras.size(), 738);
    QSet<QString> uuids;
    int radii = 0;
    for (auto it = seatExtras.begin(); it != seatExtras.end(); ++it) {
        uuids.insert(it.value().toObject().value(u"uuid"_s).toString());
        radii += it.value().toObject().contains(u"radius"_s);
    }
    QCOMPARE(uuids.size(), 738);
    QCOMPARE(radii, 42);
    QCOMPARE(countLines(imported->report, u".radius: unknown field kept in importExtras (42 occ"_s),
             1);
    QCOMPARE(extras.value(u"plan"_s).toObject().value(u"fields"_s).toObject().value(u"size"_s),
             QJsonValue(QJsonObject{{u"width"_s, 2000}, {u"height"_s, 2000}}));
    QCOMPARE(plan.shapes().size(), 1);
    QCOMPARE(plan.shapes().first().kind, Shape::Kind::Rectangle);
    QVERIFY(qAbs(plan.shapes().first().bounds.width() - 846.8843) < 1e-9);
}

void tst_PlanImport::seatsioDetails()
{
    {
        const auto imported = importSeatsioChart(readData(u"seatsio/sampleChart.json"_s));
        QVERIFY(imported);
        const SeatPlan &plan = imported->plan;
        QCOMPARE(plan.name(), u"Sample chart"_s);
        QCOMPARE(plan.focalPoint(), QPointF(225, 33.23));
        QCOMPARE(plan.zones().size(), 2);
        QCOMPARE(plan.zones().at(0).name, u"GA1"_s);
        QCOMPARE(plan.zones().at(0).capacity, 100);
        QCOMPARE(plan.category(plan.zones().at(0).category)->name, u"Cat1"_s);
        QCOMPARE(plan.category(plan.zones().at(1).category)->name, u"Cat2"_s);
        QVERIFY(plan.zones().at(0).bounds.contains(QPointF(53.22, 139.45)));
        QCOMPARE(plan.categories().at(0).color, u"#87A9CD"_s);
        QCOMPARE(plan.shapes().size(), 1);
        QCOMPARE(plan.shapes().first().text, u"Stage"_s);
        QCOMPARE(plan.shapes().first().color, u"#D0D1D2"_s);
        QCOMPARE(plan.seats().first().externalId, u"A-1"_s);
        QCOMPARE(plan.seats().first().pos, QPointF(151.94, 99.56));
        for (const Row &r : plan.rows())
            QCOMPARE(r.seats.size(), 8);
        // Editor-only fields are kept without noise in the report.
        QCOMPARE(countLines(imported->report, u"unknown field"_s), 0);
        QVERIFY(plan.importExtras().value(u"seats"_s).toObject().size() == 32);
    }
    {
        const auto imported = importSeatsioChart(readData(u"seatsio/sampleChartWithTables.json"_s));
        QVERIFY(imported);
        const SeatPlan &plan = imported->plan;
        QCOMPARE(plan.tables().at(0).label, u"T1"_s);
        QCOMPARE(plan.tables().at(0).seats.size(), 6);
        QCOMPARE(plan.tables().at(1).seats.size(), 6);
        QVERIFY(!plan.tables().at(0).isWholeTableOnly()); // bookAsAWhole: null
        QVERIFY(plan.tables().at(1).isWholeTableOnly());
        QCOMPARE(plan.tables().at(0).center, QPointF(35.74, 39.87));
        QVERIFY(plan.tables().at(0).radius > 20);
        QCOMPARE(plan.seats().at(plan.tables().at(0).seats.first()).externalId, u"T1-1"_s);
        QCOMPARE(plan.rowLabelOf(plan.tables().at(0).seats.first()), u"T1"_s);
    }
    {
        const auto imported = importSeatsioChart(readData(u"seatsio/sampleChartWithZones.json"_s));
        QVERIFY(imported);
        const SeatPlan &plan = imported->plan;
        QList<int> perSection;
        for (const Section &sec : plan.sections()) {
            int n = 0;
            for (int r : sec.rows)
                n += int(plan.rows().at(r).seats.size());
            perSection.append(n);
            QVERIFY(sec.outline.size() >= 3);
        }
        QCOMPARE(perSection, (QList<int>{650, 2215, 2418, 3614}));
        // Seats without their own category take their section's.
        for (const Seat &s : plan.seats())
            QVERIFY(s.category.isValid());
        QCOMPARE(plan.sectionNameOf(0), u"Goal Stand 4"_s);
        QVERIFY(plan.seats().first().externalId.startsWith(u"Goal Stand 4-"_s));
        // No chart focal point: the first zone's is used, and that is said.
        QCOMPARE(plan.focalPoint(), QPointF(15445.45, 18181.82));
        QVERIFY(countLines(imported->report, u"no focal point"_s) == 1);
        QCOMPARE(countLines(imported->report, u"unknown field"_s), 0);
        // Seats of a section sit inside its outline's bounding box (section offsets applied).
        const Section &sec = plan.sections().first();
        double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
        for (QPointF p : sec.outline) {
            x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
        }
        const QRectF box(QPointF(x0 - 50, y0 - 50), QPointF(x1 + 50, y1 + 50));
        for (int r : sec.rows) {
            for (int i : plan.rows().at(r).seats)
                QVERIFY(box.contains(plan.seats().at(i).pos));
        }
    }
    {
        const auto imported = importSeatsioChart(readData(u"seatsio/sampleChartWithFloors.json"_s));
        QVERIFY(imported);
        const QJsonObject sections = imported->plan.importExtras().value(u"sections"_s).toObject();
        QSet<QString> floors;
        for (auto it = sections.begin(); it != sections.end(); ++it)
            floors.insert(it.value().toObject().value(u"@floor"_s).toString());
        QCOMPARE(floors, (QSet<QString>{u"1"_s, u"2"_s}));
        QVERIFY(countLines(imported->report, u"2 floor(s) merged"_s) == 1);
    }
}

void tst_PlanImport::messyChartIsReported()
{
    const auto imported = importPlanAuto(readData(u"seatsio/sampleChartWithErrors.json"_s));
    QVERIFY(imported);
    const QStringList &report = imported->report;
    QVERIFY2(report.contains(
                 u"subChart.rows[0].seats[1]: duplicate seat id \"A-1\" re-keyed as \"A-1~2\""_s),
             qPrintable(report.join(u'\n')));
    QVERIFY2(report.contains(u"subChart.rows[0].seats[3]: seat \"A-4\" has no category"_s),
             qPrintable(report.join(u'\n')));
    const SeatPlan &plan = imported->plan;
    QCOMPARE(plan.seats().at(1).externalId, u"A-1~2"_s);
    QCOMPARE(plan.seats().at(1).label, u"1"_s);
    QVERIFY(!plan.seats().at(3).category.isValid());
    QCOMPARE(plan.zones().at(1).name, u"34"_s);
    QCOMPARE(plan.focalPoint(), QPointF());
}

void tst_PlanImport::unknownFieldsAreKept()
{
    const QByteArray chart = R"({"name":"c","vendorNote":"keep me",
        "categories":{"list":[{"key":1,"label":"Stalls","color":"#123456"}]},
        "subChart":{"rows":[{"label":"A","seats":[
            {"label":"1","x":0,"y":0,"categoryKey":1,"vipLounge":true},
            {"label":"2","x":10,"y":0,"categoryKey":7},
            {"label":"3","x":20,"y":0,"categoryKey":1,"vipLounge":false}]}]}})";
    const auto imported = importPlanAuto(chart);
    QVERIFY(imported);
    const QStringList &report = imported->report;
    QVERIFY2(report.contains(u"subChart.rows[0].seats[0].vipLounge: unknown field kept in "
                             "importExtras (2 occurrences)"_s),
             qPrintable(report.join(u'\n')));
    QVERIFY(report.contains(u"vendorNote: unknown field kept in importExtras"_s));
    QVERIFY(countLines(report, u"subChart.rows[0].seats[1]: category \"Category 7\" (key 7)"_s)
            == 1);
    const SeatPlan &plan = imported->plan;
    QCOMPARE(plan.categories().size(), 2);
    const QJsonObject extras = plan.importExtras();
    QCOMPARE(extras.value(u"seats"_s)[QString::number(plan.seats().at(0).id.value)][u"vipLounge"_s],
             QJsonValue(true));
    QCOMPARE(extras.value(u"plan"_s)[u"fields"_s][u"vendorNote"_s], QJsonValue(u"keep me"_s));
    // Straight row: no angle, no curve.
    QCOMPARE(plan.rows().first().angle, 0.0);
    QCOMPARE(plan.rows().first().curve, 0.0);
}

void tst_PlanImport::nativeRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : kImportable)
        QTest::newRow(qPrintable(f)) << f;
}

void tst_PlanImport::nativeRoundTrip()
{
    QFETCH(QString, file);
    const auto imported = importPlanAuto(readData(file));
    QVERIFY(imported);
    const QJsonObject json = imported->plan.toJson();
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto back = SeatPlan::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->importExtras(), imported->plan.importExtras());
    for (int i = 0; i < back->seats().size(); ++i)
        QCOMPARE(back->seat(imported->plan.seats().at(i).id)->externalId,
                 imported->plan.seats().at(i).externalId);
    // The native file is recognised too, and reports nothing.
    const auto again = importPlanAuto(text);
    QVERIFY(again);
    QVERIFY(again->report.isEmpty());
    QCOMPARE(again->plan.toJson(), json);
}

void tst_PlanImport::pretixRoundTrip_data()
{
    nativeRoundTrip_data();
}

void tst_PlanImport::pretixRoundTrip()
{
    QFETCH(QString, file);
    const auto imported = importPlanAuto(readData(file));
    QVERIFY(imported);
    const SeatPlan &plan = imported->plan;
    const QByteArray exported = QJsonDocument(exportPretixPlan(plan)).toJson();
    const auto back = importPretixPlan(exported);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    const SeatPlan &again = back->plan;
    QCOMPARE(again.seats().size(), plan.seats().size());
    // Ids were unique after the first import, so nothing is re-keyed the second time.
    QCOMPARE(countLines(back->report, u"re-keyed as"_s), 0);
    QHash<QString, int> byId;
    for (int i = 0; i < again.seats().size(); ++i)
        byId.insert(again.seats().at(i).externalId, i);
    for (const Seat &s : plan.seats()) {
        QVERIFY2(byId.contains(s.externalId), qPrintable(s.externalId));
        const Seat &t = again.seats().at(byId.value(s.externalId));
        QCOMPARE(t.label, s.label);
        QVERIFY2(qAbs(t.pos.x() - s.pos.x()) < 1e-6 && qAbs(t.pos.y() - s.pos.y()) < 1e-6,
                 qPrintable(s.externalId));
        const Category *a = plan.category(s.category);
        const Category *b = again.category(t.category);
        QCOMPARE(b ? b->name : QString(), a ? a->name : QString());
        QCOMPARE(b ? b->color : QString(), a ? a->color : QString());
    }
    for (const Row &r : plan.rows())
        QVERIFY(r.section >= 0 || again.rows().size() >= plan.rows().size());
    QCOMPARE(again.rows().size(), plan.rows().size() + plan.tables().size());
    // Exporting the re-import gives the same file: the export is stable. ("size" follows the
    // plan's bounds, which shrink when seats.io section outlines are not exported.)
    QJsonObject first = QJsonDocument::fromJson(exported).object();
    QJsonObject second = exportPretixPlan(again);
    first.remove(u"size"_s);
    second.remove(u"size"_s);
    QCOMPARE(second, first);
}

void tst_PlanImport::exportFromScratch()
{
    SeatPlan plan;
    plan.setName(u"Hall"_s);
    Category cat;
    cat.name = u"Front"_s;
    cat.color = u"#112233"_s;
    const CategoryId front = plan.categories().at(plan.addCategory(cat)).id;
    Section stalls;
    stalls.name = u"Stalls"_s;
    const int sec = plan.addSection(stalls);
    Row row;
    row.label = u"1"_s;
    const int r = plan.addRow(sec, row);
    for (const QPointF p : SeatPlan::rowGeometry(QPointF(100, 200), 5, 50, 10, 20)) {
        Seat s;
        s.label = QString::number(plan.seats().size() + 1);
        s.pos = p;
        s.category = front;
        plan.addSeat(r, s);
    }
    const QJsonObject pretix = exportPretixPlan(plan);
    const QJsonObject seat = pretix.value(u"zones"_s)[0][u"rows"_s][0][u"seats"_s][2].toObject();
    QCOMPARE(seat.value(u"seat_guid"_s).toString(), u"Stalls-1-3"_s);
    QCOMPARE(seat.value(u"category"_s).toString(), u"Front"_s);
    const auto back = importPretixPlan(QJsonDocument(pretix).toJson());
    QVERIFY(back);
    QCOMPARE(back->plan.seats().size(), 5);
    QVERIFY(qAbs(back->plan.rows().first().angle - 10) < 1e-9);
    QVERIFY(qAbs(back->plan.rows().first().curve - 20) < 1e-6);
    // The fitted row redraws the imported seats.
    const QList<QPointF> redrawn = SeatPlan::rowGeometry(back->plan.seats().first().pos,
                                                         5,
                                                         50,
                                                         back->plan.rows().first().angle,
                                                         back->plan.rows().first().curve);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(qAbs(redrawn.at(i).x() - plan.seats().at(i).pos.x()) < 1e-6);
        QVERIFY(qAbs(redrawn.at(i).y() - plan.seats().at(i).pos.y()) < 1e-6);
    }
    QCOMPARE(back->plan.categories().first().color, u"#112233"_s);
}

void tst_PlanImport::errorsNameThePlace_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");

    const QByteArray stadium = readData(kImportable.at(0));
    QTest::newRow("truncated pretix") << stadium.left(1000) << u"malformed JSON at byte"_s;
    QTest::newRow("garbage line") << QByteArray("{\n  \"zones\": [\n    {,}\n  ]\n}")
                                  << u"(line 3, column"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("flat seat list")
        << readData(u"flat-seat-list/seatmap-canvas-stadium-block-5000.json"_s)
        << u"unknown seat-plan format"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"ods"})")
                                  << u"\"format\" is \"ods\""_s;

    const QByteArray pretixHead
        = R"({"name":"p","categories":[],"zones":[{"name":"z","position":{"x":0,"y":0},"rows":[)";
    QTest::newRow("pretix seat without position")
        << pretixHead
               + R"({"row_number":"A","position":{"x":0,"y":0},"seats":[{"seat_guid":"a","seat_number":"1"}]}]}]})"
        << u"zones[0].rows[0].seats[0].position: expected an object with x and y"_s;
    QTest::newRow("pretix position as text")
        << pretixHead
               + R"({"row_number":"A","position":{"x":0,"y":0},"seats":[{"seat_guid":"a","position":{"x":"5","y":0}}]}]}]})"
        << u"zones[0].rows[0].seats[0].position: expected an object with x and y"_s;
    QTest::newRow("pretix rows not a list")
        << QByteArray(R"({"categories":[],"zones":[{"name":"z","rows":{"a":1}}]})")
        << u"zones[0].rows: expected an array"_s;
    QTest::newRow("pretix seat number an object")
        << pretixHead
               + R"({"row_number":"A","seats":[{"seat_guid":"a","seat_number":{},"position":{"x":1,"y":0}}]}]}]})"
        << u"zones[0].rows[0].seats[0].seat_number: expected a string"_s;
    QTest::newRow("pretix zones not a list")
        << QByteArray(R"({"categories":[],"zones":7})") << u"unknown seat-plan format"_s;

    QTest::newRow("seats.io seat without x") << QByteArray(
        R"({"name":"c","subChart":{"rows":[{"label":"A","seats":[{"label":"1","y":3}]}]}})")
                                             << u"subChart.rows[0].seats[0]: missing \"x\""_s;
    QTest::newRow("seats.io x as text") << QByteArray(
        R"({"name":"c","subChart":{"rows":[{"label":"A","seats":[{"label":"1","x":"1","y":3}]}]}})")
                                        << u"subChart.rows[0].seats[0].x: expected a number"_s;
    QTest::newRow("seats.io section subChart a list")
        << QByteArray(R"({"subChart":{"sections":[{"label":"S","points":[],"subChart":[]}]}})")
        << u"subChart.sections[0].subChart: expected an object"_s;
    QTest::newRow("seats.io capacity as text")
        << QByteArray(
               R"({"subChart":{"generalAdmissionAreas":[{"label":"GA","capacity":"lots","center":{"x":1,"y":1},"radius1":3}]}})")
        << u"subChart.generalAdmissionAreas[0].capacity: expected a number"_s;
    QTest::newRow("seats.io table without centre")
        << QByteArray(R"({"subChart":{"tables":[{"label":"T1","seats":[]}]}})")
        << u"subChart.tables[0].center: expected an object with x and y"_s;
}

void tst_PlanImport::errorsNameThePlace()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    const auto imported = importPlanAuto(json);
    QVERIFY(!imported);
    QCOMPARE(imported.error().code, ErrorCode::ParseError);
    QVERIFY2(imported.error().message.contains(place), qPrintable(imported.error().message));
}

QTEST_GUILESS_MAIN(tst_PlanImport)
#include "tst_planimport.moc"
