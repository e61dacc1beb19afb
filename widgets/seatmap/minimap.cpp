// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/minimap.h"

#include "core/seatplan.h"
#include "widgets/seatmap/seatmapview.h"

#include <algorithm>

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace parkett {

MiniMap::MiniMap(SeatMapView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_redrawTimer(new QTimer(this))
{
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(150);
    connect(m_redrawTimer, &QTimer::timeout, this, &MiniMap::redraw);
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click or drag to move the view"));
    // The frame follows every pan and zoom of the view.
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { update(); });
    connect(view, &SeatMapView::zoomChanged, this, [this] { update(); });
}

void MiniMap::setPlan(const SeatPlan *plan)
{
    m_plan = plan;
    m_renderer.setPlan(plan);
    redraw();
}

void MiniMap::planChanged()
{
    m_redrawTimer->start();
}

QTransform MiniMap::planTransform() const
{
    QTransform t;
    if (!m_plan)
        return t;
    const QRectF bounds = m_plan->bounds().adjusted(-40, -40, 40, 40);
    if (bounds.isEmpty())
        return t;
    const double scale = std::min(width() / bounds.width(), height() / bounds.height());
    t.translate((width() - bounds.width() * scale) / 2, (height() - bounds.height() * scale) / 2);
    t.scale(scale, scale);
    t.translate(-bounds.left(), -bounds.top());
    return t;
}

QPointF MiniMap::mapToPlan(QPointF widgetPos) const
{
    return planTransform().inverted().map(widgetPos);
}

void MiniMap::redraw()
{
    m_renderer.refreshPlan();
    m_image = QImage(size().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    m_image.fill(palette().color(QPalette::Base));
    if (m_plan) {
        QPainter painter(&m_image);
        const QTransform t = planTransform();
        painter.setWorldTransform(t);
        m_renderer.paintBase(&painter, t.inverted().mapRect(QRectF(rect())));
    }
    if (sender() == m_redrawTimer)
        update();
}

void MiniMap::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (m_image.size() != size())
        redraw(); // first show or a resize: the picture must fit before it is shown
    QPainter painter(this);
    painter.drawImage(0, 0, m_image);
    if (!m_plan || !m_view)
        return;
    const QRectF frame = planTransform().mapRect(m_view->visiblePlanRect());
    painter.setPen(QPen(QColor(0xff, 0x8f, 0x00), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_image = {}; // redrawn at the new size by the next paint
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (m_view && m_plan && event->button() == Qt::LeftButton)
        m_view->centerOn(mapToPlan(event->position()));
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_view && m_plan && (event->buttons() & Qt::LeftButton))
        m_view->centerOn(mapToPlan(event->position()));
}

} // namespace parkett
