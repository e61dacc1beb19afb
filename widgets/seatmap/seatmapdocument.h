// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

class QUndoStack;

namespace parkett {

/** What changed in a document; views, models and docks repaint or reload from this. */
struct SeatMapChange
{
    enum class Kind {
        Reset,        ///< everything may have changed
        SeatsMoved,   ///< positions of \a seats
        SeatsChanged, ///< category, flags or labels of \a seats
        SeatsAdded,
        SeatsRemoved,
        RowsChanged, ///< rows were added, removed or relabelled
    };
    Kind kind = Kind::Reset;
    QList<SeatId> seats;
};

/** A seat plan being edited. Owns the plan and its undo stack; every edit is a small undo
    command (widgets/seatmap/seatmapcommands.h) storing a delta, and every change is announced
    through the one changed() signal. */
class SeatMapDocument final : public QObject
{
    Q_OBJECT

public:
    explicit SeatMapDocument(SeatPlan plan, QObject *parent = nullptr);
    ~SeatMapDocument() override;
    Q_DISABLE_COPY_MOVE(SeatMapDocument)

    const SeatPlan &plan() const { return m_plan; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Edits: each pushes one undoable command.
    /** Moves seats; successive moves of the same seats while \a continuous merge into one
        step (a drag). */
    void moveSeats(const QList<SeatId> &seats, QPointF delta, bool continuous = false);
    void setCategory(const QList<SeatId> &seats, CategoryId category);
    void setFlag(const QList<SeatId> &seats, SeatFlag flag, bool on);
    void relabelSeats(const QList<SeatId> &seats, const QStringList &labels);
    void removeSeats(const QList<SeatId> &seats);
    /** Adds a row of seats at \a positions to \a section, labelled 1..n; returns its id. */
    RowId addRow(SectionId section,
                 const QString &label,
                 const QList<QPointF> &positions,
                 CategoryId category);

    // Applied by the undo commands only.
    void applyPositions(const QList<SeatId> &seats, const QList<QPointF> &positions);
    void applyCategories(const QList<SeatId> &seats, const QList<CategoryId> &categories);
    void applyFlags(const QList<SeatId> &seats, const QList<SeatFlags> &flags);
    void applyLabels(const QList<SeatId> &seats, const QStringList &labels);
    QList<SeatPlan::RemovedSeat> applyRemove(const QList<SeatId> &seats);
    void applyRestore(const QList<SeatPlan::RemovedSeat> &seats);
    void applyAddRow(SectionId section, const Row &row, const QList<Seat> &seats);
    void applyRemoveRow(RowId row, const QList<SeatId> &seats);

    /** An id for new objects that no object of the plan has. */
    qint64 newId();

Q_SIGNALS:
    void changed(const parkett::SeatMapChange &change);

private:
    /** Sets one value per seat through a SeatPlan setter and announces \a kind. */
    template<typename T, typename Set>
    void applyPerSeat(const QList<SeatId> &seats,
                      const QList<T> &values,
                      Set set,
                      SeatMapChange::Kind kind);

    SeatPlan m_plan;
    QUndoStack *m_undoStack;
    qint64 m_nextId = 0;
};

} // namespace parkett

Q_DECLARE_METATYPE(parkett::SeatMapChange)
