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
enum class SeatMapCommandId { MoveSeats = 1, SeatGeometry, ChangeObject };

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
    int m_generation;
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

/** Sets positions and rotations of seats (rotate, align, distribute, skew, nudge); stores
    both so that undo is exact. Continuous edits of the same seats with the same text merge. */
class SetSeatGeometryCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSeatGeometryCommand)

public:
    SetSeatGeometryCommand(SeatMapDocument *document,
                           QList<SeatId> seats,
                           QList<QPointF> positions,
                           QList<float> rotations,
                           const QString &text,
                           bool continuous);
    void redo() override;
    void undo() override;
    int id() const override { return int(SeatMapCommandId::SeatGeometry); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SeatMapDocument *m_document;
    QList<SeatId> m_seats;
    QList<QPointF> m_beforePos;
    QList<float> m_beforeRot;
    QList<QPointF> m_afterPos;
    QList<float> m_afterRot;
    bool m_continuous;
    int m_generation;
};

/** Relabels rows (numbering wizard); ids stay. */
class RelabelRowsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RelabelRowsCommand)

public:
    RelabelRowsCommand(SeatMapDocument *document, QList<RowId> rows, QStringList labels);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    QList<RowId> m_rows;
    QStringList m_before;
    QStringList m_after;
};

/** The kinds of plan object besides seats and rows that the editor adds, changes and
    removes as whole values. */
enum class PlanObjectKind { Section, Table, Zone, Shape, Area, FocalPoint };

/** One plan object as a value, for undo commands that add, remove or replace it. */
struct PlanObject
{
    PlanObjectKind kind = PlanObjectKind::Shape;
    Section section; ///< rows are not part of the value
    Table table;     ///< seats are not part of the value
    StandingZone zone;
    Shape shape;
    Area area;
    QPointF focalPoint;
};

/** Replaces one object (by index) with a new value; undo puts the old value back. Continuous
    changes of the same object merge (a drag of a zone corner is one step). */
class ChangeObjectCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeObjectCommand)

public:
    ChangeObjectCommand(SeatMapDocument *document,
                        int index,
                        PlanObject before,
                        PlanObject after,
                        const QString &text,
                        bool continuous = false);
    void redo() override;
    void undo() override;
    int id() const override { return int(SeatMapCommandId::ChangeObject); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    SeatMapDocument *m_document;
    int m_index;
    PlanObject m_before;
    PlanObject m_after;
    bool m_continuous;
    int m_generation;
};

/** Inserts an object at an index, or with \a remove takes it out (undo puts it back at the
    same index). Sections and tables must hold no rows or seats when removed: their contents
    are removed by their own commands in the same macro. */
class InsertObjectCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertObjectCommand)

public:
    InsertObjectCommand(
        SeatMapDocument *document, int index, PlanObject object, bool remove, const QString &text);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    int m_index;
    PlanObject m_object;
    bool m_remove;
};

/** Removes a row that has no seats (left after its seats were deleted); undo puts it back at
    its index. */
class RemoveEmptyRowCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEmptyRowCommand)

public:
    RemoveEmptyRowCommand(SeatMapDocument *document, RowId row);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    RowId m_rowId;
    Row m_row;
    int m_index = -1;
};

/** Adds seats to an existing table (after InsertObjectCommand added it). */
class AddTableSeatsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTableSeatsCommand)

public:
    AddTableSeatsCommand(SeatMapDocument *document, TableId table, QList<Seat> seats);
    void redo() override;
    void undo() override;

private:
    SeatMapDocument *m_document;
    TableId m_table;
    QList<Seat> m_seats;
};

} // namespace parkett
