// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/seatmap/seatmapdocument.h"
#include "widgets/seatmap/seatmaptool.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>

namespace parkett {

/** Selects seats (click, Shift adds, Ctrl toggles, rubber band, double click takes the whole
    row or table) and objects (tables, zones, shapes, sections, the focal point); drags move
    what is selected (one undo step per drag), Alt+drag rotates selected seats about their
    centre; arrow keys nudge by the grid (Shift: by one unit); Delete deletes. */
class SelectTool final : public SeatMapTool
{
    Q_OBJECT

public:
    SelectTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void mouseReleased(const SeatMapToolEvent &event) override;
    void mouseDoubleClicked(const SeatMapToolEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

    /** Moves the selected seats or object by \a delta plan units as one undo step. */
    void nudge(QPointF delta);

protected:
    void cancel() override;

private:
    enum class Mode { None, Band, MoveSeats, RotateSeats, MoveObject, RotateObject };
    void moveObject(SeatMapDocument::ObjectRef ref, QPointF delta, bool continuous);

    Mode m_mode = Mode::None;
    QPointF m_pressPlan;
    QPointF m_lastPlan;
    QPointF m_pivot;
    double m_lastAngle = 0;
    Qt::KeyboardModifiers m_pressModifiers;
    SeatMapDocument::ObjectRef m_pressSection; ///< selected on a click, banded over on a drag
    bool m_dragged = false;
};

/** Adds a row: press at the first seat, drag to the last (seats every seat spacing); a click
    adds a straight row of the configured length. The configured sagitta bows it, seats evenly
    re-spaced along the arc. */
class RowTool final : public SeatMapTool
{
    Q_OBJECT

public:
    RowTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void mouseReleased(const SeatMapToolEvent &event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;

    /** The seats of the row from \a start to \a end (a click: \a start == \a end). */
    QList<QPointF> seatPositions(QPointF start, QPointF end) const;

protected:
    void cancel() override { m_active = false; }

private:
    bool m_active = false;
    QPointF m_start;
    QPointF m_end;
};

/** Adds a block of rows: drag a rectangle (rows every row spacing, seats every seat
    spacing), or click for the configured rows x seats; the configured skew angles it and the
    sagitta curves every row. */
class BlockTool final : public SeatMapTool
{
    Q_OBJECT

public:
    BlockTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void mouseReleased(const SeatMapToolEvent &event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;

    QList<QList<QPointF>> rowPositions(QPointF start, QPointF end) const;

protected:
    void cancel() override { m_active = false; }

private:
    bool m_active = false;
    QPointF m_start;
    QPointF m_end;
};

/** Adds a table with its chairs where clicked: round or rectangular, booking mode from the
    settings. */
class TableTool final : public SeatMapTool
{
    Q_OBJECT

public:
    TableTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;

private:
    QPointF m_hover;
    bool m_hovering = false;
};

/** Draws rectangles and ellipses by drag, polygons by clicks (double click or Enter closes),
    text labels by a click; as a standing zone, a section outline or a decoration. */
class ShapeTool final : public SeatMapTool
{
    Q_OBJECT

public:
    enum class Target { Decoration, StandingZone, Section };
    ShapeTool(Target target,
              SeatMapDocument *document,
              EditorSettings *settings,
              QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void mouseReleased(const SeatMapToolEvent &event) override;
    void mouseDoubleClicked(const SeatMapToolEvent &event) override;
    bool keyPressed(QKeyEvent *event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;

protected:
    void cancel() override;

private:
    bool drawsPolygon() const;
    void finishPolygon();
    void commit(const QList<QPointF> &polygon, const QRectF &rect);

    Target m_target;
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_end;
    QList<QPointF> m_points;
};

/** Sets the focal point (the stage centre best available measures from) where clicked. */
class FocalPointTool final : public SeatMapTool
{
    Q_OBJECT

public:
    FocalPointTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;
};

/** Paints the configured category, seat flag or area membership onto the seats it is
    dragged over (or erases flag and membership); one undo step per stroke. */
class PaintTool final : public SeatMapTool
{
    Q_OBJECT

public:
    PaintTool(SeatMapDocument *document, EditorSettings *settings, QObject *parent = nullptr);
    QString statusHint() const override;
    void mousePressed(const SeatMapToolEvent &event) override;
    void mouseMoved(const SeatMapToolEvent &event) override;
    void mouseReleased(const SeatMapToolEvent &event) override;
    void paintOverlay(QPainter *painter, const QTransform &planToViewport) const override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }

protected:
    void cancel() override;

private:
    void collect(const SeatMapToolEvent &event);

    bool m_painting = false;
    QPointF m_last;
    QList<SeatId> m_stroke;
    QSet<SeatId> m_inStroke;
};

/** The next free row label of a section: after the highest letter or number in use. */
QString nextRowLabel(const SeatPlan &plan, int sectionIndex);
/** The section whose outline holds \a p; -1 when none. */
int sectionIndexAt(const SeatPlan &plan, QPointF p);

} // namespace parkett
