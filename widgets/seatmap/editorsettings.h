// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/seatplan.h"

#include <QObject>
#include <QPointF>
#include <QString>

namespace parkett {

/** What the editor's tools draw with: grid and snapping, the geometry of new rows, tables and
    zones, and the category, flag or area the paint tool applies. Shared by the tools and the
    editor's tool options bar. */
class EditorSettings final : public QObject
{
    Q_OBJECT

public:
    enum class PaintTarget { Category, Flag, Area };
    enum class ShapeKind { Rectangle, Ellipse, Polygon, Text };

    explicit EditorSettings(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(EditorSettings)

    /** The point on the grid nearest to \a p when grid snapping is on; otherwise, with row
        snapping on and \a plan given, a point lined up with the nearest seat's row. */
    QPointF snap(QPointF p, const SeatPlan *plan = nullptr) const;

    // Grid and snapping
    double gridSize = 25;
    bool snapToGrid = true;
    bool snapToRows = true;

    // New rows and blocks
    double seatSpacing = 50;
    double rowSpacing = 60;
    int seatsPerRow = 10;
    int rowsPerBlock = 5;
    double curveSagitta = 0;    ///< plan units; 0 = straight
    bool curveByRadius = false; ///< bow rows to curveRadius instead of curveSagitta
    double curveRadius = 0;     ///< plan units; negative bows the other way; 0 = straight
    /** The sagitta a row with this \a chord gets: the set one, or the one of an arc of
        curveRadius (a half circle at most). */
    double sagittaFor(double chord) const;
    double blockSkew = 0; ///< degrees each row is shifted sideways, for angled blocks
    CategoryId category;  ///< for new seats; invalid = the plan's first category

    // Tables
    int tableChairs = 8;
    bool tableRound = true;
    double tableRadius = 70;
    TableBooking tableBooking = TableBooking::BySeat;
    int tableMinPersons = 1;
    int tableMaxPersons = 8;

    // Standing zones and shapes
    int zoneCapacity = 100;
    bool zonePolygon = false; ///< standing zones drawn corner by corner instead of as a box
    ShapeKind shapeKind = ShapeKind::Rectangle;
    QString shapeText;
    QString shapeColor = QStringLiteral("#5d4037");

    // Paint tool
    PaintTarget paintTarget = PaintTarget::Category;
    SeatFlag paintFlag = SeatFlag::Wheelchair;
    AreaId paintArea;
    bool paintErase = false; ///< remove the flag or area membership instead of adding it

    /** Call after changing any field: tools and the options bar follow. */
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
};

} // namespace parkett
