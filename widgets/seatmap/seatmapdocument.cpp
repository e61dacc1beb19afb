// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapdocument.h"

#include "widgets/seatmap/seatmapcommands.h"
#include "widgets/seatmap/seatmaprenderer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

#include <QJsonArray>
#include <QJsonObject>
#include <QPolygonF>
#include <QSet>
#include <QTransform>
#include <QUndoStack>

namespace parkett {

SeatMapDocument::SeatMapDocument(SeatPlan plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_undoStack(new QUndoStack(this))
{}

SeatMapDocument::~SeatMapDocument() = default;

qint64 SeatMapDocument::newId()
{
    m_nextId = std::max(m_nextId, m_plan.lastId()) + 1;
    return m_nextId;
}

void SeatMapDocument::moveSeats(const QList<SeatId> &seats, QPointF delta, bool continuous)
{
    if (!seats.isEmpty() && !delta.isNull())
        m_undoStack->push(new MoveSeatsCommand(this, seats, delta, continuous));
}

void SeatMapDocument::setCategory(const QList<SeatId> &seats, CategoryId category)
{
    if (!seats.isEmpty())
        m_undoStack->push(new SetCategoryCommand(this, seats, category));
}

void SeatMapDocument::setFlag(const QList<SeatId> &seats, SeatFlag flag, bool on)
{
    if (!seats.isEmpty())
        m_undoStack->push(new SetFlagCommand(this, seats, flag, on));
}

void SeatMapDocument::relabelSeats(const QList<SeatId> &seats, const QStringList &labels)
{
    if (!seats.isEmpty() && seats.size() == labels.size())
        m_undoStack->push(new RelabelSeatsCommand(this, seats, labels));
}

void SeatMapDocument::removeSeats(const QList<SeatId> &seats)
{
    if (!seats.isEmpty())
        m_undoStack->push(new RemoveSeatsCommand(this, seats));
}

RowId SeatMapDocument::addRow(SectionId section,
                              const QString &label,
                              const QList<QPointF> &positions,
                              CategoryId category)
{
    Row row;
    row.id = RowId(newId());
    row.label = label;
    QList<Seat> seats;
    seats.reserve(positions.size());
    for (int i = 0; i < positions.size(); ++i) {
        Seat seat;
        seat.id = SeatId(newId());
        seat.label = QString::number(i + 1);
        seat.pos = positions.at(i);
        seat.category = category;
        seats.append(seat);
    }
    auto *command = new AddRowCommand(this, section, row, seats);
    const RowId id = command->rowId();
    m_undoStack->push(command);
    return id;
}

template<typename T, typename Set>
void SeatMapDocument::applyPerSeat(const QList<SeatId> &seats,
                                   const QList<T> &values,
                                   Set set,
                                   SeatMapChange::Kind kind)
{
    for (qsizetype k = 0; k < seats.size(); ++k) {
        const int i = m_plan.seatIndex(seats.at(k));
        if (i >= 0)
            (m_plan.*set)(i, values.at(k));
    }
    Q_EMIT changed({kind, seats});
}

void SeatMapDocument::applyPositions(const QList<SeatId> &seats, const QList<QPointF> &positions)
{
    applyPerSeat(seats, positions, &SeatPlan::setSeatPosition, SeatMapChange::Kind::SeatsMoved);
}

void SeatMapDocument::applyCategories(const QList<SeatId> &seats,
                                      const QList<CategoryId> &categories)
{
    applyPerSeat(seats, categories, &SeatPlan::setSeatCategory, SeatMapChange::Kind::SeatsChanged);
}

void SeatMapDocument::applyFlags(const QList<SeatId> &seats, const QList<SeatFlags> &flags)
{
    applyPerSeat(seats, flags, &SeatPlan::setSeatFlags, SeatMapChange::Kind::SeatsChanged);
}

void SeatMapDocument::applyLabels(const QList<SeatId> &seats, const QStringList &labels)
{
    applyPerSeat(seats, labels, &SeatPlan::setSeatLabel, SeatMapChange::Kind::SeatsChanged);
}

QList<SeatPlan::RemovedSeat> SeatMapDocument::applyRemove(const QList<SeatId> &seats)
{
    QList<SeatPlan::RemovedSeat> removed = m_plan.removeSeats(seats);
    QList<SeatId> ids;
    ids.reserve(removed.size());
    for (const SeatPlan::RemovedSeat &r : removed)
        ids.append(r.seat.id);
    pruneSelection();
    Q_EMIT changed({SeatMapChange::Kind::SeatsRemoved, ids});
    return removed;
}

void SeatMapDocument::applyRestore(const QList<SeatPlan::RemovedSeat> &seats)
{
    m_plan.restoreSeats(seats);
    QList<SeatId> ids;
    ids.reserve(seats.size());
    for (const SeatPlan::RemovedSeat &r : seats)
        ids.append(r.seat.id);
    Q_EMIT changed({SeatMapChange::Kind::SeatsAdded, ids});
}

void SeatMapDocument::applyAddRow(SectionId section, const Row &row, const QList<Seat> &seats)
{
    const int rowIndex = m_plan.addRow(m_plan.sectionIndex(section), row);
    QList<SeatId> ids;
    ids.reserve(seats.size());
    for (const Seat &seat : seats) {
        m_plan.addSeat(rowIndex, seat);
        ids.append(seat.id);
    }
    Q_EMIT changed({SeatMapChange::Kind::RowsChanged, {}});
    Q_EMIT changed({SeatMapChange::Kind::SeatsAdded, ids});
}

void SeatMapDocument::applyRemoveRow(RowId row, const QList<SeatId> &seats)
{
    m_plan.removeSeats(seats);
    m_plan.removeEmptyRow(row);
    Q_EMIT changed({SeatMapChange::Kind::SeatsRemoved, seats});
    Q_EMIT changed({SeatMapChange::Kind::RowsChanged, {}});
}

void SeatMapDocument::setSelectedSeats(const QList<SeatId> &seats)
{
    if (seats == m_selectedSeats && !m_selectedObject.isValid())
        return;
    m_selectedSeats = seats;
    m_selectedObject = {};
    Q_EMIT selectionChanged();
}

void SeatMapDocument::setSelectedObject(ObjectRef object)
{
    if (object == m_selectedObject && m_selectedSeats.isEmpty())
        return;
    m_selectedObject = object;
    m_selectedSeats.clear();
    Q_EMIT selectionChanged();
}

void SeatMapDocument::pruneSelection()
{
    bool changed = false;
    const auto gone = [this](SeatId id) { return m_plan.seatIndex(id) < 0; };
    if (std::any_of(m_selectedSeats.cbegin(), m_selectedSeats.cend(), gone)) {
        m_selectedSeats.removeIf(gone);
        changed = true;
    }
    if (m_selectedObject.isValid()) {
        qsizetype count = 0;
        switch (m_selectedObject.kind) {
        case PlanObjectKind::Section:
            count = m_plan.sections().size();
            break;
        case PlanObjectKind::Table:
            count = m_plan.tables().size();
            break;
        case PlanObjectKind::Zone:
            count = m_plan.zones().size();
            break;
        case PlanObjectKind::Shape:
            count = m_plan.shapes().size();
            break;
        case PlanObjectKind::Area:
            count = m_plan.areas().size();
            break;
        case PlanObjectKind::FocalPoint:
            count = 1;
            break;
        }
        if (m_selectedObject.index >= count) {
            m_selectedObject = {};
            changed = true;
        }
    }
    if (changed)
        Q_EMIT selectionChanged();
}

namespace {

/** Turns by \a degrees about \a centre, as zone and shape rotation does. */
QTransform turnedAbout(QPointF centre, double degrees)
{
    return QTransform::fromTranslate(-centre.x(), -centre.y()) * QTransform().rotate(degrees)
           * QTransform::fromTranslate(centre.x(), centre.y());
}

} // namespace

QRectF SeatMapDocument::selectionBounds() const
{
    const double r = SeatMapRenderer::kSeatRadius;
    QRectF box;
    for (SeatId id : m_selectedSeats) {
        if (const Seat *seat = m_plan.seat(id))
            box |= QRectF(seat->pos - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    if (!m_selectedObject.isValid())
        return box;
    const PlanObject o = object(m_selectedObject.kind, m_selectedObject.index);
    switch (o.kind) {
    case PlanObjectKind::Section:
        return QPolygonF(o.section.outline).boundingRect();
    case PlanObjectKind::Table:
        return QRectF(o.table.center - QPointF(o.table.radius, o.table.radius),
                      QSizeF(2 * o.table.radius, 2 * o.table.radius));
    case PlanObjectKind::Zone: {
        // Turned zones and shapes: the box around what is drawn.
        const QPolygonF outline = o.zone.outline.size() >= 3 ? QPolygonF(o.zone.outline)
                                                             : QPolygonF(o.zone.bounds);
        return turnedAbout(o.zone.bounds.center(), o.zone.rotation).map(outline).boundingRect();
    }
    case PlanObjectKind::Shape: {
        const QPolygonF outline = o.shape.kind == Shape::Kind::Polygon ? QPolygonF(o.shape.points)
                                                                       : QPolygonF(o.shape.bounds);
        return turnedAbout(o.shape.bounds.center(), o.shape.rotation).map(outline).boundingRect();
    }
    case PlanObjectKind::Area:
        for (int i : m_plan.areaSeatIndices(m_selectedObject.index))
            box |= QRectF(m_plan.seats().at(i).pos - QPointF(r, r), QSizeF(2 * r, 2 * r));
        return box;
    case PlanObjectKind::FocalPoint:
        return QRectF(o.focalPoint - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    return box;
}

PlanObject SeatMapDocument::object(PlanObjectKind kind, int index) const
{
    PlanObject o;
    o.kind = kind;
    switch (kind) {
    case PlanObjectKind::Section:
        o.section = m_plan.sections().value(index);
        break;
    case PlanObjectKind::Table:
        o.table = m_plan.tables().value(index);
        break;
    case PlanObjectKind::Zone:
        o.zone = m_plan.zones().value(index);
        break;
    case PlanObjectKind::Shape:
        o.shape = m_plan.shapes().value(index);
        break;
    case PlanObjectKind::Area:
        o.area = m_plan.areas().value(index);
        break;
    case PlanObjectKind::FocalPoint:
        o.focalPoint = m_plan.focalPoint();
        break;
    }
    return o;
}

SeatMapDocument::ObjectRef SeatMapDocument::objectAt(QPointF p) const
{
    if (QLineF(p, m_plan.focalPoint()).length() < 30 && !m_plan.focalPoint().isNull())
        return {PlanObjectKind::FocalPoint, 0};
    const QList<Table> &tables = m_plan.tables();
    for (qsizetype i = tables.size() - 1; i >= 0; --i) {
        if (QLineF(p, tables.at(i).center).length() <= tables.at(i).radius)
            return {PlanObjectKind::Table, int(i)};
    }
    const QList<StandingZone> &zones = m_plan.zones();
    for (qsizetype i = zones.size() - 1; i >= 0; --i) {
        if (zones.at(i).contains(p))
            return {PlanObjectKind::Zone, int(i)};
    }
    const QList<Shape> &shapes = m_plan.shapes();
    for (qsizetype i = shapes.size() - 1; i >= 0; --i) {
        const Shape &shape = shapes.at(i);
        const QPointF q = shape.unrotated(p);
        const bool hit = shape.kind == Shape::Kind::Polygon
                             ? QPolygonF(shape.points).containsPoint(q, Qt::OddEvenFill)
                             : shape.bounds.contains(q);
        if (hit)
            return {PlanObjectKind::Shape, int(i)};
    }
    const QList<Section> &sections = m_plan.sections();
    for (qsizetype i = sections.size() - 1; i >= 0; --i) {
        if (QPolygonF(sections.at(i).outline).containsPoint(p, Qt::OddEvenFill))
            return {PlanObjectKind::Section, int(i)};
    }
    return {};
}

void SeatMapDocument::setSeatGeometry(const QList<SeatId> &seats,
                                      const QList<QPointF> &positions,
                                      const QList<float> &rotations,
                                      const QString &text,
                                      bool continuous)
{
    if (seats.isEmpty() || positions.size() != seats.size() || rotations.size() != seats.size())
        return;
    m_undoStack->push(
        new SetSeatGeometryCommand(this, seats, positions, rotations, text, continuous));
}

void SeatMapDocument::rotateSeats(const QList<SeatId> &seats,
                                  double degrees,
                                  QPointF pivot,
                                  bool continuous)
{
    QTransform t;
    t.translate(pivot.x(), pivot.y());
    t.rotate(degrees);
    t.translate(-pivot.x(), -pivot.y());
    QList<QPointF> positions;
    QList<float> rotations;
    QList<SeatId> ids;
    for (SeatId id : seats) {
        const Seat *seat = m_plan.seat(id);
        if (!seat)
            continue;
        ids.append(id);
        positions.append(t.map(seat->pos));
        rotations.append(float(std::fmod(seat->rotation + degrees + 360.0, 360.0)));
    }
    setSeatGeometry(ids,
                    positions,
                    rotations,
                    tr("Rotate %n seat(s)", nullptr, int(ids.size())),
                    continuous);
}

void SeatMapDocument::alignSeats(const QList<SeatId> &seats, Alignment alignment)
{
    QList<SeatId> ids;
    QList<QPointF> positions;
    QList<float> rotations;
    QRectF box;
    for (SeatId id : seats) {
        if (const Seat *seat = m_plan.seat(id)) {
            ids.append(id);
            positions.append(seat->pos);
            rotations.append(seat->rotation);
            box |= QRectF(seat->pos, QSizeF(0.001, 0.001));
        }
    }
    if (ids.size() < 2)
        return;
    if (alignment == Alignment::DistributeH || alignment == Alignment::DistributeV) {
        const bool h = alignment == Alignment::DistributeH;
        QList<int> order(ids.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return h ? positions.at(a).x() < positions.at(b).x()
                     : positions.at(a).y() < positions.at(b).y();
        });
        const double from = h ? box.left() : box.top();
        const double step = (h ? box.width() : box.height()) / double(ids.size() - 1);
        for (qsizetype k = 0; k < order.size(); ++k) {
            QPointF &p = positions[order.at(k)];
            (h ? p.rx() : p.ry()) = from + step * double(k);
        }
    } else {
        for (QPointF &p : positions) {
            switch (alignment) {
            case Alignment::Left:
                p.setX(box.left());
                break;
            case Alignment::HCenter:
                p.setX(box.center().x());
                break;
            case Alignment::Right:
                p.setX(box.right());
                break;
            case Alignment::Top:
                p.setY(box.top());
                break;
            case Alignment::VCenter:
                p.setY(box.center().y());
                break;
            case Alignment::Bottom:
                p.setY(box.bottom());
                break;
            default:
                break;
            }
        }
    }
    setSeatGeometry(ids, positions, rotations, tr("Align %n seat(s)", nullptr, int(ids.size())));
}

void SeatMapDocument::skewSeats(const QList<SeatId> &seats, double degrees)
{
    QList<SeatId> ids;
    QList<QPointF> positions;
    QList<float> rotations;
    double top = std::numeric_limits<double>::max();
    for (SeatId id : seats) {
        if (const Seat *seat = m_plan.seat(id))
            top = std::min(top, seat->pos.y());
    }
    const double k = std::tan(degrees * std::numbers::pi / 180);
    for (SeatId id : seats) {
        if (const Seat *seat = m_plan.seat(id)) {
            ids.append(id);
            positions.append(seat->pos + QPointF((seat->pos.y() - top) * k, 0));
            rotations.append(seat->rotation);
        }
    }
    setSeatGeometry(ids, positions, rotations, tr("Angle %n seat(s)", nullptr, int(ids.size())));
}

QList<RowId> SeatMapDocument::addRows(SectionId section,
                                      const QStringList &labels,
                                      const QList<QList<QPointF>> &positions,
                                      CategoryId category,
                                      const QString &text)
{
    QList<RowId> ids;
    if (positions.isEmpty())
        return ids;
    m_undoStack->beginMacro(text);
    for (qsizetype r = 0; r < positions.size(); ++r)
        ids.append(addRow(section, labels.value(r), positions.at(r), category));
    m_undoStack->endMacro();
    return ids;
}

void SeatMapDocument::renumber(const QList<RowId> &rows,
                               const QStringList &rowLabels,
                               const QList<SeatId> &seats,
                               const QStringList &seatLabels)
{
    if (rows.isEmpty() && seats.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Number %n seat(s)", nullptr, int(seats.size())));
    if (!rows.isEmpty() && rows.size() == rowLabels.size())
        m_undoStack->push(new RelabelRowsCommand(this, rows, rowLabels));
    if (!seats.isEmpty() && seats.size() == seatLabels.size())
        m_undoStack->push(new RelabelSeatsCommand(this, seats, seatLabels));
    m_undoStack->endMacro();
}

SectionId SeatMapDocument::addSection(const QString &name, const QList<QPointF> &outline)
{
    PlanObject o;
    o.kind = PlanObjectKind::Section;
    o.section.id = SectionId(newId());
    o.section.name = name;
    o.section.outline = outline;
    m_undoStack->push(new InsertObjectCommand(
        this, int(m_plan.sections().size()), o, false, tr("Add section %1").arg(name)));
    return o.section.id;
}

TableId SeatMapDocument::addTable(const Table &table, int chairs, bool round, CategoryId category)
{
    PlanObject o;
    o.kind = PlanObjectKind::Table;
    o.table = table;
    o.table.id = TableId(newId());
    o.table.seats.clear();
    QList<Seat> seats;
    const double r = table.radius + 35;
    for (int i = 0; i < chairs; ++i) {
        Seat seat;
        seat.id = SeatId(newId());
        seat.label = QString::number(i + 1);
        seat.category = category;
        if (round) {
            const double a = 2 * std::numbers::pi * i / chairs - std::numbers::pi / 2;
            seat.pos = table.center + QPointF(std::cos(a) * r, std::sin(a) * r);
            seat.rotation = float(std::fmod(a * 180 / std::numbers::pi + 90 + 360, 360));
        } else {
            // Chairs along the two long sides, half on each.
            const int top = (chairs + 1) / 2;
            const bool upper = i < top;
            const int k = upper ? i : i - top;
            const int n = upper ? top : chairs - top;
            const double width = std::max(2.0, double(n)) * 50;
            const double x = -width / 2 + (k + 0.5) * width / n;
            seat.pos = table.center + QPointF(x, upper ? -table.radius - 35 : table.radius + 35);
            seat.rotation = upper ? 0 : 180;
        }
        seats.append(seat);
    }
    m_undoStack->beginMacro(tr("Add table %1 with %n chair(s)", nullptr, chairs).arg(table.label));
    m_undoStack->push(new InsertObjectCommand(this, int(m_plan.tables().size()), o, false, {}));
    m_undoStack->push(new AddTableSeatsCommand(this, o.table.id, seats));
    m_undoStack->endMacro();
    return o.table.id;
}

ZoneId SeatMapDocument::addZone(const StandingZone &zone)
{
    PlanObject o;
    o.kind = PlanObjectKind::Zone;
    o.zone = zone;
    o.zone.id = ZoneId(newId());
    m_undoStack->push(new InsertObjectCommand(
        this, int(m_plan.zones().size()), o, false, tr("Add standing zone %1").arg(zone.name)));
    return o.zone.id;
}

void SeatMapDocument::addShape(const Shape &shape)
{
    PlanObject o;
    o.kind = PlanObjectKind::Shape;
    o.shape = shape;
    m_undoStack->push(new InsertObjectCommand(this,
                                              int(m_plan.shapes().size()),
                                              o,
                                              false,
                                              shape.kind == Shape::Kind::Text ? tr("Add a label")
                                                                              : tr("Add a shape")));
}

AreaId SeatMapDocument::addArea(const QString &name, const QString &color)
{
    PlanObject o;
    o.kind = PlanObjectKind::Area;
    o.area.id = AreaId(newId());
    o.area.name = name;
    o.area.color = color;
    m_undoStack->push(new InsertObjectCommand(
        this, int(m_plan.areas().size()), o, false, tr("Add area %1").arg(name)));
    return o.area.id;
}

void SeatMapDocument::setFocalPoint(QPointF point)
{
    PlanObject after;
    after.kind = PlanObjectKind::FocalPoint;
    after.focalPoint = point;
    m_undoStack->push(new ChangeObjectCommand(
        this, 0, object(PlanObjectKind::FocalPoint, 0), after, tr("Set the focal point")));
}

void SeatMapDocument::changeObject(ObjectRef ref,
                                   const PlanObject &after,
                                   const QString &text,
                                   bool continuous)
{
    if (!ref.isValid() || after.kind != ref.kind)
        return;
    m_undoStack->push(new ChangeObjectCommand(
        this, ref.index, object(ref.kind, ref.index), after, text, continuous));
}

bool SeatMapDocument::rotateObject(ObjectRef ref, double degrees, bool continuous)
{
    if (!ref.isValid() || (ref.kind != PlanObjectKind::Zone && ref.kind != PlanObjectKind::Shape))
        return false;
    if (degrees == 0)
        return true;
    PlanObject after = object(ref.kind, ref.index);
    double &rotation = ref.kind == PlanObjectKind::Zone ? after.zone.rotation
                                                        : after.shape.rotation;
    // Kept in (-180, 180] so a file shows the angle one would type.
    rotation = std::remainder(rotation + degrees, 360.0);
    if (rotation == -180)
        rotation = 180;
    changeObject(ref, after, tr("Rotate"), continuous);
    return true;
}

void SeatMapDocument::setAreaMembership(AreaId areaId, const QList<SeatId> &seats, bool member)
{
    const int index = m_plan.areaIndex(areaId);
    if (index < 0 || seats.isEmpty())
        return;
    PlanObject after = object(PlanObjectKind::Area, index);
    QList<SeatId> &list = after.area.seats;
    const QSet<SeatId> had(list.cbegin(), list.cend());
    if (member) {
        for (SeatId id : seats) {
            if (!had.contains(id))
                list.append(id);
        }
    } else {
        const QSet<SeatId> drop(seats.cbegin(), seats.cend());
        list.removeIf([&drop](SeatId id) { return drop.contains(id); });
    }
    if (list == m_plan.areas().at(index).seats)
        return;
    changeObject(
        {PlanObjectKind::Area, index},
        after,
        member ? tr("Add %n seat(s) to %1", nullptr, int(seats.size())).arg(after.area.name)
               : tr("Take %n seat(s) out of %1", nullptr, int(seats.size())).arg(after.area.name));
}

void SeatMapDocument::removeObject(ObjectRef ref)
{
    if (!ref.isValid() || ref.kind == PlanObjectKind::FocalPoint)
        return;
    const PlanObject o = object(ref.kind, ref.index);
    QString text;
    QList<SeatId> seats;
    QList<RowId> rows;
    switch (ref.kind) {
    case PlanObjectKind::Section:
        text = tr("Delete section %1").arg(o.section.name);
        for (qint32 r : m_plan.sections().at(ref.index).rows) {
            rows.append(m_plan.rows().at(r).id);
            for (qint32 s : m_plan.rows().at(r).seats)
                seats.append(m_plan.seats().at(s).id);
        }
        break;
    case PlanObjectKind::Table:
        text = tr("Delete table %1").arg(o.table.label);
        for (qint32 s : m_plan.tables().at(ref.index).seats)
            seats.append(m_plan.seats().at(s).id);
        break;
    case PlanObjectKind::Zone:
        text = tr("Delete standing zone %1").arg(o.zone.name);
        break;
    case PlanObjectKind::Shape:
        text = tr("Delete a shape");
        break;
    case PlanObjectKind::Area:
        text = tr("Delete area %1").arg(o.area.name);
        break;
    case PlanObjectKind::FocalPoint:
        return;
    }
    m_undoStack->beginMacro(text);
    if (!seats.isEmpty())
        m_undoStack->push(new RemoveSeatsCommand(this, seats));
    for (RowId row : rows)
        m_undoStack->push(new RemoveEmptyRowCommand(this, row));
    m_undoStack->push(new InsertObjectCommand(this, ref.index, o, true, {}));
    m_undoStack->endMacro();
}

void SeatMapDocument::deleteSelection()
{
    if (!m_selectedSeats.isEmpty()) {
        const QList<SeatId> seats = m_selectedSeats;
        removeSeats(seats);
    } else if (m_selectedObject.isValid()) {
        removeObject(m_selectedObject);
    }
}

SeatMapDocument::Clip SeatMapDocument::copy(const QList<SeatId> &seats) const
{
    Clip clip;
    QHash<qint32, qint32> rowMap;
    QHash<qint32, qint32> tableMap;
    for (SeatId id : seats) {
        const int index = m_plan.seatIndex(id);
        if (index < 0)
            continue;
        Seat seat = m_plan.seats().at(index);
        if (seat.row >= 0) {
            if (!rowMap.contains(seat.row)) {
                Row row = m_plan.rows().at(seat.row);
                row.seats.clear();
                rowMap.insert(seat.row, qint32(clip.rows.size()));
                clip.rows.append(row);
            }
            const qint32 r = rowMap.value(seat.row);
            seat.row = r;
            clip.rows[r].seats.append(qint32(clip.seats.size()));
        } else if (seat.table >= 0) {
            if (!tableMap.contains(seat.table)) {
                Table table = m_plan.tables().at(seat.table);
                table.seats.clear();
                tableMap.insert(seat.table, qint32(clip.tables.size()));
                clip.tables.append(table);
            }
            const qint32 t = tableMap.value(seat.table);
            seat.table = t;
            clip.tables[t].seats.append(qint32(clip.seats.size()));
        }
        clip.seats.append(seat);
    }
    return clip;
}

QList<SeatId> SeatMapDocument::paste(const Clip &clip, QPointF offset, SectionId section)
{
    QList<SeatId> pasted;
    if (clip.isEmpty())
        return pasted;
    m_undoStack->beginMacro(tr("Paste %n seat(s)", nullptr, int(clip.seats.size())));
    for (const Row &source : clip.rows) {
        Row row;
        row.id = RowId(newId());
        row.label = source.label;
        row.curve = source.curve;
        row.angle = source.angle;
        QList<Seat> seats;
        for (qint32 s : source.seats) {
            Seat seat = clip.seats.at(s);
            seat.id = SeatId(newId());
            seat.pos += offset;
            seat.externalId.clear();
            seats.append(seat);
            pasted.append(seat.id);
        }
        m_undoStack->push(new AddRowCommand(this, section, row, seats));
    }
    for (const Table &source : clip.tables) {
        PlanObject o;
        o.kind = PlanObjectKind::Table;
        o.table = source;
        o.table.id = TableId(newId());
        o.table.center += offset;
        o.table.seats.clear();
        QList<Seat> seats;
        for (qint32 s : source.seats) {
            Seat seat = clip.seats.at(s);
            seat.id = SeatId(newId());
            seat.pos += offset;
            seat.externalId.clear();
            seats.append(seat);
            pasted.append(seat.id);
        }
        m_undoStack->push(new InsertObjectCommand(this, int(m_plan.tables().size()), o, false, {}));
        m_undoStack->push(new AddTableSeatsCommand(this, o.table.id, seats));
    }
    m_undoStack->endMacro();
    setSelectedSeats(pasted);
    return pasted;
}

QJsonObject SeatMapDocument::Clip::toJson() const
{
    // The clip travels as a small native plan, so pasting between editors keeps every field.
    SeatPlan plan;
    const int section = plan.addSection(Section{});
    QHash<qint32, qint32> rowIndex;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        Row row = rows.at(r);
        row.id = {};
        rowIndex.insert(qint32(r), plan.addRow(section, row));
    }
    QHash<qint32, qint32> tableIndex;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        Table table = tables.at(t);
        table.id = {};
        tableIndex.insert(qint32(t), plan.addTable(table));
    }
    for (const Seat &source : seats) {
        Seat seat = source;
        seat.id = {};
        if (seat.row >= 0)
            plan.addSeat(rowIndex.value(seat.row), seat);
        else if (seat.table >= 0)
            plan.addSeatToTable(tableIndex.value(seat.table), seat);
        else
            plan.addSeat(-1, seat);
    }
    return plan.toJson();
}

SeatMapDocument::Clip SeatMapDocument::Clip::fromJson(const QJsonObject &json)
{
    Clip clip;
    auto plan = SeatPlan::fromJson(json);
    if (!plan)
        return clip;
    clip.rows = plan->rows();
    clip.tables = plan->tables();
    clip.seats = plan->seats();
    return clip;
}

void SeatMapDocument::applyGeometry(const QList<SeatId> &seats,
                                    const QList<QPointF> &positions,
                                    const QList<float> &rotations)
{
    for (qsizetype k = 0; k < seats.size(); ++k) {
        const int i = m_plan.seatIndex(seats.at(k));
        if (i < 0)
            continue;
        m_plan.setSeatPosition(i, positions.at(k));
        m_plan.setSeatRotation(i, rotations.at(k));
    }
    Q_EMIT changed({SeatMapChange::Kind::SeatsMoved, seats});
}

void SeatMapDocument::applyRowLabels(const QList<RowId> &rows, const QStringList &labels)
{
    for (qsizetype k = 0; k < rows.size(); ++k) {
        const int i = m_plan.rowIndex(rows.at(k));
        if (i >= 0)
            m_plan.setRowLabel(i, labels.at(k));
    }
    Q_EMIT changed({SeatMapChange::Kind::RowsChanged, {}});
}

void SeatMapDocument::applyObject(int index, const PlanObject &o)
{
    switch (o.kind) {
    case PlanObjectKind::Section:
        m_plan.setSection(index, o.section);
        break;
    case PlanObjectKind::Table:
        m_plan.setTable(index, o.table);
        break;
    case PlanObjectKind::Zone:
        m_plan.setZone(index, o.zone);
        break;
    case PlanObjectKind::Shape:
        m_plan.setShape(index, o.shape);
        break;
    case PlanObjectKind::Area:
        m_plan.updateArea(o.area);
        break;
    case PlanObjectKind::FocalPoint:
        m_plan.setFocalPoint(o.focalPoint);
        break;
    }
    Q_EMIT changed({SeatMapChange::Kind::ObjectsChanged, {}});
}

void SeatMapDocument::applyInsertObject(int index, const PlanObject &o)
{
    switch (o.kind) {
    case PlanObjectKind::Section:
        m_plan.insertSection(index, o.section);
        break;
    case PlanObjectKind::Table:
        m_plan.insertTable(index, o.table);
        break;
    case PlanObjectKind::Zone:
        m_plan.insertZone(index, o.zone);
        break;
    case PlanObjectKind::Shape:
        m_plan.insertShape(index, o.shape);
        break;
    case PlanObjectKind::Area:
        m_plan.insertArea(index, o.area);
        break;
    case PlanObjectKind::FocalPoint:
        m_plan.setFocalPoint(o.focalPoint);
        break;
    }
    Q_EMIT changed({SeatMapChange::Kind::ObjectsChanged, {}});
}

void SeatMapDocument::applyRemoveObject(PlanObjectKind kind, int index)
{
    switch (kind) {
    case PlanObjectKind::Section:
        m_plan.removeEmptySection(index);
        break;
    case PlanObjectKind::Table:
        m_plan.removeEmptyTable(index);
        break;
    case PlanObjectKind::Zone:
        m_plan.removeZone(index);
        break;
    case PlanObjectKind::Shape:
        m_plan.removeShape(index);
        break;
    case PlanObjectKind::Area:
        m_plan.removeArea(m_plan.areas().at(index).id);
        break;
    case PlanObjectKind::FocalPoint:
        break;
    }
    pruneSelection();
    Q_EMIT changed({SeatMapChange::Kind::ObjectsChanged, {}});
}

void SeatMapDocument::applyAddTableSeats(TableId table, const QList<Seat> &seats)
{
    const int t = m_plan.tableIndex(table);
    if (t < 0)
        return;
    QList<SeatId> ids;
    for (const Seat &seat : seats) {
        m_plan.addSeatToTable(t, seat);
        ids.append(seat.id);
    }
    Q_EMIT changed({SeatMapChange::Kind::SeatsAdded, ids});
}

void SeatMapDocument::applyInsertRow(int index, const Row &row)
{
    m_plan.insertRow(index, row);
    Q_EMIT changed({SeatMapChange::Kind::RowsChanged, {}});
}

void SeatMapDocument::applyRemoveEmptyRow(RowId row)
{
    m_plan.removeEmptyRow(row);
    Q_EMIT changed({SeatMapChange::Kind::RowsChanged, {}});
}

} // namespace parkett
