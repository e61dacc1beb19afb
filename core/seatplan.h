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
#include <QStringList>

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

/** How the seats of a table are sold. */
enum class TableBooking : quint8 {
    BySeat,     ///< every seat on its own
    WholeTable, ///< all seats in one order, or none
    Party,      ///< one order of minPersons..maxPersons seats at the table
};

struct Table
{
    TableId id;
    QString label;
    QPointF center;
    double radius = 0;
    TableBooking booking = TableBooking::BySeat;
    qint32 minPersons = 0; ///< for Party: fewest seats one order takes (0 = 1)
    qint32 maxPersons = 0; ///< for Party: most seats one order takes (0 = all)
    QList<qint32> seats;

    bool isWholeTableOnly() const { return booking == TableBooking::WholeTable; }
};

/** Distancing ("corona seating") settings of an area. When enabled, the seats around each
    order's group are blocked for other orders; a group in one order still sits together. The
    blocked seats are derived per performance (core/distancing.h), never stored. */
struct DistancingRules
{
    bool enabled = false;
    qint32 seatsEachSide = 1;      ///< seats blocked beside a group along its row
    bool frontBehind = false;      ///< also the nearest seats in the rows in front and behind
    bool diagonal = false;         ///< also the seats diagonally in front and behind
    qint32 rowEndSeats = 0;        ///< seats kept free at each end of every row
    qint32 maxGroupSize = 0;       ///< most seats one order may take in the area; 0 = no limit
    qint32 maxOccupancy = 0;       ///< most seats taken in the area; 0 = no limit
    bool occupancyPercent = false; ///< maxOccupancy is a percentage of the area's seats
    bool onePartyPerTable = false; ///< a table hosts one order at most
    QList<SeatId> alwaysFree;      ///< never sold while the rules are on
    QList<SeatId> exempt;          ///< neither blocked nor blocking (e.g. behind a screen)
    double radius = 0;             ///< > 0: block every seat closer than this (plan units) instead
                                   ///< of counting row neighbours

    friend bool operator==(const DistancingRules &, const DistancingRules &) = default;
};

/** Limits on the orders an area accepts; checked before payment (core/orderrules.h). */
struct OrderLimits
{
    qint32 maxOrders = 0;          ///< most orders holding seats in the area; 0 = no limit
    qint32 minPersons = 0;         ///< fewest seats per order in the area; 0 = no limit
    qint32 maxPersons = 0;         ///< most seats per order in the area; 0 = no limit
    QStringList allowedPriceTypes; ///< price type codes; empty = every price type
    QStringList allowedOrderTypes; ///< "sale", "reservation"; empty = both

    friend bool operator==(const OrderLimits &, const OrderLimits &) = default;
};

/** A named group of seats and tables with rule settings. Areas may overlap; every area's
    rules apply to its seats. Members are kept by id, so removing and restoring seats keeps
    their areas; ids of seats not in the plan are ignored by the rules. */
struct Area
{
    AreaId id;
    QString name;
    QString color; ///< "#rrggbb"
    QList<SeatId> seats;
    QList<TableId> tables; ///< every seat of these tables belongs to the area
    DistancingRules distancing;
    OrderLimits limits;

    friend bool operator==(const Area &, const Area &) = default;
};

/** General admission: sold by quantity up to its capacity. */
struct StandingZone
{
    ZoneId id;
    QString name;
    QRectF bounds; ///< the outline's bounding box when there is an outline
    qint32 capacity = 0;
    CategoryId category;
    /// A polygon zone; empty for a rectangle (bounds). Last, so brace initialisers stay valid.
    QList<QPointF> outline;
    /// Degrees clockwise (y grows down) about the centre of bounds; the outline and bounds
    /// are kept unrotated.
    double rotation = 0;

    /** Whether \a p lies in the zone: in its outline, or in its bounds without one, turned
        by the rotation. */
    bool contains(QPointF p) const;
};

/** \a p turned by \a degrees (clockwise with y growing down) about \a centre. */
QPointF rotatedAbout(QPointF p, QPointF centre, double degrees);

/** Decoration: the stage, walls, labels. */
struct Shape
{
    enum class Kind { Rectangle, Ellipse, Polygon, Text };
    Kind kind = Kind::Rectangle;
    QRectF bounds;
    QList<QPointF> points;
    QString text;
    QString color;
    /// Degrees clockwise (y grows down) about the centre of bounds; bounds and points are
    /// kept unrotated.
    double rotation = 0;

    /** \a p turned back by the rotation about the centre of bounds: test it against the
        unrotated bounds or points. */
    QPointF unrotated(QPointF p) const { return rotatedAbout(p, bounds.center(), -rotation); }
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
    const QList<Area> &areas() const { return m_areas; }

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
    /** Appends an area (an invalid id is assigned) and returns its index. */
    int addArea(const Area &area);

    // --- Areas, addressed by id (the editor's undo commands call these). ---

    int areaIndex(AreaId id) const;
    const Area *area(AreaId id) const;
    /** Puts \a area back at \a index (clamped); for undoing removeArea(). */
    void insertArea(int index, const Area &area);
    /** Removes the area; returns false when there is none with that id. */
    bool removeArea(AreaId id);
    /** Replaces the area with \a area's id; returns false when there is none. */
    bool updateArea(const Area &area);
    bool setAreaName(AreaId id, const QString &name);
    bool setAreaColor(AreaId id, const QString &color);
    bool setAreaSeats(AreaId id, const QList<SeatId> &seats);
    bool setAreaTables(AreaId id, const QList<TableId> &tables);
    bool setAreaDistancing(AreaId id, const DistancingRules &rules);
    bool setAreaLimits(AreaId id, const OrderLimits &limits);
    /** The areas \a seat belongs to (directly or through its table), in plan order. */
    QList<int> areasOfSeat(int seatIndex) const;
    /** Every seat index of an area: its seats and its tables' seats, without duplicates. */
    QList<int> areaSeatIndices(int areaIndex) const;

    int tableIndex(TableId id) const;
    /** Sets how a table is booked; returns false when there is no such table. */
    bool setTableBooking(TableId id, TableBooking booking, int minPersons = 0, int maxPersons = 0);

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

    // --- Whole objects for the seat-map editor, addressed by index. Indices held elsewhere in
    // the plan (a seat's row and table, a row's section) follow inserts and removals. ---

    /** Puts an empty row back at \a index (for undoing removeEmptyRow()). */
    void insertRow(int index, const Row &row);
    /** Replaces a section's name and outline; its rows stay. */
    void setSection(int index, const Section &section);
    /** Inserts a section without rows at \a index (clamped). */
    void insertSection(int index, const Section &section);
    /** Removes a section that holds no rows; false when it holds some. */
    bool removeEmptySection(int index);
    /** Replaces a table's label, centre, radius and booking; its seats stay. */
    void setTable(int index, const Table &table);
    /** Inserts a table without seats at \a index (clamped). */
    void insertTable(int index, const Table &table);
    /** Removes a table that has no seats; false when it has some. */
    bool removeEmptyTable(int index);
    void setZone(int index, const StandingZone &zone);
    void insertZone(int index, const StandingZone &zone);
    void removeZone(int index);
    void setShape(int index, const Shape &shape);
    void insertShape(int index, const Shape &shape);
    void removeShape(int index);

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

    /** The native JSON format; round-trips every field. Format version 2 (the default) keeps
        a row's seats as parallel arrays ("seatColumns"), which parses far faster than one
        object per seat; version 1 (one object per seat) is still written on request and
        read. */
    QJsonObject toJson(int formatVersion = 2) const;
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
    QList<Area> m_areas;
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
