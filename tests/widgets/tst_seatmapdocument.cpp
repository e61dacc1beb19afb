// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demodata.h"
#include "core/stadium.h"
#include "widgets/seatmap/seatmapcommands.h"
#include "widgets/seatmap/seatmapdocument.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace parkett;
using namespace Qt::StringLiterals;

namespace {

/** The plan as JSON in canonical seat order, without the id counter (ids are never reused,
    so undoing an addition leaves the counter where it was). */
QJsonObject canonical(const SeatPlan &plan)
{
    QJsonObject json = SeatPlan::fromJson(plan.toJson())->toJson();
    json.remove(u"lastId"_s);
    return json;
}

} // namespace

class tst_SeatMapDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void moveUndoRedoAndMerge();
    void categoryAndFlags();
    void relabelKeepsIds();
    void removeAndRestoreExactly();
    void addRowRedoKeepsIds();
    void everythingUndoesToTheOriginal();
    void bigEditsOnAStadium();
    void geometryEdits();
    void separateDragsAreSeparateSteps();
    void objectEditsUndoExactly();
    void removingASectionTakesItsRowsAndComesBack();
    void areaMembership();
    void copyAndPaste();
    void selectionFollowsDeletes();
    void rotateZonesAndShapes();

private:
    QList<SeatId> rowSeats(int row) const;
    std::unique_ptr<SeatMapDocument> m_doc;
    QJsonObject m_original;
};

void tst_SeatMapDocument::init()
{
    qRegisterMetaType<parkett::SeatMapChange>();
    m_doc = std::make_unique<SeatMapDocument>(buildDemoData(QDate(2026, 11, 22)).plan);
    m_original = canonical(m_doc->plan());
}

QList<SeatId> tst_SeatMapDocument::rowSeats(int row) const
{
    QList<SeatId> ids;
    for (int i : m_doc->plan().rows().at(row).seats)
        ids.append(m_doc->plan().seats().at(i).id);
    return ids;
}

void tst_SeatMapDocument::moveUndoRedoAndMerge()
{
    QSignalSpy spy(m_doc.get(), &SeatMapDocument::changed);
    const QList<SeatId> seats = rowSeats(0).mid(0, 3);
    const QPointF before = m_doc->plan().seat(seats.first())->pos;
    // A drag: three continuous steps make one undo step.
    m_doc->moveSeats(seats, QPointF(10, 0), true);
    m_doc->moveSeats(seats, QPointF(10, 5), true);
    m_doc->moveSeats(seats, QPointF(0, 5), true);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->plan().seat(seats.first())->pos, before + QPointF(20, 10));
    QCOMPARE(spy.size(), 3);
    QCOMPARE(spy.last().first().value<SeatMapChange>().kind, SeatMapChange::Kind::SeatsMoved);
    QCOMPARE(spy.last().first().value<SeatMapChange>().seats, seats);
    // The spatial index follows the move.
    QCOMPARE(m_doc->plan().seatAt(before + QPointF(20, 10), 5),
             m_doc->plan().seatIndex(seats.first()));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().seat(seats.first())->pos, before);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->plan().seat(seats.first())->pos, before + QPointF(20, 10));
    // A separate move (not continuous) is its own step; other seats do not merge either.
    m_doc->moveSeats(seats, QPointF(1, 1));
    m_doc->moveSeats(rowSeats(1), QPointF(1, 1), true);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(m_doc->undoStack()->text(0), u"Move 3 seat(s)"_s);
}

void tst_SeatMapDocument::categoryAndFlags()
{
    const QList<SeatId> seats = rowSeats(0).mid(0, 2) + rowSeats(11).mid(0, 1); // A, A, C
    const CategoryId a = m_doc->plan().categories().at(0).id;
    const CategoryId c = m_doc->plan().categories().at(2).id;
    m_doc->setCategory(seats, c);
    for (SeatId id : seats)
        QCOMPARE(m_doc->plan().seat(id)->category, c);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().seat(seats.at(0))->category, a);
    QCOMPARE(m_doc->plan().seat(seats.at(2))->category, c); // each seat gets its own back

    const SeatId aisle = rowSeats(0).at(11); // next to the centre aisle
    QVERIFY(m_doc->plan().seat(aisle)->flags.testFlag(SeatFlag::Aisle));
    m_doc->setFlag({aisle, seats.first()}, SeatFlag::Wheelchair, true);
    QVERIFY(m_doc->plan().seat(aisle)->flags.testFlag(SeatFlag::Wheelchair));
    QVERIFY(m_doc->plan().seat(aisle)->flags.testFlag(SeatFlag::Aisle));
    m_doc->setFlag({aisle}, SeatFlag::Aisle, false);
    QVERIFY(!m_doc->plan().seat(aisle)->flags.testFlag(SeatFlag::Aisle));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().seat(aisle)->flags, SeatFlags(SeatFlag::Aisle));
    QCOMPARE(m_doc->plan().seat(seats.first())->flags, SeatFlags());
}

void tst_SeatMapDocument::relabelKeepsIds()
{
    const QList<SeatId> seats = rowSeats(2);
    QStringList labels;
    for (int i = 0; i < seats.size(); ++i)
        labels.append(QString::number(101 + 2 * i)); // odd numbering
    m_doc->relabelSeats(seats, labels);
    QCOMPARE(m_doc->plan().seat(seats.at(3))->label, u"107"_s);
    QCOMPARE(m_doc->plan().seatIndex(seats.at(3)), m_doc->plan().rows().at(2).seats.at(3));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().seat(seats.at(3))->label, u"4"_s);
    m_doc->relabelSeats(seats, {u"only one"_s}); // wrong count: refused, nothing pushed
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void tst_SeatMapDocument::removeAndRestoreExactly()
{
    QSignalSpy spy(m_doc.get(), &SeatMapDocument::changed);
    // Seats from the middle of two rows and a wheelchair place, in no particular order.
    const QList<SeatId> seats = {rowSeats(3).at(7),
                                 rowSeats(0).at(2),
                                 rowSeats(3).at(6),
                                 rowSeats(12).at(0)};
    const int before = int(m_doc->plan().seats().size());
    m_doc->removeSeats(seats);
    QCOMPARE(m_doc->plan().seats().size(), before - 4);
    for (SeatId id : seats)
        QVERIFY(!m_doc->plan().seat(id));
    QCOMPARE(m_doc->plan().rows().at(3).seats.size(), 22);
    // Every row still points at its own seats after the array was compacted.
    for (const Row &row : m_doc->plan().rows()) {
        for (int i : row.seats)
            QCOMPARE(m_doc->plan().rows().at(m_doc->plan().seats().at(i).row).id, row.id);
    }
    QCOMPARE(spy.last().first().value<SeatMapChange>().kind, SeatMapChange::Kind::SeatsRemoved);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().seats().size(), before);
    QCOMPARE(rowSeats(3).at(6), seats.at(2));
    QCOMPARE(rowSeats(3).at(7), seats.at(0));
    // Same plan again, seat for seat (array order aside).
    QCOMPARE(canonical(m_doc->plan()), m_original);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->plan().seats().size(), before - 4);
}

void tst_SeatMapDocument::addRowRedoKeepsIds()
{
    const SectionId balcony = m_doc->plan().sections().last().id;
    const int rowsBefore = int(m_doc->plan().rows().size());
    const CategoryId c = m_doc->plan().categories().at(2).id;
    const QList<QPointF> positions = SeatPlan::rowGeometry(QPointF(300, 2600), 10, 55, 0, -60);
    const RowId row = m_doc->addRow(balcony, u"6"_s, positions, c);
    QVERIFY(row.isValid());
    QCOMPARE(m_doc->plan().rows().size(), rowsBefore + 1);
    const int r = m_doc->plan().rowIndex(row);
    QCOMPARE(m_doc->plan().sections().last().rows.last(), r);
    const QList<SeatId> ids = rowSeats(r);
    QCOMPARE(ids.size(), 10);
    QCOMPARE(m_doc->plan().seat(ids.last())->label, u"10"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->plan().rows().size(), rowsBefore);
    QVERIFY(!m_doc->plan().seat(ids.first()));
    QCOMPARE(canonical(m_doc->plan()).value(u"sections"_s), m_original.value(u"sections"_s));
    m_doc->undoStack()->redo();
    QCOMPARE(rowSeats(m_doc->plan().rowIndex(row)), ids); // the same ids come back
    // New ids never collide with existing ones.
    QSet<qint64> all;
    for (const Seat &s : m_doc->plan().seats())
        QVERIFY(!all.contains(s.id.value) && (all.insert(s.id.value), true));
}

void tst_SeatMapDocument::everythingUndoesToTheOriginal()
{
    const CategoryId b = m_doc->plan().categories().at(1).id;
    m_doc->moveSeats(rowSeats(4), QPointF(0, 30));
    m_doc->setCategory(rowSeats(5), b);
    m_doc->removeSeats(rowSeats(6).mid(3, 5));
    m_doc->addRow(m_doc->plan().sections().first().id,
                  u"M"_s,
                  SeatPlan::rowGeometry(QPointF(300, 1500), 5, 55, 0, 0),
                  b);
    m_doc->setFlag(rowSeats(7), SeatFlag::RestrictedView, true);
    m_doc->relabelSeats(rowSeats(8).mid(0, 2), {u"X"_s, u"Y"_s});
    QVERIFY(canonical(m_doc->plan()) != m_original);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(canonical(m_doc->plan()), m_original);
}

void tst_SeatMapDocument::bigEditsOnAStadium()
{
    // Correctness at scale; the timing is measured by bench/, not asserted here.
    SeatMapDocument doc(generateStadium({100000, 24, 30}));
    const QJsonObject original = canonical(doc.plan());
    QList<SeatId> five;
    for (int i = 0; i < 5000; ++i)
        five.append(doc.plan().seats().at(i * 20).id);
    doc.moveSeats(five, QPointF(15, -15));
    QCOMPARE(doc.plan().seat(five.last())->pos,
             SeatPlan::fromJson(original)->seat(five.last())->pos + QPointF(15, -15));
    QList<SeatId> section;
    QStringList labels;
    for (int r : doc.plan().sections().at(3).rows) {
        for (int i : doc.plan().rows().at(r).seats) {
            section.append(doc.plan().seats().at(i).id);
            labels.append(QString::number(section.size()));
        }
    }
    doc.relabelSeats(section, labels);
    doc.removeSeats(section.mid(0, 500));
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(canonical(doc.plan()), original);
}

void tst_SeatMapDocument::geometryEdits()
{
    const QList<SeatId> seats = rowSeats(0).mid(0, 4);
    const SeatPlan &plan = m_doc->plan();
    const QPointF a = plan.seat(seats.at(0))->pos;
    // A quarter turn about the first seat puts the second one below it.
    const QPointF b = plan.seat(seats.at(1))->pos;
    m_doc->rotateSeats(seats, 90, a, false);
    QCOMPARE(plan.seat(seats.at(0))->pos, a);
    const QPointF turned = plan.seat(seats.at(1))->pos;
    QVERIFY(std::abs(turned.x() - (a.x() - (b.y() - a.y()))) < 1e-6);
    QVERIFY(std::abs(turned.y() - (a.y() + (b.x() - a.x()))) < 1e-6);
    QCOMPARE(int(plan.seat(seats.at(1))->rotation), 90);
    m_doc->undoStack()->undo();
    QCOMPARE(plan.seat(seats.at(1))->pos, b);

    // Align: every seat on the leftmost x; distribute: even steps between the outer ones.
    m_doc->rotateSeats(seats, 90, a, false);
    m_doc->alignSeats(seats, SeatMapDocument::Alignment::Left);
    const double left = plan.seat(seats.at(0))->pos.x();
    for (SeatId id : seats)
        QCOMPARE(plan.seat(id)->pos.x(), left);
    m_doc->alignSeats(seats, SeatMapDocument::Alignment::DistributeV);
    QList<double> ys;
    for (SeatId id : seats)
        ys.append(plan.seat(id)->pos.y());
    std::sort(ys.begin(), ys.end());
    QVERIFY(std::abs((ys.at(1) - ys.at(0)) - (ys.at(3) - ys.at(2))) < 1e-6);

    // Skew: each seat shifts by its distance below the top times tan(angle).
    m_doc->skewSeats(seats, 45);
    QVERIFY(std::abs(plan.seat(seats.at(3))->pos.x() - (left + (ys.at(3) - ys.at(0)))) < 1e-6);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(canonical(plan), m_original);
}

void tst_SeatMapDocument::separateDragsAreSeparateSteps()
{
    const QList<SeatId> seats = rowSeats(0).mid(0, 2);
    m_doc->moveSeats(seats, QPointF(5, 0), true);
    m_doc->moveSeats(seats, QPointF(5, 0), true);
    m_doc->endDrag();
    m_doc->moveSeats(seats, QPointF(5, 0), true);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->rotateSeats(seats, 5, {}, true);
    m_doc->rotateSeats(seats, 5, {}, true);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_doc->endDrag();
    m_doc->rotateSeats(seats, 5, {}, true);
    QCOMPARE(m_doc->undoStack()->count(), 4);
}

void tst_SeatMapDocument::objectEditsUndoExactly()
{
    const SeatPlan &plan = m_doc->plan();
    const qsizetype seats = plan.seats().size();
    const SectionId section = m_doc->addSection(u"Gallery"_s,
                                                {{0, 0}, {400, 0}, {400, 200}, {0, 200}});
    QCOMPARE(plan.sections().last().id, section);
    StandingZone zone;
    zone.name = u"Pit"_s;
    zone.bounds = QRectF(0, 300, 200, 100);
    zone.capacity = 80;
    const ZoneId zoneId = m_doc->addZone(zone);
    QCOMPARE(plan.zones().last().id, zoneId);
    Shape bar;
    bar.kind = Shape::Kind::Ellipse;
    bar.bounds = QRectF(500, 500, 100, 50);
    bar.text = u"Bar"_s;
    m_doc->addShape(bar);
    Table table;
    table.label = u"T9"_s;
    table.center = QPointF(800, 800);
    table.radius = 60;
    table.booking = TableBooking::Party;
    table.minPersons = 2;
    table.maxPersons = 6;
    const int undoBefore = m_doc->undoStack()->count();
    const TableId tableId = m_doc->addTable(table, 6, true, plan.categories().first().id);
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1); // table and chairs: one step
    const int t = plan.tableIndex(tableId);
    QCOMPARE(plan.tables().at(t).seats.size(), 6);
    QCOMPARE(plan.tables().at(t).booking, TableBooking::Party);
    QCOMPARE(plan.seats().size(), seats + 6);
    // Chairs sit around the table, outside it.
    for (qint32 s : plan.tables().at(t).seats)
        QVERIFY(QLineF(plan.seats().at(s).pos, table.center).length() > table.radius);

    // Change the zone's capacity, then delete the table with its chairs.
    PlanObject changed = m_doc->object(PlanObjectKind::Zone, int(plan.zones().size() - 1));
    changed.zone.capacity = 120;
    m_doc->changeObject({PlanObjectKind::Zone, int(plan.zones().size() - 1)},
                        changed,
                        u"Change capacity"_s);
    QCOMPARE(plan.zones().last().capacity, 120);
    m_doc->removeObject({PlanObjectKind::Table, t});
    QCOMPARE(plan.tableIndex(tableId), -1);
    QCOMPARE(plan.seats().size(), seats);
    m_doc->undoStack()->undo();
    QCOMPARE(plan.tables().at(plan.tableIndex(tableId)).seats.size(), 6);
    m_doc->setFocalPoint({123, 456});
    QCOMPARE(plan.focalPoint(), QPointF(123, 456));

    const QJsonObject edited = canonical(plan);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(canonical(plan), m_original);
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(canonical(plan), edited);
}

void tst_SeatMapDocument::rotateZonesAndShapes()
{
    const SeatPlan &plan = m_doc->plan();
    const int zone = 0; // the demo's standing zone
    Shape stage;
    stage.bounds = QRectF(0, 0, 400, 100);
    m_doc->addShape(stage);
    const int shape = int(plan.shapes().size() - 1);
    const int steps = m_doc->undoStack()->count();
    // A drag: continuous turns merge into one step; the next drag is a step of its own.
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_doc->rotateObject({PlanObjectKind::Zone, zone}, 3, true));
    m_doc->endDrag();
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(plan.zones().at(zone).rotation, 30.0);
    QVERIFY(m_doc->rotateObject({PlanObjectKind::Shape, shape}, -15));
    QVERIFY(m_doc->rotateObject({PlanObjectKind::Shape, shape}, -15));
    QCOMPARE(m_doc->undoStack()->count(), steps + 3);
    QCOMPARE(plan.shapes().at(shape).rotation, -30.0);
    // Kept within (-180, 180].
    QVERIFY(m_doc->rotateObject({PlanObjectKind::Shape, shape}, -170));
    QCOMPARE(plan.shapes().at(shape).rotation, 160.0);
    // Only zones and shapes turn.
    QVERIFY(!m_doc->rotateObject({PlanObjectKind::Section, 0}, 15));
    QCOMPARE(m_doc->undoStack()->count(), steps + 4);
    const QJsonObject turned = canonical(plan);
    m_doc->undoStack()->undo();
    QCOMPARE(plan.shapes().at(shape).rotation, -30.0);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(plan.shapes().at(shape).rotation, 0.0);
    m_doc->undoStack()->undo();
    QCOMPARE(plan.zones().at(zone).rotation, 0.0);
    for (int i = 0; i < 4; ++i)
        m_doc->undoStack()->redo();
    QCOMPARE(canonical(plan), turned);
}

void tst_SeatMapDocument::removingASectionTakesItsRowsAndComesBack()
{
    const SeatPlan &plan = m_doc->plan();
    int index = -1;
    for (int i = 0; i < plan.sections().size(); ++i) {
        if (!plan.sections().at(i).rows.isEmpty() && i < plan.sections().size() - 1) {
            index = i; // not the last, so the rows after it must shift
            break;
        }
    }
    QVERIFY(index >= 0);
    const QString name = plan.sections().at(index).name;
    const qsizetype rows = plan.rows().size();
    const qsizetype sectionRows = plan.sections().at(index).rows.size();
    m_doc->removeObject({PlanObjectKind::Section, index});
    QCOMPARE(plan.rows().size(), rows - sectionRows);
    for (const Section &s : plan.sections())
        QVERIFY(s.name != name);
    // Every row still points at the section that lists it.
    for (int s = 0; s < plan.sections().size(); ++s) {
        for (qint32 r : plan.sections().at(s).rows)
            QCOMPARE(plan.rows().at(r).section, s);
    }
    m_doc->undoStack()->undo();
    QCOMPARE(canonical(plan), m_original);
}

void tst_SeatMapDocument::areaMembership()
{
    const SeatPlan &plan = m_doc->plan();
    const AreaId area = m_doc->addArea(u"Front"_s, u"#8e24aa"_s);
    const QList<SeatId> seats = rowSeats(0);
    m_doc->setAreaMembership(area, seats, true);
    QCOMPARE(plan.area(area)->seats, seats);
    m_doc->setAreaMembership(area, seats.mid(0, 2), false);
    QCOMPARE(plan.area(area)->seats, seats.mid(2));
    const int steps = m_doc->undoStack()->count();
    m_doc->setAreaMembership(area, seats.mid(0, 2), false); // nothing to take out
    QCOMPARE(m_doc->undoStack()->count(), steps);
    PlanObject rules = m_doc->object(PlanObjectKind::Area, plan.areaIndex(area));
    rules.area.distancing.enabled = true;
    rules.area.distancing.seatsEachSide = 2;
    m_doc->changeObject({PlanObjectKind::Area, plan.areaIndex(area)}, rules, u"Rules"_s);
    QVERIFY(plan.area(area)->distancing.enabled);
    m_doc->undoStack()->undo();
    QVERIFY(!plan.area(area)->distancing.enabled);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(canonical(plan), m_original);
}

void tst_SeatMapDocument::copyAndPaste()
{
    const SeatPlan &plan = m_doc->plan();
    const QList<SeatId> seats = rowSeats(0).mid(0, 3);
    const SeatMapDocument::Clip clip = SeatMapDocument::Clip::fromJson(m_doc->copy(seats).toJson());
    QCOMPARE(clip.seats.size(), 3);
    QCOMPARE(clip.rows.size(), 1);
    const qsizetype rows = plan.rows().size();
    const QList<SeatId> pasted = m_doc->paste(clip, QPointF(0, 500), {});
    QCOMPARE(pasted.size(), 3);
    QCOMPARE(plan.rows().size(), rows + 1);
    QCOMPARE(m_doc->selectedSeats(), pasted);
    for (qsizetype k = 0; k < 3; ++k) {
        QVERIFY(!seats.contains(pasted.at(k)));
        QCOMPARE(plan.seat(pasted.at(k))->pos, plan.seat(seats.at(k))->pos + QPointF(0, 500));
        QCOMPARE(plan.seat(pasted.at(k))->label, plan.seat(seats.at(k))->label);
        QCOMPARE(plan.seat(pasted.at(k))->category, plan.seat(seats.at(k))->category);
    }
    m_doc->undoStack()->undo();
    QCOMPARE(canonical(plan), m_original);
}

void tst_SeatMapDocument::selectionFollowsDeletes()
{
    QSignalSpy spy(m_doc.get(), &SeatMapDocument::selectionChanged);
    const QList<SeatId> seats = rowSeats(0).mid(0, 3);
    m_doc->setSelectedSeats(seats);
    QCOMPARE(spy.size(), 1);
    m_doc->deleteSelection();
    QVERIFY(m_doc->selectedSeats().isEmpty());
    QCOMPARE(spy.size(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(canonical(m_doc->plan()), m_original);
}

QTEST_MAIN(tst_SeatMapDocument)
#include "tst_seatmapdocument.moc"
