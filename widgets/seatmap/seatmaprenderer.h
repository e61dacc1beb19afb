// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/inventory.h"

#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>

class QPainter;

namespace parkett {

class SeatPlan;
struct Row;

/** How one seat is drawn. */
struct SeatLook
{
    SeatStatus status = SeatStatus::Free;
    QColor color; ///< the category colour
    bool selected = false;
    bool hovered = false;
    bool wheelchair = false;
};

/** Paints a seat plan and the state of its seats onto any QPainter: the screen, a printer, a
    QImage in tests. The painter's world transform maps plan units to device pixels (no
    rotation); only what lies in the exposed plan rectangle is drawn, and text gives way as
    seats get small. States are drawn by shape as well as colour. */
class SeatMapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SeatMapRenderer)

public:
    SeatMapRenderer() = default;

    /** The plan is not owned and must outlive the renderer (or be replaced). */
    void setPlan(const SeatPlan *plan);
    const SeatPlan *plan() const { return m_plan; }

    /** The status of every seat, as of \a now; seats absent from \a inventory are free. */
    void setInventory(const Inventory &inventory, const QDateTime &now);
    void setSelection(const QSet<SeatId> &selected) { m_selected = selected; }
    const QSet<SeatId> &selection() const { return m_selected; }
    void setHoveredSeat(SeatId seat) { m_hovered = seat; }
    /** Places per standing zone in the basket, shown with the zone. */
    void setStandingInBasket(const QHash<ZoneId, int> &quantities)
    {
        m_standingInBasket = quantities;
    }

    SeatStatus seatStatus(int seatIndex) const;
    int zoneFree(ZoneId zone) const { return m_zoneFree.value(zone, -1); }

    /** Draws everything that intersects \a exposed (plan units). */
    void paint(QPainter *painter, const QRectF &exposed) const;

    /** Seat radius in plan units. */
    static constexpr double kSeatRadius = 22;
    /** Draws one seat symbol centred on \a centre; used by the map and its legend. */
    static void drawSeat(QPainter *painter,
                         QPointF centre,
                         double radius,
                         const SeatLook &look,
                         const QString &label = {});
    static QColor categoryColor(const QString &text);

private:
    double deviceScale(const QPainter *painter) const;
    void drawBackground(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawZones(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawSeats(QPainter *painter, const QRectF &exposed, double scale) const;
    /** Where a row's labels go: one seat spacing beyond each end, along the row. */
    std::pair<QPointF, QPointF> rowLabelPositions(const Row &row) const;
    void drawRowLabels(QPainter *painter, const QRectF &exposed, double scale) const;

    const SeatPlan *m_plan = nullptr;
    QList<SeatStatus> m_status; ///< by seat index
    QHash<ZoneId, int> m_zoneFree;
    QHash<ZoneId, int> m_standingInBasket;
    QHash<CategoryId, QColor> m_colors;
    QSet<SeatId> m_selected;
    SeatId m_hovered;
};

} // namespace parkett
