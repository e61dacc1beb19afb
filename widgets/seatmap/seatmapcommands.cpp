// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapcommands.h"

#include "widgets/seatmap/seatmapdocument.h"

namespace parkett {

namespace {

template<typename T, typename Get>
QList<T> collect(const SeatPlan &plan, const QList<SeatId> &seats, Get get)
{
    QList<T> out;
    out.reserve(seats.size());
    for (SeatId id : seats) {
        const Seat *seat = plan.seat(id);
        out.append(seat ? get(*seat) : T());
    }
    return out;
}

} // namespace

MoveSeatsCommand::MoveSeatsCommand(SeatMapDocument *document,
                                   QList<SeatId> seats,
                                   QPointF delta,
                                   bool continuous)
    : m_document(document)
    , m_seats(std::move(seats))
    , m_before(collect<QPointF>(document->plan(), m_seats, [](const Seat &s) { return s.pos; }))
    , m_delta(delta)
    , m_continuous(continuous)
    , m_generation(document->dragGeneration())
{
    setText(tr("Move %n seat(s)", nullptr, int(m_seats.size())));
}

void MoveSeatsCommand::redo()
{
    QList<QPointF> after;
    after.reserve(m_before.size());
    for (QPointF p : m_before)
        after.append(p + m_delta);
    m_document->applyPositions(m_seats, after);
}

void MoveSeatsCommand::undo()
{
    m_document->applyPositions(m_seats, m_before);
}

bool MoveSeatsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveSeatsCommand *>(other);
    if (!m_continuous || !move->m_continuous || move->m_generation != m_generation
        || move->m_seats != m_seats)
        return false;
    m_delta += move->m_delta;
    return true;
}

SetCategoryCommand::SetCategoryCommand(SeatMapDocument *document,
                                       QList<SeatId> seats,
                                       CategoryId category)
    : m_document(document)
    , m_seats(std::move(seats))
    , m_before(
          collect<CategoryId>(document->plan(), m_seats, [](const Seat &s) { return s.category; }))
    , m_after(m_seats.size(), category)
{
    setText(tr("Set the category of %n seat(s)", nullptr, int(m_seats.size())));
}

void SetCategoryCommand::redo()
{
    m_document->applyCategories(m_seats, m_after);
}

void SetCategoryCommand::undo()
{
    m_document->applyCategories(m_seats, m_before);
}

SetFlagCommand::SetFlagCommand(SeatMapDocument *document,
                               QList<SeatId> seats,
                               SeatFlag flag,
                               bool on)
    : m_document(document)
    , m_seats(std::move(seats))
    , m_before(collect<SeatFlags>(document->plan(), m_seats, [](const Seat &s) { return s.flags; }))
{
    m_after.reserve(m_before.size());
    for (SeatFlags f : m_before)
        m_after.append(on ? (f | flag) : (f & ~SeatFlags(flag)));
    setText(on ? tr("Mark %n seat(s)", nullptr, int(m_seats.size()))
               : tr("Unmark %n seat(s)", nullptr, int(m_seats.size())));
}

void SetFlagCommand::redo()
{
    m_document->applyFlags(m_seats, m_after);
}

void SetFlagCommand::undo()
{
    m_document->applyFlags(m_seats, m_before);
}

RelabelSeatsCommand::RelabelSeatsCommand(SeatMapDocument *document,
                                         QList<SeatId> seats,
                                         QStringList labels)
    : m_document(document)
    , m_seats(std::move(seats))
    , m_before(collect<QString>(document->plan(), m_seats, [](const Seat &s) { return s.label; }))
    , m_after(std::move(labels))
{
    setText(tr("Number %n seat(s)", nullptr, int(m_seats.size())));
}

void RelabelSeatsCommand::redo()
{
    m_document->applyLabels(m_seats, m_after);
}

void RelabelSeatsCommand::undo()
{
    m_document->applyLabels(m_seats, m_before);
}

RemoveSeatsCommand::RemoveSeatsCommand(SeatMapDocument *document, QList<SeatId> seats)
    : m_document(document)
    , m_seats(std::move(seats))
{
    setText(tr("Delete %n seat(s)", nullptr, int(m_seats.size())));
}

void RemoveSeatsCommand::redo()
{
    m_removed = m_document->applyRemove(m_seats);
}

void RemoveSeatsCommand::undo()
{
    m_document->applyRestore(m_removed);
    m_removed.clear();
}

AddRowCommand::AddRowCommand(SeatMapDocument *document,
                             SectionId section,
                             Row row,
                             QList<Seat> seats)
    : m_document(document)
    , m_section(section)
    , m_row(std::move(row))
    , m_seats(std::move(seats))
{
    setText(tr("Add row %1 with %n seat(s)", nullptr, int(m_seats.size())).arg(m_row.label));
}

void AddRowCommand::redo()
{
    m_document->applyAddRow(m_section, m_row, m_seats);
}

void AddRowCommand::undo()
{
    QList<SeatId> ids;
    ids.reserve(m_seats.size());
    for (const Seat &seat : m_seats)
        ids.append(seat.id);
    m_document->applyRemoveRow(m_row.id, ids);
}

SetSeatGeometryCommand::SetSeatGeometryCommand(SeatMapDocument *document,
                                               QList<SeatId> seats,
                                               QList<QPointF> positions,
                                               QList<float> rotations,
                                               const QString &text,
                                               bool continuous)
    : m_document(document)
    , m_seats(std::move(seats))
    , m_beforePos(collect<QPointF>(document->plan(), m_seats, [](const Seat &s) { return s.pos; }))
    , m_beforeRot(
          collect<float>(document->plan(), m_seats, [](const Seat &s) { return s.rotation; }))
    , m_afterPos(std::move(positions))
    , m_afterRot(std::move(rotations))
    , m_continuous(continuous)
    , m_generation(document->dragGeneration())
{
    setText(text);
}

void SetSeatGeometryCommand::redo()
{
    m_document->applyGeometry(m_seats, m_afterPos, m_afterRot);
}

void SetSeatGeometryCommand::undo()
{
    m_document->applyGeometry(m_seats, m_beforePos, m_beforeRot);
}

bool SetSeatGeometryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSeatGeometryCommand *>(other);
    if (!m_continuous || !next->m_continuous || next->m_generation != m_generation
        || next->m_seats != m_seats || next->text() != text())
        return false;
    m_afterPos = next->m_afterPos;
    m_afterRot = next->m_afterRot;
    return true;
}

RelabelRowsCommand::RelabelRowsCommand(SeatMapDocument *document,
                                       QList<RowId> rows,
                                       QStringList labels)
    : m_document(document)
    , m_rows(std::move(rows))
    , m_after(std::move(labels))
{
    for (RowId id : m_rows) {
        const int i = document->plan().rowIndex(id);
        m_before.append(i >= 0 ? document->plan().rows().at(i).label : QString());
    }
    setText(tr("Name %n row(s)", nullptr, int(m_rows.size())));
}

void RelabelRowsCommand::redo()
{
    m_document->applyRowLabels(m_rows, m_after);
}

void RelabelRowsCommand::undo()
{
    m_document->applyRowLabels(m_rows, m_before);
}

ChangeObjectCommand::ChangeObjectCommand(SeatMapDocument *document,
                                         int index,
                                         PlanObject before,
                                         PlanObject after,
                                         const QString &text,
                                         bool continuous)
    : m_document(document)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_continuous(continuous)
    , m_generation(document->dragGeneration())
{
    setText(text);
}

void ChangeObjectCommand::redo()
{
    m_document->applyObject(m_index, m_after);
}

void ChangeObjectCommand::undo()
{
    m_document->applyObject(m_index, m_before);
}

bool ChangeObjectCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeObjectCommand *>(other);
    if (!m_continuous || !next->m_continuous || next->m_generation != m_generation
        || next->m_index != m_index || next->m_after.kind != m_after.kind || next->text() != text())
        return false;
    m_after = next->m_after;
    return true;
}

InsertObjectCommand::InsertObjectCommand(
    SeatMapDocument *document, int index, PlanObject object, bool remove, const QString &text)
    : m_document(document)
    , m_index(index)
    , m_object(std::move(object))
    , m_remove(remove)
{
    setText(text);
}

void InsertObjectCommand::redo()
{
    if (m_remove)
        m_document->applyRemoveObject(m_object.kind, m_index);
    else
        m_document->applyInsertObject(m_index, m_object);
}

void InsertObjectCommand::undo()
{
    if (m_remove)
        m_document->applyInsertObject(m_index, m_object);
    else
        m_document->applyRemoveObject(m_object.kind, m_index);
}

RemoveEmptyRowCommand::RemoveEmptyRowCommand(SeatMapDocument *document, RowId row)
    : m_document(document)
    , m_rowId(row)
{
    setText(tr("Delete a row"));
}

void RemoveEmptyRowCommand::redo()
{
    const SeatPlan &plan = m_document->plan();
    m_index = plan.rowIndex(m_rowId);
    if (m_index < 0)
        return;
    m_row = plan.rows().at(m_index);
    m_document->applyRemoveEmptyRow(m_rowId);
}

void RemoveEmptyRowCommand::undo()
{
    if (m_index >= 0)
        m_document->applyInsertRow(m_index, m_row);
}

AddTableSeatsCommand::AddTableSeatsCommand(SeatMapDocument *document,
                                           TableId table,
                                           QList<Seat> seats)
    : m_document(document)
    , m_table(table)
    , m_seats(std::move(seats))
{
    setText(tr("Add %n chair(s)", nullptr, int(m_seats.size())));
}

void AddTableSeatsCommand::redo()
{
    m_document->applyAddTableSeats(m_table, m_seats);
}

void AddTableSeatsCommand::undo()
{
    QList<SeatId> ids;
    ids.reserve(m_seats.size());
    for (const Seat &seat : m_seats)
        ids.append(seat.id);
    m_document->applyRemove(ids);
}

} // namespace parkett
