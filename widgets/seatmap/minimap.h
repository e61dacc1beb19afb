// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/seatmap/seatmaprenderer.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

class QTimer;

namespace parkett {

class SeatMapView;

/** The whole plan small, with the part the view shows framed; click or drag to move the view
    there. The drawing is cached and redone shortly after the plan changes. */
class MiniMap final : public QWidget
{
    Q_OBJECT

public:
    explicit MiniMap(SeatMapView *view, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MiniMap)

    /** The plan is not owned. */
    void setPlan(const SeatPlan *plan);
    /** Redraws the cached image soon (after an edit). */
    void planChanged();
    QSize sizeHint() const override { return {220, 160}; }
    /** The plan point under a widget position. */
    QPointF mapToPlan(QPointF widgetPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QTransform planTransform() const;
    void redraw();

    QPointer<SeatMapView> m_view;
    const SeatPlan *m_plan = nullptr;
    SeatMapRenderer m_renderer;
    QImage m_image;
    QTimer *m_redrawTimer;
};

} // namespace parkett
