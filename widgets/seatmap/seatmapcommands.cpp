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
    if (!m_continuous || !move->m_continuous || move->m_seats != m_seats)
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

} // namespace parkett
