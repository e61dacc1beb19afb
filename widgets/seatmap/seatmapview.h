// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog.h"
#include "core/ids.h"
#include "core/inventory.h"
#include "widgets/seatmap/seatmaprenderer.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>

class QRubberBand;

namespace parkett {

class SeatPlan;
class SeatMapTool;
struct SeatMapToolEvent;

/** The seat map at the counter: zoom (wheel, Ctrl +/-, Ctrl+0 fits), pan (scroll bars, arrow
    keys, middle or right drag), hover tooltips, click to toggle a free seat, drag a rubber band
    to select many, click a standing zone to ask for places. Seat states come from outside;
    the view never reads or writes storage.

    The plan is drawn into an image of the viewport plus a margin at the current zoom; panning
    blits that image shifted, and only zoom, resize, plan, seat-state and palette changes draw
    it again. The selection and the hovered seat are painted over it, so they never do. */
class SeatMapView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;
    Q_DISABLE_COPY_MOVE(SeatMapView)

    /** The plan is not owned and must outlive the view (or be replaced). */
    void setPlan(const SeatPlan *plan);
    const SeatPlan *plan() const { return m_plan; }
    /** Call after the plan was edited in place: derived data and the cached image are redone. */
    void refresh();
    /** Prices shown in tooltips: the first price type with a price in the seat's category. */
    void setPrices(const PriceList &prices, const QList<PriceType> &types);
    /** Seat states as of \a now and the seats currently in the basket. */
    void setSeatStates(const Inventory &inventory,
                       const QDateTime &now,
                       const QSet<SeatId> &selected);
    void setSelection(const QSet<SeatId> &selected);
    void setStandingInBasket(const QHash<ZoneId, int> &quantities);
    /** Free seats a rule blocks (distancing), with the reason; drawn striped, not selectable. */
    void setDerivedBlocks(const QHash<SeatId, QString> &reasons);
    /** Seats drawn with a dashed ring, e.g. the neighbours the selection would block. */
    void setHighlighted(const QSet<SeatId> &seats);

    /** Hands the left mouse button and the keyboard to an editing tool (not owned); with none
        the view sells: clicks toggle free seats. Panning and zooming stay with the view. */
    void setTool(SeatMapTool *tool);
    SeatMapTool *tool() const;
    /** Repaints what tools draw over the map (previews, handles). */
    void updateOverlay() { viewport()->update(); }
    /** Zooms so that \a planRect fills the view. */
    void zoomToRect(const QRectF &planRect);
    /** Centres the view on a plan point, keeping the zoom. */
    void centerOn(QPointF planPoint);
    /** The plan rectangle the viewport shows. */
    QRectF visiblePlanRect() const;

    /** The selected seats in plan order. */
    QList<SeatId> selectedSeats() const;
    SeatStatus seatStatus(SeatId seat) const;

    double zoom() const { return m_scale; }
    /** Viewport coordinates of a plan point, and back. */
    QPoint mapFromPlan(QPointF planPoint) const;
    QPointF mapToPlan(QPointF viewportPoint) const;
    /** The seat under a viewport position, or an invalid id. */
    SeatId seatAt(QPoint viewportPos) const;
    /** The tooltip text for \a seat. */
    QString seatDescription(SeatId seat) const;

    /** Paints the viewport area \a exposed exactly as a paint event does: the cached image of
        the plan (drawn first if it is missing or stale), then the selection and hover on top.
        Also used by benchmarks and tests to measure and inspect the real path. */
    void renderFrame(QPainter *painter, const QRect &exposed);
    /** How often the cached image was drawn; it stays put while only panning or selecting,
        and when a new inventory changes a few seats (only their places are redrawn). */
    int cacheRenderCount() const { return m_cacheRenders; }
    /** How many seats were redrawn in place into the cached image so far. */
    int partialSeatRepaints() const { return m_partialSeats; }
    /** The seat the keyboard is on (arrow keys move it, Space toggles it); invalid when none. */
    SeatId keyboardSeat() const { return m_hovered; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToView();

Q_SIGNALS:
    void seatClicked(parkett::SeatId seat);
    void seatHovered(parkett::SeatId seat);
    void selectionChanged(const QList<parkett::SeatId> &seats);
    void standingZoneActivated(parkett::ZoneId zone);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QSize sizeHint() const override;

private:
    QTransform planTransform() const;
    SeatMapToolEvent toolEvent(const QMouseEvent *event) const;
    void updateScrollBars();
    void setZoom(double scale, QPointF anchor);
    double fitScale() const;
    ZoneId zoneAt(QPoint viewportPos) const;
    void setHovered(SeatId seat);
    void updateSeat(SeatId seat);
    void toggleSeat(SeatId seat);
    void emitSelection();
    void invalidateCache();
    /** Redraws the places of \a seats (indices) into the cached image, or the whole image
        when there are too many or the far-out view draws sections. */
    void repaintSeatsInCache(const QList<int> &seats);
    /** The seat next to the keyboard seat in \a direction: along its row for left and right,
        the nearest seat in that direction otherwise. */
    SeatId neighbourSeat(SeatId from, Qt::Key direction) const;
    /** Makes sure the cache covers the viewport under \a transform; returns where the cache's
        top-left pixel lies in viewport coordinates. */
    QPoint ensureCache(const QTransform &transform);

    const SeatPlan *m_plan = nullptr;
    SeatMapRenderer m_renderer;
    PriceList m_prices;
    QList<PriceType> m_priceTypes;
    QSet<SeatId> m_selected;
    SeatId m_hovered;
    QRectF m_sceneRect;
    double m_scale = 1;
    bool m_fit = true;
    bool m_pressed = false;
    bool m_panning = false;
    QPoint m_pressPos;
    QPoint m_lastPanPos;
    QRubberBand *m_band = nullptr;
    QPointer<SeatMapTool> m_tool;

    QImage m_cache;
    bool m_cacheValid = false;
    double m_cacheScale = 0;
    QSize m_cacheViewport;
    QPointF m_cacheOrigin; ///< the plan transform's translation when the cache was drawn
    int m_cacheRenders = 0;
    int m_partialSeats = 0;
};

} // namespace parkett
