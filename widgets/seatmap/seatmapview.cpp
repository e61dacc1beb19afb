// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapview.h"

#include "core/seatplan.h"
#include "widgets/seatmap/seatmaptool.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRubberBand>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace parkett {

namespace {

constexpr double kMargin = 60;
constexpr double kMaxScale = 6;
// Device-independent pixels cached around the viewport on every side, so a pan of up to this
// much is a blit.
constexpr int kCacheMargin = 256;

QString statusText(SeatStatus status)
{
    switch (status) {
    case SeatStatus::Free:
        return SeatMapView::tr("Free");
    case SeatStatus::Held:
        return SeatMapView::tr("Held");
    case SeatStatus::Reserved:
        return SeatMapView::tr("Reserved");
    case SeatStatus::Sold:
        return SeatMapView::tr("Sold");
    case SeatStatus::Blocked:
        return SeatMapView::tr("Blocked");
    }
    return {};
}

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::StyledPanel);
    m_band->hide();
}

SeatMapView::~SeatMapView() = default;

QSize SeatMapView::sizeHint() const
{
    return {640, 560};
}

void SeatMapView::setPlan(const SeatPlan *plan)
{
    m_plan = plan;
    m_renderer.setPlan(plan);
    m_selected.clear();
    m_hovered = {};
    m_sceneRect = plan ? plan->bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin) : QRectF();
    invalidateCache();
    fitToView();
}

void SeatMapView::refresh()
{
    m_renderer.refreshPlan();
    m_sceneRect = m_plan ? m_plan->bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin)
                         : QRectF();
    updateScrollBars();
    invalidateCache();
}

void SeatMapView::invalidateCache()
{
    m_cacheValid = false;
    viewport()->update();
}

void SeatMapView::setPrices(const PriceList &prices, const QList<PriceType> &types)
{
    m_prices = prices;
    m_priceTypes = types;
}

void SeatMapView::setSeatStates(const Inventory &inventory,
                                const QDateTime &now,
                                const QSet<SeatId> &selected)
{
    const SeatMapRenderer::InventoryChange change = m_renderer.setInventory(inventory, now);
    setSelection(selected);
    if (change.everything || change.zones)
        invalidateCache();
    else
        repaintSeatsInCache(change.seats);
}

void SeatMapView::repaintSeatsInCache(const QList<int> &seats)
{
    // Far out, seats are section colours; many changes are cheaper drawn in one go.
    constexpr qsizetype kMaxPartial = 400;
    const bool sections = SeatMapRenderer::detailFor(SeatMapRenderer::kSeatRadius * m_scale)
                          == SeatMapRenderer::Detail::Sections;
    if (!m_cacheValid || sections || seats.size() > kMaxPartial) {
        invalidateCache();
        return;
    }
    if (seats.isEmpty())
        return;
    const QTransform cacheTransform(
        m_scale, 0, 0, m_scale, m_cacheOrigin.x() + kCacheMargin, m_cacheOrigin.y() + kCacheMargin);
    const double r = SeatMapRenderer::kSeatRadius * 1.3;
    const QRect cacheRect(QPoint(), m_cache.deviceIndependentSize().toSize());
    QPainter painter(&m_cache);
    for (int index : seats) {
        const QPointF c = m_plan->seats().at(index).pos;
        const QRect device = cacheTransform.mapRect(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)))
                                 .toAlignedRect()
                                 .adjusted(-1, -1, 1, 1)
                                 .intersected(cacheRect);
        if (device.isEmpty())
            continue;
        painter.save();
        painter.setClipRect(device);
        painter.fillRect(device, palette().color(QPalette::Base));
        painter.setWorldTransform(cacheTransform);
        m_renderer.paintBase(&painter, cacheTransform.inverted().mapRect(QRectF(device)));
        painter.restore();
        ++m_partialSeats;
    }
    painter.end();
    viewport()->update();
}

void SeatMapView::setSelection(const QSet<SeatId> &selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    m_renderer.setSelection(selected);
    viewport()->update();
}

void SeatMapView::setStandingInBasket(const QHash<ZoneId, int> &quantities)
{
    m_renderer.setStandingInBasket(quantities);
    invalidateCache();
}

void SeatMapView::setDerivedBlocks(const QHash<SeatId, QString> &reasons)
{
    m_renderer.setDerivedBlocks(reasons);
    invalidateCache();
}

void SeatMapView::setHighlighted(const QSet<SeatId> &seats)
{
    if (seats == m_renderer.highlighted())
        return;
    m_renderer.setHighlighted(seats);
    viewport()->update();
}

void SeatMapView::setTool(SeatMapTool *tool)
{
    if (m_tool == tool)
        return;
    if (m_tool)
        m_tool->deactivate(this);
    m_tool = tool;
    m_band->hide();
    m_pressed = false;
    if (m_tool) {
        m_tool->activate(this);
        viewport()->setCursor(m_tool->cursor());
    } else {
        viewport()->unsetCursor();
    }
    viewport()->update();
}

SeatMapTool *SeatMapView::tool() const
{
    return m_tool;
}

void SeatMapView::zoomToRect(const QRectF &planRect)
{
    if (planRect.isEmpty() && planRect.isNull())
        return;
    const QRectF r = planRect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const QSize port = viewport()->size();
    m_fit = false;
    m_scale = std::clamp(std::min(port.width() / r.width(), port.height() / r.height()),
                         fitScale() * 0.5,
                         kMaxScale);
    updateScrollBars();
    centerOn(planRect.center());
    Q_EMIT zoomChanged(m_scale);
}

void SeatMapView::centerOn(QPointF planPoint)
{
    const QPointF now = planTransform().map(planPoint);
    const QPointF want = QRectF(viewport()->rect()).center();
    const QPointF delta = now - want;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(delta.y())));
    viewport()->update();
}

QRectF SeatMapView::visiblePlanRect() const
{
    return planTransform().inverted().mapRect(QRectF(viewport()->rect()));
}

QList<SeatId> SeatMapView::selectedSeats() const
{
    QList<SeatId> out;
    if (!m_plan)
        return out;
    for (const Seat &seat : m_plan->seats()) {
        if (m_selected.contains(seat.id))
            out.append(seat.id);
    }
    return out;
}

SeatId SeatMapView::neighbourSeat(SeatId from, Qt::Key direction) const
{
    const int index = m_plan->seatIndex(from);
    if (index < 0)
        return {};
    const Seat &seat = m_plan->seats().at(index);
    if ((direction == Qt::Key_Left || direction == Qt::Key_Right) && seat.row >= 0) {
        const QList<qint32> &order = m_plan->rows().at(seat.row).seats;
        const qsizetype at = order.indexOf(index);
        if (order.size() > 1) {
            // Rows run either way on the map: step towards the screen side asked for.
            const QPointF first = m_plan->seats().at(order.first()).pos;
            const QPointF last = m_plan->seats().at(order.last()).pos;
            const bool ascendingRight = last.x() >= first.x();
            const bool forward = (direction == Qt::Key_Right) == ascendingRight;
            const qsizetype next = forward ? at + 1 : at - 1;
            if (next >= 0 && next < order.size())
                return m_plan->seats().at(order.at(next)).id;
            return from;
        }
    }
    QPointF want;
    switch (direction) {
    case Qt::Key_Left:
        want = {-1, 0};
        break;
    case Qt::Key_Right:
        want = {1, 0};
        break;
    case Qt::Key_Up:
        want = {0, -1};
        break;
    default:
        want = {0, 1};
        break;
    }
    // The nearest seat ahead, within a cone of 60 degrees either side.
    const double reach = SeatMapRenderer::kSeatRadius * 12;
    const QRectF box(seat.pos - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach));
    double best = std::numeric_limits<double>::max();
    SeatId found = from;
    for (int i : m_plan->seatsIn(box)) {
        const QPointF d = m_plan->seats().at(i).pos - seat.pos;
        const double along = d.x() * want.x() + d.y() * want.y();
        const double length = std::hypot(d.x(), d.y());
        if (i == index || along <= 0 || along < length * 0.5)
            continue;
        // Prefer straight ahead: sideways distance counts double.
        const double score = along + 2 * std::sqrt(std::max(0.0, length * length - along * along));
        if (score < best) {
            best = score;
            found = m_plan->seats().at(i).id;
        }
    }
    return found;
}

SeatStatus SeatMapView::seatStatus(SeatId seat) const
{
    return m_plan ? m_renderer.seatStatus(m_plan->seatIndex(seat)) : SeatStatus::Free;
}

QTransform SeatMapView::planTransform() const
{
    const QSizeF content = m_sceneRect.size() * m_scale;
    const QSize port = viewport()->size();
    const double ox = content.width() <= port.width() ? (port.width() - content.width()) / 2
                                                      : -horizontalScrollBar()->value();
    const double oy = content.height() <= port.height() ? (port.height() - content.height()) / 2
                                                        : -verticalScrollBar()->value();
    QTransform t;
    t.translate(ox, oy);
    t.scale(m_scale, m_scale);
    t.translate(-m_sceneRect.left(), -m_sceneRect.top());
    return t;
}

QPoint SeatMapView::mapFromPlan(QPointF planPoint) const
{
    return planTransform().map(planPoint).toPoint();
}

QPointF SeatMapView::mapToPlan(QPointF viewportPoint) const
{
    return planTransform().inverted().map(viewportPoint);
}

SeatId SeatMapView::seatAt(QPoint viewportPos) const
{
    if (!m_plan)
        return {};
    // Small seats on screen still get a finger-sized target.
    const double radius = std::max(SeatMapRenderer::kSeatRadius * 1.15, 6 / m_scale);
    const int index = m_plan->seatAt(mapToPlan(viewportPos), radius);
    return index >= 0 ? m_plan->seats().at(index).id : SeatId();
}

ZoneId SeatMapView::zoneAt(QPoint viewportPos) const
{
    if (!m_plan)
        return {};
    const QPointF p = mapToPlan(viewportPos);
    for (const StandingZone &zone : m_plan->zones()) {
        if (zone.contains(p))
            return zone.id;
    }
    return {};
}

QString SeatMapView::seatDescription(SeatId id) const
{
    if (!m_plan)
        return {};
    const int index = m_plan->seatIndex(id);
    if (index < 0)
        return {};
    const Seat &seat = m_plan->seats().at(index);
    const QString section = m_plan->sectionNameOf(index);
    const QString row = m_plan->rowLabelOf(index);
    QString where;
    if (seat.table >= 0)
        where = tr("%1, table %2, seat %3").arg(section, row, seat.label);
    else if (!row.isEmpty())
        where = tr("%1, row %2, seat %3").arg(section, row, seat.label);
    else
        where = tr("%1, seat %2").arg(section, seat.label);
    QStringList lines{where};
    const Category *category = m_plan->category(seat.category);
    QString categoryLine = category ? category->name : QString();
    const QList<PriceTypeId> types = m_prices.typesFor(seat.category, m_priceTypes);
    if (!types.isEmpty()) {
        if (auto price = m_prices.price(seat.category, types.first()))
            categoryLine = tr("%1 · %2").arg(categoryLine, price->toLocaleString(QLocale()));
    }
    lines.append(categoryLine);
    if (seat.flags.testFlag(SeatFlag::Wheelchair))
        lines.append(tr("Wheelchair place"));
    if (seat.flags.testFlag(SeatFlag::Companion))
        lines.append(tr("Companion seat"));
    if (seat.flags.testFlag(SeatFlag::RestrictedView))
        lines.append(tr("Restricted view"));
    if (m_selected.contains(id))
        lines.append(tr("In the basket"));
    else if (const QString why = m_renderer.derivedBlocks().value(id);
             !why.isEmpty() && seatStatus(id) == SeatStatus::Free)
        lines.append(tr("Not for sale: %1").arg(why));
    else if (const QString hold = m_renderer.holdCode(id); !hold.isEmpty())
        lines.append(tr("%1 (hold %2)").arg(statusText(seatStatus(id)), hold));
    else
        lines.append(statusText(seatStatus(id)));
    return lines.join(QLatin1Char('\n'));
}

double SeatMapView::fitScale() const
{
    if (m_sceneRect.isEmpty())
        return 1;
    const QSize port = viewport()->size();
    return std::max(0.01,
                    std::min(port.width() / m_sceneRect.width(),
                             port.height() / m_sceneRect.height()));
}

void SeatMapView::updateScrollBars()
{
    const QSizeF content = m_sceneRect.size() * m_scale;
    const QSize port = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.width())) - port.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content.height())) - port.height()));
    horizontalScrollBar()->setPageStep(port.width());
    verticalScrollBar()->setPageStep(port.height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void SeatMapView::setZoom(double scale, QPointF anchor)
{
    scale = std::clamp(scale, fitScale() * 0.5, kMaxScale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    const QPointF planAnchor = mapToPlan(anchor);
    m_scale = scale;
    updateScrollBars();
    const QPointF moved = planTransform().map(planAnchor) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(moved.y())));
    viewport()->update();
    Q_EMIT zoomChanged(m_scale);
}

void SeatMapView::zoomIn()
{
    m_fit = false;
    setZoom(m_scale * 1.25, QRectF(viewport()->rect()).center());
}

void SeatMapView::zoomOut()
{
    m_fit = false;
    setZoom(m_scale / 1.25, QRectF(viewport()->rect()).center());
}

void SeatMapView::fitToView()
{
    m_fit = true;
    m_scale = fitScale();
    updateScrollBars();
    viewport()->update();
    Q_EMIT zoomChanged(m_scale);
}

void SeatMapView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    renderFrame(&painter, event->rect());
}

void SeatMapView::renderFrame(QPainter *painter, const QRect &exposed)
{
    if (!m_plan) {
        painter->fillRect(exposed, palette().color(QPalette::Base));
        return;
    }
    const QTransform transform = planTransform();
    const QPoint cacheAt = ensureCache(transform);
    const qreal dpr = m_cache.devicePixelRatio();
    const QRectF source(QPointF(exposed.topLeft() - cacheAt) * dpr, QSizeF(exposed.size()) * dpr);
    painter->drawImage(QRectF(exposed), m_cache, source);
    if (m_selected.isEmpty() && !m_hovered.isValid() && m_renderer.highlighted().isEmpty()
        && !m_tool)
        return;
    painter->save();
    painter->setClipRect(exposed);
    painter->setWorldTransform(transform);
    m_renderer.paintOverlay(painter, transform.inverted().mapRect(QRectF(exposed)));
    if (m_tool) {
        painter->resetTransform();
        m_tool->paintOverlay(painter, transform);
    }
    painter->restore();
}

QPoint SeatMapView::ensureCache(const QTransform &transform)
{
    const QSize port = viewport()->size();
    const QPointF origin(transform.dx(), transform.dy());
    const QPointF moved = origin - m_cacheOrigin;
    // Scroll positions are whole pixels, so a cache drawn at this zoom lines up exactly unless
    // the centring offset changed by a fraction.
    const bool aligned = std::abs(moved.x() - std::round(moved.x())) < 1e-6
                         && std::abs(moved.y() - std::round(moved.y())) < 1e-6;
    const bool reusable = m_cacheValid && m_cacheScale == m_scale && m_cacheViewport == port
                          && aligned && std::abs(moved.x()) <= kCacheMargin
                          && std::abs(moved.y()) <= kCacheMargin;
    if (!reusable) {
        const qreal dpr = viewport()->devicePixelRatioF();
        const QSize size = port + QSize(2 * kCacheMargin, 2 * kCacheMargin);
        const QSize pixels = (QSizeF(size) * dpr).toSize();
        if (m_cache.size() != pixels || m_cache.devicePixelRatio() != dpr) {
            // Opaque, so blitting it is a plain copy.
            m_cache = QImage(pixels, QImage::Format_RGB32);
            m_cache.setDevicePixelRatio(dpr);
        }
        m_cache.fill(palette().color(QPalette::Base));
        QPainter painter(&m_cache);
        const QTransform cacheTransform = transform
                                          * QTransform::fromTranslate(kCacheMargin, kCacheMargin);
        painter.setWorldTransform(cacheTransform);
        m_renderer.paintBase(&painter, cacheTransform.inverted().mapRect(QRectF(QPointF(), size)));
        painter.end();
        m_cacheValid = true;
        m_cacheScale = m_scale;
        m_cacheViewport = port;
        m_cacheOrigin = origin;
        ++m_cacheRenders;
    }
    const QPointF shift = origin - m_cacheOrigin;
    return QPoint(int(std::lround(shift.x())) - kCacheMargin,
                  int(std::lround(shift.y())) - kCacheMargin);
}

void SeatMapView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        invalidateCache();
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        fitToView();
    else
        updateScrollBars();
}

void SeatMapView::scrollContentsBy(int dx, int dy)
{
    // Blit what is already drawn and paint only the strip that came into view.
    viewport()->scroll(dx, dy);
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const SeatId seat = seatAt(help->pos());
        if (seat.isValid()) {
            QToolTip::showText(help->globalPos(), seatDescription(seat), viewport());
        } else if (const ZoneId zone = zoneAt(help->pos()); zone.isValid()) {
            const StandingZone *z = m_plan->zone(zone);
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n place(s) free\nClick to choose how many",
                                  nullptr,
                                  m_renderer.zoneFree(zone))
                                   .arg(z->name),
                               viewport());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    if (event->type() == QEvent::Leave)
        setHovered({});
    return QAbstractScrollArea::viewportEvent(event);
}

void SeatMapView::setHovered(SeatId seat)
{
    if (seat == m_hovered)
        return;
    const SeatId previous = m_hovered;
    m_hovered = seat;
    m_renderer.setHoveredSeat(seat);
    updateSeat(previous);
    updateSeat(seat);
    Q_EMIT seatHovered(seat);
}

void SeatMapView::updateSeat(SeatId id)
{
    const Seat *seat = m_plan && id.isValid() ? m_plan->seat(id) : nullptr;
    if (!seat)
        return;
    // The ring at full detail, or the mark that stands for the seat when it is tiny.
    const double r = std::max(SeatMapRenderer::kSeatRadius * 1.7, 8 / m_scale);
    const QRectF area(seat->pos - QPointF(r, r), QSizeF(2 * r, 2 * r));
    viewport()->update(planTransform().mapRect(area).toAlignedRect().adjusted(-2, -2, 2, 2));
}

void SeatMapView::toggleSeat(SeatId seat)
{
    if (m_selected.contains(seat))
        m_selected.remove(seat);
    else if (seatStatus(seat) == SeatStatus::Free && !m_renderer.derivedBlocks().contains(seat))
        m_selected.insert(seat);
    else
        return;
    m_renderer.setSelection(m_selected);
    updateSeat(seat);
    emitSelection();
}

void SeatMapView::emitSelection()
{
    Q_EMIT selectionChanged(selectedSeats());
}

SeatMapToolEvent SeatMapView::toolEvent(const QMouseEvent *event) const
{
    SeatMapToolEvent e;
    e.viewportPos = event->position();
    e.planPos = mapToPlan(event->position());
    e.button = event->button();
    e.buttons = event->buttons();
    e.modifiers = event->modifiers();
    e.seat = seatAt(event->position().toPoint());
    e.planPerPixel = 1 / m_scale;
    return e;
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    if (m_tool && event->button() == Qt::LeftButton) {
        setFocus(Qt::MouseFocusReason);
        m_tool->mousePressed(toolEvent(event));
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressPos = event->position().toPoint();
    } else if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_panning = true;
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const QPoint delta = pos - m_lastPanPos;
        m_lastPanPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    if (m_tool) {
        m_tool->mouseMoved(toolEvent(event));
        setHovered(seatAt(pos));
        return;
    }
    if (m_pressed && (event->buttons() & Qt::LeftButton)
        && (m_band->isVisible()
            || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())) {
        m_band->setGeometry(QRect(m_pressPos, pos).normalized());
        m_band->show();
        return;
    }
    setHovered(seatAt(pos));
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning && event->button() != Qt::LeftButton) {
        m_panning = false;
        if (m_tool)
            viewport()->setCursor(m_tool->cursor());
        else
            viewport()->unsetCursor();
        return;
    }
    if (m_tool && event->button() == Qt::LeftButton) {
        m_tool->mouseReleased(toolEvent(event));
        return;
    }
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_band->isVisible()) {
        m_band->hide();
        if (!m_plan)
            return;
        const QRectF area = planTransform().inverted().mapRect(
            QRectF(QRect(m_pressPos, pos).normalized()));
        bool changed = false;
        for (int index : m_plan->seatsIn(area)) {
            const SeatId id = m_plan->seats().at(index).id;
            if (m_renderer.seatStatus(index) == SeatStatus::Free && !m_selected.contains(id)
                && !m_renderer.derivedBlocks().contains(id)) {
                m_selected.insert(id);
                changed = true;
            }
        }
        if (changed) {
            m_renderer.setSelection(m_selected);
            viewport()->update();
            emitSelection();
        }
        return;
    }
    if (const SeatId seat = seatAt(pos); seat.isValid()) {
        Q_EMIT seatClicked(seat);
        toggleSeat(seat);
    } else if (const ZoneId zone = zoneAt(pos); zone.isValid()) {
        Q_EMIT standingZoneActivated(zone);
    }
}

void SeatMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool && event->button() == Qt::LeftButton) {
        m_tool->mouseDoubleClicked(toolEvent(event));
        return;
    }
    mousePressEvent(event);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    m_fit = false;
    setZoom(m_scale * std::pow(1.0015, delta), event->position());
    event->accept();
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPressed(event)) {
        event->accept();
        return;
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl && (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)) {
        zoomIn();
    } else if (ctrl && event->key() == Qt::Key_Minus) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        fitToView();
    } else if (!ctrl && m_plan && !m_plan->seats().isEmpty()
               && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
                   || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        // The keyboard walks from seat to seat; Ctrl+arrows pan.
        SeatId next;
        if (!m_hovered.isValid()) {
            const int nearest = m_plan->seatAt(visiblePlanRect().center(),
                                               std::max(m_sceneRect.width(), m_sceneRect.height()));
            next = nearest >= 0 ? m_plan->seats().at(nearest).id : m_plan->seats().first().id;
        } else {
            next = neighbourSeat(m_hovered, Qt::Key(event->key()));
        }
        if (next.isValid()) {
            setHovered(next);
            const QPoint at = mapFromPlan(m_plan->seat(next)->pos);
            if (!viewport()->rect().adjusted(20, 20, -20, -20).contains(at))
                centerOn(m_plan->seat(next)->pos);
        }
    } else if (event->key() == Qt::Key_Space && m_hovered.isValid() && !m_tool) {
        Q_EMIT seatClicked(m_hovered);
        toggleSeat(m_hovered);
    } else if (event->key() == Qt::Key_Left) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Right) {
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (event->key() == Qt::Key_Up) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Down) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace parkett
