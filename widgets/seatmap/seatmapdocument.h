// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seatplan.h"
#include "widgets/seatmap/seatmapcommands.h"

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
        RowsChanged,    ///< rows were added, removed or relabelled
        ObjectsChanged, ///< sections, tables, zones, shapes, areas or the focal point
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

    /** A plan object that is not a seat, by kind and index. */
    struct ObjectRef
    {
        PlanObjectKind kind = PlanObjectKind::Shape;
        int index = -1;
        bool isValid() const { return index >= 0; }
        friend bool operator==(const ObjectRef &, const ObjectRef &) = default;
    };

    // Selection: seats, or one other object. Not undoable; edits keep it valid.
    const QList<SeatId> &selectedSeats() const { return m_selectedSeats; }
    void setSelectedSeats(const QList<SeatId> &seats);
    ObjectRef selectedObject() const { return m_selectedObject; }
    void setSelectedObject(ObjectRef object);
    /** The bounding box of the selected seats or object; null when nothing is selected. */
    QRectF selectionBounds() const;

    /** The object at \a index as a value. */
    PlanObject object(PlanObjectKind kind, int index) const;
    /** The topmost table, zone, shape or section under \a p (seats are looked up apart). */
    ObjectRef objectAt(QPointF p) const;

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

    /** Sets positions and rotations in one step (align, distribute, skew, rotate, nudge). */
    void setSeatGeometry(const QList<SeatId> &seats,
                         const QList<QPointF> &positions,
                         const QList<float> &rotations,
                         const QString &text,
                         bool continuous = false);
    /** Turns seats by \a degrees about \a pivot, seat symbols with them. */
    void rotateSeats(const QList<SeatId> &seats, double degrees, QPointF pivot, bool continuous);
    enum class Alignment { Left, HCenter, Right, Top, VCenter, Bottom, DistributeH, DistributeV };
    void alignSeats(const QList<SeatId> &seats, Alignment alignment);
    /** Angles a block: each seat is shifted sideways in proportion to its distance from the
        block's top, by tan(\a degrees). */
    void skewSeats(const QList<SeatId> &seats, double degrees);
    /** Adds rows of seats in one step; \a labels and \a positions have one entry per row. */
    QList<RowId> addRows(SectionId section,
                         const QStringList &labels,
                         const QList<QList<QPointF>> &positions,
                         CategoryId category,
                         const QString &text);
    /** Row and seat labels in one step (numbering wizard). */
    void renumber(const QList<RowId> &rows,
                  const QStringList &rowLabels,
                  const QList<SeatId> &seats,
                  const QStringList &seatLabels);
    SectionId addSection(const QString &name, const QList<QPointF> &outline);
    /** A table with \a chairs seats around it (round) or along its long sides (rectangular). */
    TableId addTable(const Table &table, int chairs, bool round, CategoryId category);
    ZoneId addZone(const StandingZone &zone);
    void addShape(const Shape &shape);
    AreaId addArea(const QString &name, const QString &color);
    void setFocalPoint(QPointF point);
    /** Replaces a section, table (not its seats), zone, shape or area by value. */
    void changeObject(ObjectRef ref,
                      const PlanObject &after,
                      const QString &text,
                      bool continuous = false);
    /** Turns a zone or shape by \a degrees about its centre (one undo step; successive turns
        while \a continuous merge, as a drag does). Returns false for other objects. */
    bool rotateObject(ObjectRef ref, double degrees, bool continuous = false);
    /** Adds seats to or takes them out of an area. */
    void setAreaMembership(AreaId area, const QList<SeatId> &seats, bool member);
    /** Deletes an object with what it holds (a section's rows and seats, a table's chairs). */
    void removeObject(ObjectRef ref);
    /** Deletes the selected seats or object. */
    void deleteSelection();

    /** Copies of seats with their rows and tables, for copy and paste. */
    struct Clip
    {
        QList<Row> rows;     ///< rows that had copied seats; seats hold seats' indices
        QList<Seat> seats;   ///< row = index into rows, or -1
        QList<Table> tables; ///< tables whose chairs were copied; seats hold indices
        bool isEmpty() const { return seats.isEmpty(); }
        QJsonObject toJson() const;
        static Clip fromJson(const QJsonObject &json);
    };
    Clip copy(const QList<SeatId> &seats) const;
    /** Pastes with new ids, moved by \a offset, into \a section; selects what was pasted. */
    QList<SeatId> paste(const Clip &clip, QPointF offset, SectionId section);

    // Applied by the undo commands only.
    void applyGeometry(const QList<SeatId> &seats,
                       const QList<QPointF> &positions,
                       const QList<float> &rotations);
    void applyRowLabels(const QList<RowId> &rows, const QStringList &labels);
    void applyObject(int index, const PlanObject &object);
    void applyInsertObject(int index, const PlanObject &object);
    void applyRemoveObject(PlanObjectKind kind, int index);
    void applyAddTableSeats(TableId table, const QList<Seat> &seats);
    void applyInsertRow(int index, const Row &row);
    void applyRemoveEmptyRow(RowId row);

    void applyPositions(const QList<SeatId> &seats, const QList<QPointF> &positions);
    void applyCategories(const QList<SeatId> &seats, const QList<CategoryId> &categories);
    void applyFlags(const QList<SeatId> &seats, const QList<SeatFlags> &flags);
    void applyLabels(const QList<SeatId> &seats, const QStringList &labels);
    QList<SeatPlan::RemovedSeat> applyRemove(const QList<SeatId> &seats);
    void applyRestore(const QList<SeatPlan::RemovedSeat> &seats);
    void applyAddRow(SectionId section, const Row &row, const QList<Seat> &seats);
    void applyRemoveRow(RowId row, const QList<SeatId> &seats);

    /** After the plan was saved as a new version: later saves and the title follow it. */
    void setPlanVersion(int version) { m_plan.setVersion(version); }

    /** Ends a drag: continuous edits after this start a new undo step. */
    void endDrag() { ++m_dragGeneration; }
    int dragGeneration() const { return m_dragGeneration; }

    /** An id for new objects that no object of the plan has. */
    qint64 newId();

Q_SIGNALS:
    void changed(const parkett::SeatMapChange &change);
    void selectionChanged();

private:
    /** Sets one value per seat through a SeatPlan setter and announces \a kind. */
    template<typename T, typename Set>
    void applyPerSeat(const QList<SeatId> &seats,
                      const QList<T> &values,
                      Set set,
                      SeatMapChange::Kind kind);

    void pruneSelection();

    SeatPlan m_plan;
    QUndoStack *m_undoStack;
    QList<SeatId> m_selectedSeats;
    ObjectRef m_selectedObject;
    qint64 m_nextId = 0;
    int m_dragGeneration = 0;
};

} // namespace parkett

Q_DECLARE_METATYPE(parkett::SeatMapChange)
