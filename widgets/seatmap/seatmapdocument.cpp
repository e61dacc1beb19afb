// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapdocument.h"

#include "widgets/seatmap/seatmapcommands.h"

#include <algorithm>

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

} // namespace parkett
