// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

namespace parkett {

class SeatMapDocument;

/** Merge ids of the seat-map undo commands, in one place so they never collide. */
enum class SeatMapCommandId { MoveSeats = 1 };

/** Moves seats by a delta. Continuous moves of the same seats merge (one drag, one step). */
class MoveSeatsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveSeatsCommand)

public:
    MoveSeatsCommand(SeatMapDocument *document, QList<SeatId> seats, QPointF delta, bool continuous);
    void redo() override;
    void undo() override;
    int id() const override { return int(SeatMapCommandId::MoveSeats); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QList<QPointF> m_before; ///< so undo lands exactly where the seats were, bit for bit
    QPointF m_delta;
    bool m_continuous;
};

/** Sets the category of seats, remembering each seat's previous one. */
class SetCategoryCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCategoryCommand)

public:
    SetCategoryCommand(SeatMapDocument *document, QList<SeatId> seats, CategoryId category);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QList<CategoryId> m_before;
    QList<CategoryId> m_after;
};

/** Turns one seat flag (wheelchair, companion, ...) on or off. */
class SetFlagCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFlagCommand)

public:
    SetFlagCommand(SeatMapDocument *document, QList<SeatId> seats, SeatFlag flag, bool on);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QList<SeatFlags> m_before;
    QList<SeatFlags> m_after;
};

/** Gives seats new labels (numbering); ids stay, so sold tickets keep their seat. */
class RelabelSeatsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelabelSeatsCommand)

public:
    RelabelSeatsCommand(SeatMapDocument *document, QList<SeatId> seats, QStringList labels);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QStringList m_before;
    QStringList m_after;
};

/** Deletes seats; undo puts each back in its row at its place, with its id. */
class RemoveSeatsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSeatsCommand)

public:
    RemoveSeatsCommand(SeatMapDocument *document, QList<SeatId> seats);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QList<SeatPlan::RemovedSeat> m_removed;
};

/** Adds a row with its seats; redo after undo brings back the same ids. */
class AddRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddRowCommand)

public:
    AddRowCommand(SeatMapDocument *document, SectionId section, Row row, QList<Seat> seats);
    void redo() override;
    void undo() override;
    RowId rowId() const { return m_row.id; }

private:
    SeatMapDocument *m_document;
    SectionId m_section;
    Row m_row;
    QList<Seat> m_seats;
};

} // namespace parkett
