// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QFlags>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace parkett {

enum class SeatFlag : quint8 {
    None = 0,
    Wheelchair = 1 << 0,
    Companion = 1 << 1,
    RestrictedView = 1 << 2,
    Aisle = 1 << 3,
};
Q_DECLARE_FLAGS(SeatFlags, SeatFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SeatFlags)

/** A price category of a plan ("Category A"); its colour is "#rrggbb" text (core has no QColor). */
struct Category
{
    CategoryId id;
    QString name;
    QString color;
};

/** One seat. Positions are plan units (about 1 unit = 1 cm); ids survive edits. */
struct Seat
{
    SeatId id;
    QString label; ///< seat number as printed, "12"
    QPointF pos;
    float rotation = 0; ///< degrees, for angled rows
    qint32 row = -1;    ///< index into SeatPlan::rows(), -1 for table seats
    qint32 table = -1;  ///< index into SeatPlan::tables()
    CategoryId category;
    SeatFlags flags;
    QString externalId; ///< the seat's id in the file it was imported from; empty when drawn here
};

/** An ordered row of seats. Curve and angle are kept so the editor can regenerate geometry. */
struct Row
{
    RowId id;
    QString label;
    qint32 section = -1;
    QList<qint32> seats; ///< indices into SeatPlan::seats(), in seat order along the row
    double curve = 0;    ///< sagitta of the arc through the row, plan units; 0 = straight
    double angle = 0;    ///< rotation of the row, degrees
};

struct Section
{
    SectionId id;
    QString name;
    QList<QPointF> outline; ///< polygon; may be empty for an implicit section
    QList<qint32> rows;
};

struct Table
{
    TableId id;
    QString label;
    QPointF center;
    double radius = 0;
    bool wholeTableOnly = false; ///< booked as one unit
    QList<qint32> seats;
};

/** General admission: sold by quantity up to its capacity. */
struct StandingZone
{
    ZoneId id;
    QString name;
    QRectF bounds;
    qint32 capacity = 0;
    CategoryId category;
};

/** Decoration: the stage, walls, labels. */
struct Shape
{
    enum class Kind { Rectangle, Ellipse, Polygon, Text };
    Kind kind = Kind::Rectangle;
    QRectF bounds;
    QList<QPointF> points;
    QString text;
    QString color;
};

/** A seating plan: flat seat storage with rows/sections/tables indexing into it, plus a
    uniform-grid spatial index for hit tests. One version of a venue's layout. */
class SeatPlan
{
public:
    SeatPlan() = default;

    SeatPlanId id() const { return m_id; }
    void setId(SeatPlanId id) { m_id = id; }
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }
    QPointF focalPoint() const { return m_focalPoint; }
    void setFocalPoint(QPointF p) { m_focalPoint = p; }
    /** Fields of an imported file that the plan does not model, kept so that nothing is lost;
        see core/planimport.h for the layout. Empty for plans drawn in Parkett. */
    QJsonObject importExtras() const { return m_importExtras; }
    void setImportExtras(const QJsonObject &extras) { m_importExtras = extras; }

    const QList<Category> &categories() const { return m_categories; }
    const QList<Seat> &seats() const { return m_seats; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<Section> &sections() const { return m_sections; }
    const QList<Table> &tables() const { return m_tables; }
    const QList<StandingZone> &zones() const { return m_zones; }
    const QList<Shape> &shapes() const { return m_shapes; }

    int addCategory(const Category &category);
    int addSection(const Section &section);
    /** Adds a row to \a section and returns its index. */
    int addRow(int section, const Row &row);
    /** Appends a seat to \a row (or to no row with -1) and returns its index. Invalid ids
        are assigned from the plan's next free id. */
    int addSeat(int row, Seat seat);
    int addTable(const Table &table);
    int addSeatToTable(int table, Seat seat);
    int addZone(const StandingZone &zone);
    void addShape(const Shape &shape);

    // --- Edits (used by the seat-map document's undo commands). Seats are addressed by id;
    // indices may shift when seats or rows are removed. ---

    /** A seat as it was taken out of the plan, with what is needed to put it back. */
    struct RemovedSeat
    {
        Seat seat;
        RowId row;        ///< invalid when the seat was in no row
        TableId table;    ///< invalid when the seat was at no table
        int position = 0; ///< its place in the row's or table's seat order
    };

    void setSeatPosition(int seatIndex, QPointF pos);
    void setSeatRotation(int seatIndex, float degrees);
    void setSeatCategory(int seatIndex, CategoryId category);
    void setSeatFlags(int seatIndex, SeatFlags flags);
    void setSeatLabel(int seatIndex, const QString &label);
    void setRowLabel(int rowIndex, const QString &label);
    /** Takes the seats out (unknown ids are skipped); returns them in removal order. */
    QList<RemovedSeat> removeSeats(const QList<SeatId> &seats);
    /** Puts seats back exactly where removeSeats() took them from (pass its result); their
        ids are kept, so tickets and rules that name them find them again. */
    void restoreSeats(const QList<RemovedSeat> &removed);
    /** Removes an empty row; returns false when it has seats or does not exist. */
    bool removeEmptyRow(RowId row);
    int rowIndex(RowId id) const;
    /** The highest id any object of the plan has had; new objects get higher ones. */
    qint64 lastId() const { return m_lastId; }
    int sectionIndex(SectionId id) const;

    int seatIndex(SeatId id) const;
    const Seat *seat(SeatId id) const;
    const Category *category(CategoryId id) const;
    const StandingZone *zone(ZoneId id) const;
    /** "Stalls, row 3, seat 12" style label parts. */
    QString rowLabelOf(int seatIndex) const;
    QString sectionNameOf(int seatIndex) const;

    int standingCapacity() const;
    QRectF bounds() const;

    /** Seats whose centre lies in \a rect. */
    QList<int> seatsIn(const QRectF &rect) const;
    /** The seat within \a radius of \a point, nearest first; -1 when none. */
    int seatAt(QPointF point, double radius) const;

    /** The native JSON format; round-trips every field. */
    QJsonObject toJson() const;
    static Result<SeatPlan> fromJson(const QJsonObject &json);

    /** Generates evenly spaced seats for a straight or curved row: \a count seats starting at
        \a start, \a spacing apart, turned by \a angleDeg, bowed by \a curve (sagitta). */
    static QList<QPointF> rowGeometry(
        QPointF start, int count, double spacing, double angleDeg, double curve);

private:
    void invalidateIndex();
    void rebuildSeatIds();
    void buildIndex() const;
    qint64 nextId();

    SeatPlanId m_id;
    QString m_name;
    int m_version = 1;
    QPointF m_focalPoint;
    QJsonObject m_importExtras;
    qint64 m_lastId = 0;
    QList<Category> m_categories;
    QList<Seat> m_seats;
    QList<Row> m_rows;
    QList<Section> m_sections;
    QList<Table> m_tables;
    QList<StandingZone> m_zones;
    QList<Shape> m_shapes;
    QHash<SeatId, qint32> m_seatById;

    // Spatial grid, built lazily on the first hit test.
    mutable bool m_indexValid = false;
    mutable QRectF m_indexBounds;
    mutable double m_cellSize = 1;
    mutable int m_cols = 0;
    mutable int m_rowsInGrid = 0;
    mutable QList<qint32> m_cellStart;
    mutable QList<qint32> m_cellSeats;
};

} // namespace parkett
