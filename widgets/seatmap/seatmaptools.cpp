// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaptools.h"

#include "core/numbering.h"

#include "widgets/seatmap/editorsettings.h"
#include "widgets/seatmap/seatmaprenderer.h"
#include "widgets/seatmap/seatmapview.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPolygonF>

namespace parkett {

namespace {

const QColor kPreview(0x1e, 0x88, 0xe5);

double angleOf(QPointF from, QPointF to)
{
    return std::atan2(to.y() - from.y(), to.x() - from.x()) * 180 / M_PI;
}

void drawSeatPreview(QPainter *painter, const QTransform &t, const QList<QPointF> &points)
{
    const double r = std::max(2.0, SeatMapRenderer::kSeatRadius * t.m11());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = kPreview;
    fill.setAlpha(90);
    painter->setPen(QPen(kPreview, 1.5));
    painter->setBrush(fill);
    for (QPointF p : points)
        painter->drawEllipse(t.map(p), r, r);
    painter->restore();
}

void drawOutline(QPainter *painter, const QTransform &t, const QPolygonF &polygon, bool closed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(kPreview, 1.5, Qt::DashLine));
    QColor fill = kPreview;
    fill.setAlpha(closed ? 40 : 0);
    painter->setBrush(fill);
    const QPolygonF mapped = t.map(polygon);
    if (closed)
        painter->drawPolygon(mapped);
    else
        painter->drawPolyline(mapped);
    painter->restore();
}

CategoryId newSeatCategory(const SeatPlan &plan, const EditorSettings *settings)
{
    if (settings->category.isValid() && plan.category(settings->category))
        return settings->category;
    return plan.categories().isEmpty() ? CategoryId() : plan.categories().first().id;
}

SectionId sectionIdAt(const SeatPlan &plan, QPointF p)
{
    const int i = sectionIndexAt(plan, p);
    return i >= 0 ? plan.sections().at(i).id : SectionId();
}

} // namespace

int sectionIndexAt(const SeatPlan &plan, QPointF p)
{
    const QList<Section> &sections = plan.sections();
    for (qsizetype i = sections.size() - 1; i >= 0; --i) {
        if (QPolygonF(sections.at(i).outline).containsPoint(p, Qt::OddEvenFill))
            return int(i);
    }
    return -1;
}

QString nextRowLabel(const SeatPlan &plan, int sectionIndex)
{
    // Letter sequences as the numbering wizard counts them: I and O skipped, AA after Z.
    int highestNumber = 0;
    int highestLetters = 0;
    for (const Row &row : plan.rows()) {
        if (row.section != sectionIndex)
            continue;
        bool ok = false;
        const int n = row.label.toInt(&ok);
        if (ok)
            highestNumber = std::max(highestNumber, n);
        else
            highestLetters = std::max(highestLetters, letterSequenceIndex(row.label, true));
    }
    return highestLetters > 0 ? letterSequence(highestLetters + 1, true)
                              : QString::number(highestNumber + 1);
}

// --- SelectTool ---

SelectTool::SelectTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Select"), QIcon(), QKeySequence(Qt::Key_S), document, settings, parent)
{}

QString SelectTool::statusHint() const
{
    return tr("Click or drag to select (Shift adds, Ctrl toggles); drag the selection to move it, "
              "Alt+drag to rotate; arrow keys nudge");
}

void SelectTool::mousePressed(const SeatMapToolEvent &event)
{
    SeatMapDocument *doc = document();
    m_pressPlan = event.planPos;
    m_lastPlan = event.planPos;
    m_pressModifiers = event.modifiers;
    m_dragged = false;
    const bool shift = event.modifiers & Qt::ShiftModifier;
    const bool ctrl = event.modifiers & Qt::ControlModifier;
    if (event.seat.isValid()) {
        QList<SeatId> selection = doc->selectedSeats();
        const bool selected = selection.contains(event.seat);
        if (ctrl) {
            if (selected)
                selection.removeOne(event.seat);
            else
                selection.append(event.seat);
            doc->setSelectedSeats(selection);
            m_mode = Mode::None;
            return;
        }
        if (shift && !selected) {
            selection.append(event.seat);
            doc->setSelectedSeats(selection);
        } else if (!selected) {
            doc->setSelectedSeats({event.seat});
        }
        if (event.modifiers & Qt::AltModifier) {
            m_mode = Mode::RotateSeats;
            m_pivot = doc->selectionBounds().center();
            m_lastAngle = angleOf(m_pivot, event.planPos);
        } else {
            m_mode = Mode::MoveSeats;
        }
        return;
    }
    const SeatMapDocument::ObjectRef ref = doc->objectAt(event.planPos);
    m_pressSection = {};
    if (ref.isValid() && ref.kind == PlanObjectKind::Section) {
        // Sections hold the seats one bands over; a plain click selects the section itself.
        m_pressSection = ref;
    } else if (ref.isValid() && !shift && !ctrl) {
        doc->setSelectedObject(ref);
        m_mode = ref.kind == PlanObjectKind::Area ? Mode::None : Mode::MoveObject;
        if ((event.modifiers & Qt::AltModifier)
            && (ref.kind == PlanObjectKind::Zone || ref.kind == PlanObjectKind::Shape)) {
            // Zones and shapes turn about their own centre.
            m_mode = Mode::RotateObject;
            m_pivot = ref.kind == PlanObjectKind::Zone
                          ? doc->plan().zones().at(ref.index).bounds.center()
                          : doc->plan().shapes().at(ref.index).bounds.center();
            m_lastAngle = angleOf(m_pivot, event.planPos);
        }
        return;
    }
    m_mode = Mode::Band;
}

void SelectTool::mouseMoved(const SeatMapToolEvent &event)
{
    if (m_mode == Mode::None || !(event.buttons & Qt::LeftButton))
        return;
    if (!m_dragged) {
        const double startDistance = QApplication::startDragDistance() * event.planPerPixel;
        if (QLineF(m_pressPlan, event.planPos).length() < startDistance)
            return;
        m_dragged = true;
    }
    SeatMapDocument *doc = document();
    switch (m_mode) {
    case Mode::MoveSeats: {
        // Snap the moved distance, not the pointer, so seats keep their spacing.
        QPointF total = event.planPos - m_pressPlan;
        if (!(event.modifiers & Qt::ShiftModifier))
            total = settings()->snap(total);
        const QPointF delta = total - (m_lastPlan - m_pressPlan);
        if (!delta.isNull()) {
            doc->moveSeats(doc->selectedSeats(), delta, true);
            m_lastPlan = m_pressPlan + total;
        }
        break;
    }
    case Mode::RotateSeats:
    case Mode::RotateObject: {
        double angle = angleOf(m_pivot, event.planPos);
        double delta = angle - m_lastAngle;
        if (!(event.modifiers & Qt::ShiftModifier)) {
            // Whole degrees, so a drag lands on round angles.
            delta = std::round(delta);
            angle = m_lastAngle + delta;
        }
        if (delta != 0) {
            if (m_mode == Mode::RotateSeats)
                doc->rotateSeats(doc->selectedSeats(), delta, m_pivot, true);
            else
                doc->rotateObject(doc->selectedObject(), delta, true);
            m_lastAngle = angle;
        }
        break;
    }
    case Mode::MoveObject:
    case Mode::Band:
        m_lastPlan = event.planPos;
        updateOverlay();
        break;
    case Mode::None:
        break;
    }
}

void SelectTool::mouseReleased(const SeatMapToolEvent &event)
{
    SeatMapDocument *doc = document();
    const Mode mode = m_mode;
    m_mode = Mode::None;
    if (mode == Mode::Band) {
        const bool shift = m_pressModifiers & Qt::ShiftModifier;
        const bool ctrl = m_pressModifiers & Qt::ControlModifier;
        if (!m_dragged) {
            if (m_pressSection.isValid() && !shift && !ctrl)
                doc->setSelectedObject(m_pressSection);
            else if (!shift && !ctrl)
                doc->setSelectedSeats({});
        } else {
            const QRectF rect = QRectF(m_pressPlan, event.planPos).normalized();
            QList<SeatId> selection = (shift || ctrl) ? doc->selectedSeats() : QList<SeatId>();
            QSet<SeatId> has(selection.cbegin(), selection.cend());
            for (int i : doc->plan().seatsIn(rect)) {
                const SeatId id = doc->plan().seats().at(i).id;
                if (ctrl && has.contains(id)) {
                    selection.removeOne(id);
                    has.remove(id);
                } else if (!has.contains(id)) {
                    selection.append(id);
                    has.insert(id);
                }
            }
            doc->setSelectedSeats(selection);
        }
        updateOverlay();
    } else if (mode == Mode::MoveObject && m_dragged) {
        QPointF delta = event.planPos - m_pressPlan;
        if (!(event.modifiers & Qt::ShiftModifier))
            delta = settings()->snap(delta);
        moveObject(doc->selectedObject(), delta, false);
        updateOverlay();
    }
    // The next drag is an undo step of its own, even of the same seats.
    doc->endDrag();
    m_dragged = false;
}

void SelectTool::mouseDoubleClicked(const SeatMapToolEvent &event)
{
    if (!event.seat.isValid())
        return;
    SeatMapDocument *doc = document();
    const SeatPlan &plan = doc->plan();
    const Seat *seat = plan.seat(event.seat);
    QList<SeatId> ids;
    const QList<qint32> *members = nullptr;
    if (seat->row >= 0)
        members = &plan.rows().at(seat->row).seats;
    else if (seat->table >= 0)
        members = &plan.tables().at(seat->table).seats;
    if (!members)
        return;
    for (qint32 i : *members)
        ids.append(plan.seats().at(i).id);
    doc->setSelectedSeats(ids);
    m_mode = Mode::None;
}

void SelectTool::nudge(QPointF delta)
{
    SeatMapDocument *doc = document();
    if (!doc->selectedSeats().isEmpty())
        doc->moveSeats(doc->selectedSeats(), delta, false);
    else if (doc->selectedObject().isValid())
        moveObject(doc->selectedObject(), delta, false);
}

void SelectTool::moveObject(SeatMapDocument::ObjectRef ref, QPointF delta, bool continuous)
{
    if (!ref.isValid() || delta.isNull())
        return;
    SeatMapDocument *doc = document();
    PlanObject o = doc->object(ref.kind, ref.index);
    const auto shift = [delta](QList<QPointF> &points) {
        for (QPointF &p : points)
            p += delta;
    };
    QList<SeatId> seats;
    switch (ref.kind) {
    case PlanObjectKind::Section:
        shift(o.section.outline);
        for (qint32 r : doc->plan().sections().at(ref.index).rows) {
            for (qint32 s : doc->plan().rows().at(r).seats)
                seats.append(doc->plan().seats().at(s).id);
        }
        break;
    case PlanObjectKind::Table:
        o.table.center += delta;
        for (qint32 s : doc->plan().tables().at(ref.index).seats)
            seats.append(doc->plan().seats().at(s).id);
        break;
    case PlanObjectKind::Zone:
        o.zone.bounds.translate(delta);
        shift(o.zone.outline);
        break;
    case PlanObjectKind::Shape:
        o.shape.bounds.translate(delta);
        shift(o.shape.points);
        break;
    case PlanObjectKind::FocalPoint:
        o.focalPoint += delta;
        break;
    case PlanObjectKind::Area:
        return;
    }
    QUndoStack *stack = doc->undoStack();
    stack->beginMacro(tr("Move"));
    doc->changeObject(ref, o, tr("Move"), continuous);
    if (!seats.isEmpty())
        doc->moveSeats(seats, delta, false);
    stack->endMacro();
}

bool SelectTool::keyPressed(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier)
                            ? 1.0
                            : std::max(1.0, settings()->gridSize);
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        document()->deleteSelection();
        return true;
    case Qt::Key_Escape:
        cancel();
        document()->setSelectedSeats({});
        updateOverlay();
        return true;
    default:
        return SeatMapTool::keyPressed(event);
    }
    if (document()->selectedSeats().isEmpty() && !document()->selectedObject().isValid())
        return false; // arrows pan the view
    nudge(delta);
    return true;
}

void SelectTool::cancel()
{
    m_mode = Mode::None;
    m_dragged = false;
}

void SelectTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    const SeatMapDocument *doc = document();
    if (m_mode == Mode::Band && m_dragged) {
        painter->save();
        QColor fill = kPreview;
        fill.setAlpha(40);
        painter->setPen(QPen(kPreview, 1));
        painter->setBrush(fill);
        painter->drawRect(t.mapRect(QRectF(m_pressPlan, m_lastPlan).normalized()));
        painter->restore();
    }
    const SeatMapDocument::ObjectRef ref = doc->selectedObject();
    if (!ref.isValid())
        return;
    QRectF box = doc->selectionBounds();
    if (m_mode == Mode::MoveObject && m_dragged)
        box.translate(m_lastPlan - m_pressPlan);
    painter->save();
    painter->setPen(QPen(kPreview, 1.5, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(t.mapRect(box).adjusted(-3, -3, 3, 3));
    painter->restore();
}

// --- RowTool ---

RowTool::RowTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Add row"), QIcon(), QKeySequence(Qt::Key_R), document, settings, parent)
{}

QString RowTool::statusHint() const
{
    return tr("Drag from the first seat to the last to add a row; click for a row of %n seat(s)",
              nullptr,
              settings()->seatsPerRow);
}

QList<QPointF> RowTool::seatPositions(QPointF start, QPointF end) const
{
    const EditorSettings *s = settings();
    const double length = QLineF(start, end).length();
    int count = s->seatsPerRow;
    double angle = 0;
    if (length >= s->seatSpacing / 2) {
        count = int(std::lround(length / s->seatSpacing)) + 1;
        angle = angleOf(start, end);
    }
    count = std::max(1, count);
    return SeatPlan::rowGeometry(start,
                                 count,
                                 s->seatSpacing,
                                 angle,
                                 s->sagittaFor(s->seatSpacing * (count - 1)));
}

void RowTool::mousePressed(const SeatMapToolEvent &event)
{
    m_active = true;
    m_start = settings()->snap(event.planPos, &document()->plan());
    if (event.modifiers & Qt::ShiftModifier)
        m_start = event.planPos;
    m_end = m_start;
    updateOverlay();
}

void RowTool::mouseMoved(const SeatMapToolEvent &event)
{
    if (!m_active)
        return;
    m_end = snapped(event);
    updateOverlay();
}

void RowTool::mouseReleased(const SeatMapToolEvent &event)
{
    if (!m_active)
        return;
    m_active = false;
    m_end = snapped(event);
    SeatMapDocument *doc = document();
    const SeatPlan &plan = doc->plan();
    const int section = sectionIndexAt(plan, m_start);
    const QString label = nextRowLabel(plan, section);
    doc->addRows(sectionIdAt(plan, m_start),
                 {label},
                 {seatPositions(m_start, m_end)},
                 newSeatCategory(plan, settings()),
                 tr("Add row %1").arg(label));
    updateOverlay();
}

void RowTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    if (m_active)
        drawSeatPreview(painter, t, seatPositions(m_start, m_end));
}

// --- BlockTool ---

BlockTool::BlockTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Add block"), QIcon(), QKeySequence(Qt::Key_B), document, settings, parent)
{}

QString BlockTool::statusHint() const
{
    return tr("Drag a rectangle to fill it with rows; click for %1 rows of %2 seats")
        .arg(settings()->rowsPerBlock)
        .arg(settings()->seatsPerRow);
}

QList<QList<QPointF>> BlockTool::rowPositions(QPointF start, QPointF end) const
{
    const EditorSettings *s = settings();
    const QRectF rect = QRectF(start, end).normalized();
    int rows = s->rowsPerBlock;
    int seats = s->seatsPerRow;
    if (rect.width() >= s->seatSpacing / 2 || rect.height() >= s->rowSpacing / 2) {
        rows = int(std::floor(rect.height() / s->rowSpacing)) + 1;
        seats = int(std::floor(rect.width() / s->seatSpacing)) + 1;
    }
    const double shear = std::tan(s->blockSkew * M_PI / 180);
    QList<QList<QPointF>> out;
    for (int r = 0; r < rows; ++r) {
        const double dy = r * s->rowSpacing;
        const QPointF first = rect.topLeft() + QPointF(dy * shear, dy);
        out.append(SeatPlan::rowGeometry(
            first, seats, s->seatSpacing, 0, s->sagittaFor(s->seatSpacing * (seats - 1))));
    }
    return out;
}

void BlockTool::mousePressed(const SeatMapToolEvent &event)
{
    m_active = true;
    m_start = snapped(event);
    m_end = m_start;
    updateOverlay();
}

void BlockTool::mouseMoved(const SeatMapToolEvent &event)
{
    if (!m_active)
        return;
    m_end = snapped(event);
    updateOverlay();
}

void BlockTool::mouseReleased(const SeatMapToolEvent &event)
{
    if (!m_active)
        return;
    m_active = false;
    m_end = snapped(event);
    SeatMapDocument *doc = document();
    const SeatPlan &plan = doc->plan();
    const QList<QList<QPointF>> rows = rowPositions(m_start, m_end);
    const int section = sectionIndexAt(plan, QRectF(m_start, m_end).normalized().topLeft());
    // Labels continue after what the section has: A, B, C ... or 1, 2, 3 ...
    RowNumbering numbering;
    numbering.start = nextRowLabel(plan, section);
    bool numeric = false;
    numbering.start.toInt(&numeric);
    numbering.style = numeric ? RowNumbering::Style::Numbers : RowNumbering::Style::Letters;
    const QStringList labels = rowLabels(numbering, int(rows.size()));
    doc->addRows(sectionIdAt(plan, QRectF(m_start, m_end).normalized().topLeft()),
                 labels,
                 rows,
                 newSeatCategory(plan, settings()),
                 tr("Add a block of %n row(s)", nullptr, int(rows.size())));
    updateOverlay();
}

void BlockTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    if (!m_active)
        return;
    QList<QPointF> all;
    for (const QList<QPointF> &row : rowPositions(m_start, m_end))
        all += row;
    drawSeatPreview(painter, t, all);
}

// --- TableTool ---

TableTool::TableTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Add table"), QIcon(), QKeySequence(Qt::Key_T), document, settings, parent)
{}

QString TableTool::statusHint() const
{
    return tr("Click to place a %1 table with %n chair(s)", nullptr, settings()->tableChairs)
        .arg(settings()->tableRound ? tr("round") : tr("rectangular"));
}

void TableTool::mousePressed(const SeatMapToolEvent &event)
{
    const EditorSettings *s = settings();
    SeatMapDocument *doc = document();
    Table table;
    table.center = snapped(event);
    table.radius = s->tableRadius;
    table.label = QString::number(doc->plan().tables().size() + 1);
    table.booking = s->tableBooking;
    if (s->tableBooking == TableBooking::Party) {
        table.minPersons = s->tableMinPersons;
        table.maxPersons = s->tableMaxPersons;
    }
    doc->addTable(table, s->tableChairs, s->tableRound, newSeatCategory(doc->plan(), s));
}

void TableTool::mouseMoved(const SeatMapToolEvent &event)
{
    m_hover = snapped(event);
    m_hovering = true;
    updateOverlay();
}

void TableTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    if (!m_hovering)
        return;
    const double r = settings()->tableRadius;
    drawOutline(painter, t, QPolygonF(QRectF(m_hover - QPointF(r, r), QSizeF(2 * r, 2 * r))), true);
}

// --- ShapeTool ---

ShapeTool::ShapeTool(Target target,
                     SeatMapDocument *document,
                     EditorSettings *settings,
                     QObject *parent)
    : SeatMapTool(target == Target::StandingZone ? tr("Standing zone")
                  : target == Target::Section    ? tr("Section")
                                                 : tr("Shape"),
                  QIcon(),
                  target == Target::StandingZone ? QKeySequence(Qt::Key_Z)
                  : target == Target::Section    ? QKeySequence(Qt::Key_E)
                                                 : QKeySequence(Qt::Key_D),
                  document,
                  settings,
                  parent)
    , m_target(target)
{}

bool ShapeTool::drawsPolygon() const
{
    return m_target == Target::Section
           || (m_target == Target::StandingZone && settings()->zonePolygon)
           || (m_target == Target::Decoration
               && settings()->shapeKind == EditorSettings::ShapeKind::Polygon);
}

QString ShapeTool::statusHint() const
{
    if (drawsPolygon())
        return tr("Click the corners; double click or Enter closes the outline, Escape drops it");
    if (m_target == Target::Decoration && settings()->shapeKind == EditorSettings::ShapeKind::Text)
        return tr("Click where the label goes");
    return tr("Drag a rectangle");
}

void ShapeTool::mousePressed(const SeatMapToolEvent &event)
{
    const QPointF p = snapped(event);
    if (drawsPolygon()) {
        m_points.append(p);
        m_end = p;
        updateOverlay();
        return;
    }
    if (m_target == Target::Decoration && settings()->shapeKind == EditorSettings::ShapeKind::Text) {
        const double h = 60;
        const double w = std::max(80.0, settings()->shapeText.size() * 28.0);
        commit({}, QRectF(p - QPointF(w / 2, h / 2), QSizeF(w, h)));
        return;
    }
    m_dragging = true;
    m_start = p;
    m_end = p;
}

void ShapeTool::mouseMoved(const SeatMapToolEvent &event)
{
    if (m_dragging || !m_points.isEmpty()) {
        m_end = snapped(event);
        updateOverlay();
    }
}

void ShapeTool::mouseReleased(const SeatMapToolEvent &event)
{
    if (!m_dragging)
        return;
    m_dragging = false;
    m_end = snapped(event);
    const QRectF rect = QRectF(m_start, m_end).normalized();
    if (rect.width() < 10 || rect.height() < 10) {
        updateOverlay();
        return;
    }
    commit({}, rect);
    updateOverlay();
}

void ShapeTool::mouseDoubleClicked(const SeatMapToolEvent &event)
{
    Q_UNUSED(event)
    if (drawsPolygon())
        finishPolygon();
}

bool ShapeTool::keyPressed(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && drawsPolygon()) {
        finishPolygon();
        return true;
    }
    return SeatMapTool::keyPressed(event);
}

void ShapeTool::finishPolygon()
{
    // A double click also sent a press at the last corner.
    QList<QPointF> points;
    for (QPointF p : std::as_const(m_points)) {
        if (points.isEmpty() || QLineF(points.last(), p).length() > 1)
            points.append(p);
    }
    m_points.clear();
    if (points.size() >= 3)
        commit(points, QPolygonF(points).boundingRect());
    updateOverlay();
}

void ShapeTool::commit(const QList<QPointF> &polygon, const QRectF &rect)
{
    SeatMapDocument *doc = document();
    const SeatPlan &plan = doc->plan();
    EditorSettings *s = settings();
    switch (m_target) {
    case Target::Section:
        doc->addSection(tr("Section %1").arg(plan.sections().size() + 1),
                        polygon.isEmpty() ? QPolygonF(rect).toList() : polygon);
        break;
    case Target::StandingZone: {
        StandingZone zone;
        zone.name = tr("Standing %1").arg(plan.zones().size() + 1);
        zone.bounds = rect;
        zone.outline = polygon;
        zone.capacity = s->zoneCapacity;
        zone.category = newSeatCategory(plan, s);
        doc->addZone(zone);
        break;
    }
    case Target::Decoration: {
        Shape shape;
        switch (s->shapeKind) {
        case EditorSettings::ShapeKind::Rectangle:
            shape.kind = Shape::Kind::Rectangle;
            break;
        case EditorSettings::ShapeKind::Ellipse:
            shape.kind = Shape::Kind::Ellipse;
            break;
        case EditorSettings::ShapeKind::Polygon:
            shape.kind = Shape::Kind::Polygon;
            shape.points = polygon;
            break;
        case EditorSettings::ShapeKind::Text:
            shape.kind = Shape::Kind::Text;
            break;
        }
        shape.bounds = rect;
        shape.text = s->shapeText;
        shape.color = s->shapeColor;
        doc->addShape(shape);
        break;
    }
    }
}

void ShapeTool::cancel()
{
    m_dragging = false;
    m_points.clear();
}

void ShapeTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    if (!m_points.isEmpty()) {
        QPolygonF open(m_points);
        open.append(m_end);
        drawOutline(painter, t, open, false);
    } else if (m_dragging) {
        const QRectF rect = QRectF(m_start, m_end).normalized();
        if (m_target == Target::Decoration
            && settings()->shapeKind == EditorSettings::ShapeKind::Ellipse) {
            painter->save();
            painter->setPen(QPen(kPreview, 1.5, Qt::DashLine));
            painter->drawEllipse(t.mapRect(rect));
            painter->restore();
        } else {
            drawOutline(painter, t, QPolygonF(rect), true);
        }
    }
}

// --- FocalPointTool ---

FocalPointTool::FocalPointTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Focal point"), QIcon(), QKeySequence(Qt::Key_F), document, settings, parent)
{}

QString FocalPointTool::statusHint() const
{
    return tr("Click where the stage's centre is: best available measures from here");
}

void FocalPointTool::mousePressed(const SeatMapToolEvent &event)
{
    document()->setFocalPoint(snapped(event));
    updateOverlay();
}

void FocalPointTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    const QPointF p = t.map(document()->plan().focalPoint());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(p, 10, 10);
    painter->drawLine(p - QPointF(16, 0), p + QPointF(16, 0));
    painter->drawLine(p - QPointF(0, 16), p + QPointF(0, 16));
    painter->restore();
}

// --- PaintTool ---

PaintTool::PaintTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent)
    : SeatMapTool(tr("Paint"), QIcon(), QKeySequence(Qt::Key_P), document, settings, parent)
{}

QString PaintTool::statusHint() const
{
    switch (settings()->paintTarget) {
    case EditorSettings::PaintTarget::Category:
        return tr("Drag over seats to give them the chosen category");
    case EditorSettings::PaintTarget::Flag:
        return settings()->paintErase ? tr("Drag over seats to take the flag off")
                                      : tr("Drag over seats to flag them");
    case EditorSettings::PaintTarget::Area:
        return settings()->paintErase ? tr("Drag over seats to take them out of the area")
                                      : tr("Drag over seats to add them to the area");
    }
    return {};
}

void PaintTool::collect(const SeatMapToolEvent &event)
{
    const SeatPlan &plan = document()->plan();
    const double radius = std::max(SeatMapRenderer::kSeatRadius, 4 * event.planPerPixel);
    // The brush covers the whole way from the last mouse position, however fast it moved.
    const QPointF from = m_painting && !m_last.isNull() ? m_last : event.planPos;
    const double length = QLineF(from, event.planPos).length();
    const int steps = std::max(1, int(std::ceil(length / radius)));
    for (int step = 0; step <= steps; ++step) {
        const QPointF at = from + (event.planPos - from) * (double(step) / steps);
        const QRectF brush(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        for (int i : plan.seatsIn(brush)) {
            const Seat &seat = plan.seats().at(i);
            if (QLineF(seat.pos, at).length() <= radius && !m_inStroke.contains(seat.id)) {
                m_inStroke.insert(seat.id);
                m_stroke.append(seat.id);
            }
        }
    }
    m_last = event.planPos;
    if (event.seat.isValid() && !m_inStroke.contains(event.seat)) {
        m_inStroke.insert(event.seat);
        m_stroke.append(event.seat);
    }
}

void PaintTool::mousePressed(const SeatMapToolEvent &event)
{
    m_painting = true;
    m_stroke.clear();
    m_inStroke.clear();
    m_last = {};
    collect(event);
    updateOverlay();
}

void PaintTool::mouseMoved(const SeatMapToolEvent &event)
{
    if (!m_painting)
        return;
    collect(event);
    updateOverlay();
}

void PaintTool::mouseReleased(const SeatMapToolEvent &event)
{
    if (!m_painting)
        return;
    collect(event);
    m_painting = false;
    const QList<SeatId> seats = m_stroke;
    m_stroke.clear();
    m_inStroke.clear();
    updateOverlay();
    if (seats.isEmpty())
        return;
    SeatMapDocument *doc = document();
    const EditorSettings *s = settings();
    switch (s->paintTarget) {
    case EditorSettings::PaintTarget::Category:
        doc->setCategory(seats, newSeatCategory(doc->plan(), s));
        break;
    case EditorSettings::PaintTarget::Flag:
        doc->setFlag(seats, s->paintFlag, !s->paintErase);
        break;
    case EditorSettings::PaintTarget::Area:
        doc->setAreaMembership(s->paintArea, seats, !s->paintErase);
        break;
    }
}

void PaintTool::cancel()
{
    m_painting = false;
    m_stroke.clear();
    m_inStroke.clear();
}

void PaintTool::paintOverlay(QPainter *painter, const QTransform &t) const
{
    if (!m_painting)
        return;
    QList<QPointF> points;
    for (SeatId id : m_stroke) {
        if (const Seat *seat = document()->plan().seat(id))
            points.append(seat->pos);
    }
    drawSeatPreview(painter, t, points);
}

} // namespace parkett
