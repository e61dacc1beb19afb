// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaprenderer.h"

#include "core/seatplan.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace parkett {

namespace {

// Below these seat radii (in device pixels) detail is left out.
constexpr double kMinRadiusForSeatLabels = 9;
constexpr double kMinRadiusForRowLabels = 4;
constexpr double kMinRadiusForSymbols = 4;
constexpr double kMinRadiusForMarks = 1.5;
// Far out, a selected seat still shows as a mark at least this big (device pixels).
constexpr double kMinSelectionMarkPixels = 5;

const QColor kSold(0x3c, 0x3c, 0x3c);
const QColor kSelectedRing(0xff, 0x8f, 0x00);
const QColor kBlockedFill(0xee, 0xee, 0xee);
const QColor kBlockedMark(0x61, 0x61, 0x61);
const QColor kHeld(0x9e, 0x9e, 0x9e);
const QColor kSectionFill(0xf4, 0xf1, 0xeb);
const QColor kSectionLine(0xd8, 0xcf, 0xc2);
const QColor kLabel(0x5f, 0x5a, 0x54);

// Above this seat radius (device pixels) symbols are drawn as paths: few seats show, and their
// images would be big.
constexpr double kMaxSpriteRadius = 128;
// The symbol cache is emptied when it would grow beyond this.
constexpr qsizetype kMaxSpriteBytes = 32 << 20;
constexpr qsizetype kMaxSprites = 4096;
// Radii of what a seat sprite and a ring sprite cover, in seat radii, with room for the pens.
constexpr double kSeatExtent = 1.1;
constexpr double kRingExtent = 1.6;

/** Text at a plan point, drawn in device pixels so it stays crisp and readable at any zoom. */
/** Turns by \a degrees about \a centre (what Shape and StandingZone rotation means). */
QTransform turned(QPointF centre, double degrees)
{
    return QTransform::fromTranslate(-centre.x(), -centre.y()) * QTransform().rotate(degrees)
           * QTransform::fromTranslate(centre.x(), centre.y());
}

/** The bounding box of \a rect turned by \a degrees about its centre. */
QRectF turnedBounds(const QRectF &rect, double degrees)
{
    return degrees == 0 ? rect : turned(rect.center(), degrees).mapRect(rect);
}

void drawDeviceText(QPainter *painter,
                    QPointF planPoint,
                    const QString &text,
                    const QFont &font,
                    const QColor &color,
                    Qt::Alignment align = Qt::AlignCenter)
{
    const QPointF at = painter->worldTransform().map(planPoint);
    painter->save();
    painter->resetTransform();
    painter->setFont(font);
    painter->setPen(color);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + 2, fm.height());
    QPointF topLeft(at.x() - size.width() / 2, at.y() - size.height() / 2);
    if (align & Qt::AlignLeft)
        topLeft.setX(at.x());
    else if (align & Qt::AlignRight)
        topLeft.setX(at.x() - size.width());
    if (align & Qt::AlignTop)
        topLeft.setY(at.y());
    else if (align & Qt::AlignBottom)
        topLeft.setY(at.y() - size.height());
    painter->drawText(QRectF(topLeft, size), Qt::AlignCenter, text);
    painter->restore();
}

QFont pixelFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, int(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

void drawWheelchair(QPainter *painter, QPointF c, double r, const QColor &color)
{
    painter->save();
    QPen pen(color, r * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    QPainterPath body;
    body.moveTo(c + QPointF(-0.12 * r, -0.32 * r));
    body.lineTo(c + QPointF(-0.12 * r, 0.08 * r));
    body.lineTo(c + QPointF(0.28 * r, 0.08 * r));
    body.lineTo(c + QPointF(0.45 * r, 0.45 * r));
    painter->drawPath(body);
    const double wheel = 0.36 * r;
    const QRectF wheelRect(c + QPointF(-0.1 * r - wheel, 0.28 * r - wheel),
                           QSizeF(2 * wheel, 2 * wheel));
    painter->drawArc(wheelRect, 100 * 16, 250 * 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(c + QPointF(-0.1 * r, -0.58 * r), 0.15 * r, 0.15 * r);
    painter->restore();
}

bool showsLabel(const SeatLook &look)
{
    return look.status == SeatStatus::Free && !look.wheelchair;
}

void drawSeatLabel(QPainter *painter, QPointF c, double r, const QString &label)
{
    QFont font;
    font.setPixelSize(std::max(1, int(r * (label.size() > 2 ? 0.75 : 0.95))));
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)), Qt::AlignCenter, label);
}

/** An image of \a extent device pixels around its centre, drawn by \a draw in seat units
    (centre at the origin, seat radius SeatMapRenderer::kSeatRadius), cropped to what was
    drawn. \a offset receives the crop's top-left relative to the centre. */
template<typename Draw>
QImage renderSprite(double radiusPixels, qreal dpr, double extent, QPoint *offset, Draw draw)
{
    const int half = int(std::ceil(extent * radiusPixels * dpr)) + 2;
    QImage image(2 * half, 2 * half, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(half, half);
        const double scale = radiusPixels * dpr / SeatMapRenderer::kSeatRadius;
        painter.scale(scale, scale);
        draw(&painter);
    }
    // Blitting transparent pixels costs as much as any other, so only what was drawn is kept.
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) == 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0) {
        *offset = {};
        return {};
    }
    *offset = QPoint(left - half, top - half);
    QImage cropped = image.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
    cropped.setDevicePixelRatio(dpr);
    return cropped;
}

} // namespace

QColor SeatMapRenderer::categoryColor(const QString &text)
{
    const QColor color = QColor::fromString(text);
    return color.isValid() ? color : QColor(0x78, 0x90, 0x9c);
}

void SeatMapRenderer::setPlan(const SeatPlan *plan)
{
    m_plan = plan;
    m_status.clear();
    m_zoneFree.clear();
    m_selected.clear();
    m_hovered = {};
    if (plan) {
        for (const StandingZone &z : plan->zones())
            m_zoneFree.insert(z.id, z.capacity);
    }
    refreshPlan();
}

void SeatMapRenderer::refreshPlan()
{
    clearSprites();
    m_colors.clear();
    m_palette.clear();
    m_seatSection.clear();
    m_seatColor.clear();
    m_sectionBounds.clear();
    m_looseSeats.clear();
    m_rowLabelAt.clear();
    if (!m_plan) {
        m_status.clear();
        recount();
        return;
    }
    const QList<Seat> &seats = m_plan->seats();
    const QList<Row> &rows = m_plan->rows();
    const QList<Section> &sections = m_plan->sections();
    QHash<CategoryId, quint16> paletteIndex;
    for (const Category &c : m_plan->categories()) {
        m_colors.insert(c.id, categoryColor(c.color));
        paletteIndex.insert(c.id, quint16(m_palette.size()));
        m_palette.append(categoryColor(c.color));
    }
    const auto unknownColor = quint16(m_palette.size());
    m_palette.append(QColor(0x78, 0x90, 0x9c));
    m_status.resize(seats.size(), SeatStatus::Free);

    // The section of each seat, found once through its row rather than on every frame.
    m_seatSection.fill(-1, seats.size());
    m_seatColor.resize(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const Seat &seat = seats.at(i);
        if (seat.row >= 0 && seat.row < rows.size()) {
            const qint32 section = rows.at(seat.row).section;
            if (section >= 0 && section < sections.size())
                m_seatSection[i] = section;
        }
        m_seatColor[i] = paletteIndex.value(seat.category, unknownColor);
    }

    m_rowLabelAt.resize(rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (!rows.at(r).seats.isEmpty())
            m_rowLabelAt[r] = rowLabelPositions(rows.at(r));
    }

    const QSizeF seatSize(2 * kSeatRadius, 2 * kSeatRadius);
    const QPointF half(kSeatRadius, kSeatRadius);
    m_sectionBounds.resize(sections.size());
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        QRectF bounds;
        auto grow = [&bounds](const QRectF &r) { bounds = bounds.isNull() ? r : bounds.united(r); };
        if (!section.outline.isEmpty())
            grow(QPolygonF(section.outline).boundingRect());
        for (int r : section.rows) {
            const Row &row = rows.at(r);
            if (row.seats.isEmpty())
                continue;
            for (int s : row.seats)
                grow(QRectF(seats.at(s).pos - half, seatSize));
            grow(QRectF(m_rowLabelAt.at(r).first - half, seatSize));
            grow(QRectF(m_rowLabelAt.at(r).second - half, seatSize));
        }
        m_sectionBounds[i] = bounds;
    }
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const qint32 section = m_seatSection.at(i);
        if (section < 0 || sections.at(section).outline.isEmpty())
            m_looseSeats.append(qint32(i));
    }
    recount();
}

void SeatMapRenderer::recount()
{
    const qsizetype sections = m_plan ? m_plan->sections().size() : 0;
    m_sectionFree.fill(0, sections);
    m_sectionTotal.fill(0, sections);
    for (qsizetype i = 0; i < m_seatSection.size(); ++i) {
        const qint32 section = m_seatSection.at(i);
        if (section < 0)
            continue;
        ++m_sectionTotal[section];
        if (m_status.at(i) == SeatStatus::Free)
            ++m_sectionFree[section];
    }
}

SeatMapRenderer::InventoryChange SeatMapRenderer::setInventory(const Inventory &inventory,
                                                               const QDateTime &now)
{
    InventoryChange change;
    if (!m_plan)
        return change;
    const QList<Seat> &seats = m_plan->seats();
    change.everything = m_status.size() != seats.size();
    m_status.resize(seats.size());
    QHash<SeatId, QString> holdCodes;
    for (auto it = inventory.seatClaims().cbegin(); it != inventory.seatClaims().cend(); ++it) {
        if (!it->holdCode.isEmpty() && inventory.seatStatus(it.key(), now) != SeatStatus::Free)
            holdCodes.insert(it.key(), it->holdCode);
    }
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const SeatId id = seats.at(i).id;
        const SeatStatus status = inventory.seatStatus(id, now);
        // Hold codes are compared only where there are any: this loop runs on every inventory.
        const bool holdChanged = (!holdCodes.isEmpty() || !m_holdCodes.isEmpty())
                                 && holdCodes.value(id) != m_holdCodes.value(id);
        if (status != m_status.at(i) || holdChanged) {
            m_status[i] = status;
            change.seats.append(int(i));
        }
    }
    m_holdCodes = std::move(holdCodes);
    for (const StandingZone &z : m_plan->zones()) {
        const int free = inventory.zoneCounts(z.id, now).free();
        if (m_zoneFree.value(z.id, -1) != free)
            change.zones = true;
        m_zoneFree.insert(z.id, free);
    }
    recount();
    return change;
}

SeatMapRenderer::Detail SeatMapRenderer::detailFor(double seatRadiusPixels)
{
    if (seatRadiusPixels < kMinRadiusForMarks)
        return Detail::Sections;
    if (seatRadiusPixels < kMinRadiusForSymbols)
        return Detail::Marks;
    return Detail::Full;
}

QColor SeatMapRenderer::availabilityColor(int free, int total)
{
    if (total <= 0)
        return kSectionFill;
    if (free <= 0)
        return kSold;
    // Hue from red to green, and lighter the more is free, so the ramp reads in grey too.
    const double share = std::clamp(double(free) / total, 0.0, 1.0);
    return QColor::fromHslF(float(0.02 + 0.31 * share), 0.62f, float(0.36 + 0.2 * share));
}

SeatStatus SeatMapRenderer::seatStatus(int seatIndex) const
{
    return seatIndex >= 0 && seatIndex < m_status.size() ? m_status.at(seatIndex)
                                                         : SeatStatus::Free;
}

double SeatMapRenderer::deviceScale(const QPainter *painter) const
{
    const QTransform &t = painter->worldTransform();
    return std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
}

void SeatMapRenderer::drawSeatRing(QPainter *painter, QPointF c, double r, const SeatLook &look)
{
    if (look.selected) {
        painter->setPen(QPen(kSelectedRing, r * 0.38));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, r * 1.3, r * 1.3);
        painter->setPen(QPen(Qt::black, r * 0.08));
        painter->drawEllipse(c, r * 1.52, r * 1.52);
    } else if (look.hovered) {
        painter->setPen(QPen(QColor(0, 0, 0, 150), r * 0.14));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, r * 1.3, r * 1.3);
    }
}

void SeatMapRenderer::drawSeat(
    QPainter *painter, QPointF c, double r, const SeatLook &look, const QString &label)
{
    const QColor category = look.color.isValid() ? look.color : QColor(0x78, 0x90, 0x9c);
    drawSeatRing(painter, c, r, look);

    QColor symbol = Qt::white;
    bool showLabel = false;
    switch (look.status) {
    case SeatStatus::Free:
        painter->setPen(QPen(category.darker(140), r * 0.1));
        painter->setBrush(category);
        painter->drawEllipse(c, r, r);
        showLabel = true;
        break;
    case SeatStatus::Sold: {
        painter->setPen(QPen(Qt::black, r * 0.1));
        painter->setBrush(kSold);
        painter->drawEllipse(c, r, r);
        painter->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), r * 0.16, Qt::SolidLine, Qt::RoundCap));
        const double d = r * 0.45;
        painter->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        painter->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        symbol = QColor(0xe0, 0xe0, 0xe0);
        break;
    }
    case SeatStatus::Reserved:
    case SeatStatus::Held: {
        const QColor edge = look.status == SeatStatus::Reserved ? category : kHeld;
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawEllipse(c, r, r);
        painter->setBrush(QBrush(edge, Qt::BDiagPattern));
        painter->drawEllipse(c, r, r);
        painter->setPen(QPen(edge, r * 0.22));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(c, r * 0.89, r * 0.89);
        painter->setPen(Qt::NoPen);
        painter->setBrush(edge.darker(150));
        painter->drawEllipse(c, r * 0.28, r * 0.28);
        symbol = edge.darker(150);
        break;
    }
    case SeatStatus::Blocked: {
        painter->setPen(QPen(kHeld, r * 0.08));
        painter->setBrush(kBlockedFill);
        painter->drawRect(QRectF(c - QPointF(r * 0.9, r * 0.9), QSizeF(r * 1.8, r * 1.8)));
        painter->setPen(QPen(kBlockedMark, r * 0.2, Qt::SolidLine, Qt::RoundCap));
        const double d = r * 0.6;
        painter->drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
        painter->drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
        symbol = kBlockedMark;
        break;
    }
    }

    if (look.wheelchair) {
        if (look.status == SeatStatus::Free)
            drawWheelchair(painter, c, r, symbol);
        return;
    }
    if (showLabel && !label.isEmpty())
        drawSeatLabel(painter, c, r, label);
}

void SeatMapRenderer::paint(QPainter *painter, const QRectF &exposed) const
{
    paintBase(painter, exposed);
    paintOverlay(painter, exposed);
}

void SeatMapRenderer::paintBase(QPainter *painter, const QRectF &exposed) const
{
    if (!m_plan)
        return;
    const double scale = deviceScale(painter);
    if (scale <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    drawBackground(painter, exposed, scale);
    drawZones(painter, exposed, scale);
    drawSeats(painter, exposed, scale);
    drawDerivedBlocks(painter, exposed, scale);
    drawRowLabels(painter, exposed, scale);
    painter->restore();
}

void SeatMapRenderer::drawDerivedBlocks(QPainter *painter, const QRectF &exposed, double scale) const
{
    const double r = kSeatRadius;
    if (m_derived.isEmpty() || detailFor(r * scale) == Detail::Sections)
        return;
    const QRectF area = exposed.adjusted(-2 * r, -2 * r, 2 * r, 2 * r);
    const bool full = detailFor(r * scale) == Detail::Full;
    QList<QRectF> squares;
    painter->save();
    for (auto it = m_derived.cbegin(); it != m_derived.cend(); ++it) {
        const int i = m_plan->seatIndex(it.key());
        if (i < 0 || seatStatus(i) != SeatStatus::Free)
            continue;
        const QPointF c = m_plan->seats().at(i).pos;
        if (!area.contains(c))
            continue;
        if (!full) {
            squares.append(QRectF(c - QPointF(0.9 * r, 0.9 * r), QSizeF(1.8 * r, 1.8 * r)));
            continue;
        }
        // Striped: a light disc crossed by diagonal bars in the category colour, so that it
        // reads as "not for sale here" without relying on colour.
        const QColor color = m_palette.at(m_seatColor.value(i, quint16(m_palette.size() - 1)));
        painter->setPen(QPen(color, r * 0.12));
        painter->setBrush(Qt::white);
        painter->drawEllipse(c, r * 0.92, r * 0.92);
        QPainterPath clip;
        clip.addEllipse(c, r * 0.92, r * 0.92);
        painter->save();
        painter->setClipPath(clip, Qt::IntersectClip);
        painter->setPen(QPen(color, r * 0.22));
        for (double k = -1.6; k <= 1.6; k += 0.55)
            painter->drawLine(c + QPointF(k * r - r, r), c + QPointF(k * r + r, -r));
        painter->restore();
    }
    if (!squares.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(Qt::white);
        painter->drawRects(squares.constData(), int(squares.size()));
        painter->setBrush(QBrush(kBlockedMark, Qt::BDiagPattern));
        painter->drawRects(squares.constData(), int(squares.size()));
    }
    painter->restore();
}

void SeatMapRenderer::drawHighlights(QPainter *painter, const QRectF &exposed, double scale) const
{
    const double r = kSeatRadius;
    const QRectF area = exposed.adjusted(-2 * r, -2 * r, 2 * r, 2 * r);
    const double half = std::max(r * 1.25, kMinSelectionMarkPixels / 2 / scale);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const SeatId id : m_highlighted) {
        const Seat *seat = m_plan->seat(id);
        if (seat && area.contains(seat->pos))
            painter->drawEllipse(seat->pos, half, half);
    }
    painter->restore();
}

void SeatMapRenderer::paintOverlay(QPainter *painter, const QRectF &exposed) const
{
    if (!m_plan || (m_selected.isEmpty() && !m_hovered.isValid() && m_highlighted.isEmpty()))
        return;
    const double scale = deviceScale(painter);
    if (scale <= 0)
        return;
    if (!m_highlighted.isEmpty())
        drawHighlights(painter, exposed, scale);
    const double r = kSeatRadius;
    const QRectF area = exposed.adjusted(-2 * r, -2 * r, 2 * r, 2 * r);
    const Detail detail = detailFor(r * scale);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, detail == Detail::Full);
    SpriteFrame frame;
    const bool sprites = detail == Detail::Full && spriteFrame(painter, scale, &frame);
    if (sprites)
        painter->resetTransform(); // restored below
    auto mark = [&](const Seat &seat, bool selected) {
        if (!area.contains(seat.pos))
            return;
        if (sprites) {
            SpriteKey key;
            key.radius = frame.radiusKey;
            key.dpr = frame.dprKey;
            key.ring = true;
            key.selected = selected;
            key.hovered = !selected;
            blit(painter, frame, seat.pos, seatSprite(key));
            return;
        }
        if (detail == Detail::Full) {
            SeatLook look;
            look.selected = selected;
            look.hovered = !selected;
            drawSeatRing(painter, seat.pos, r, look);
            return;
        }
        // A square with a dark border: a shape no seat state uses, big enough to find.
        const double half = std::max(r * 1.1, kMinSelectionMarkPixels / 2 / scale);
        QPen pen(selected ? QColor(Qt::black) : QColor(0, 0, 0, 150), 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(selected ? QBrush(kSelectedRing) : QBrush(Qt::NoBrush));
        painter->drawRect(QRectF(seat.pos - QPointF(half, half), QSizeF(2 * half, 2 * half)));
    };
    for (const SeatId id : m_selected) {
        if (const Seat *seat = m_plan->seat(id))
            mark(*seat, true);
    }
    if (m_hovered.isValid() && !m_selected.contains(m_hovered)) {
        if (const Seat *seat = m_plan->seat(m_hovered))
            mark(*seat, false);
    }
    painter->restore();
}

void SeatMapRenderer::drawBackground(QPainter *painter, const QRectF &exposed, double scale) const
{
    const bool availability = detailFor(kSeatRadius * scale) == Detail::Sections;
    if (availability)
        drawSectionAvailability(painter, exposed);
    for (qsizetype i = 0; i < m_plan->sections().size(); ++i) {
        const Section &section = m_plan->sections().at(i);
        // The name goes above everything the section draws: outline, seats and row labels.
        const QRectF bounds = m_sectionBounds.value(i);
        if (!bounds.intersects(exposed.adjusted(0, 0, 0, 200)))
            continue;
        if (!section.outline.isEmpty() && !availability) {
            const QPolygonF outline(section.outline);
            painter->setPen(QPen(kSectionLine, 0));
            painter->setBrush(kSectionFill);
            painter->drawPolygon(outline);
        }
        if (section.name.isEmpty() || bounds.width() * scale < 40)
            continue;
        const double px = std::clamp(kSeatRadius * scale * 0.8, 10.0, 15.0);
        const QFont font = pixelFont(px, true);
        // Above the section unless something else is drawn there; then below it.
        const QFontMetricsF fm(font);
        const QSizeF labelSize(fm.horizontalAdvance(section.name) / scale, fm.height() / scale);
        const QRectF above(QPointF(bounds.center().x() - labelSize.width() / 2,
                                   bounds.top() - labelSize.height()),
                           labelSize);
        bool blocked = false;
        for (const StandingZone &zone : m_plan->zones())
            blocked = blocked || zone.bounds.intersects(above);
        for (const Shape &shape : m_plan->shapes())
            blocked = blocked || shape.bounds.intersects(above);
        if (blocked)
            drawDeviceText(painter,
                           QPointF(bounds.center().x(), bounds.bottom() + 2 / scale),
                           section.name,
                           font,
                           kLabel,
                           Qt::AlignHCenter | Qt::AlignTop);
        else
            drawDeviceText(painter,
                           QPointF(bounds.center().x(), bounds.top() - 2 / scale),
                           section.name,
                           font,
                           kLabel,
                           Qt::AlignHCenter | Qt::AlignBottom);
    }

    for (const Table &table : m_plan->tables()) {
        const QRectF box(table.center - QPointF(table.radius, table.radius),
                         QSizeF(2 * table.radius, 2 * table.radius));
        if (table.radius <= 0 || !box.intersects(exposed))
            continue;
        painter->setPen(QPen(kSectionLine, 0));
        painter->setBrush(kSectionFill.darker(104));
        painter->drawEllipse(box);
        if (!table.label.isEmpty() && table.radius * scale >= 14)
            drawDeviceText(painter,
                           table.center,
                           table.label,
                           pixelFont(std::clamp(table.radius * scale * 0.45, 9.0, 16.0), true),
                           kLabel);
    }

    for (const Shape &shape : m_plan->shapes()) {
        if (!turnedBounds(shape.bounds, shape.rotation).intersects(exposed)
            && shape.kind != Shape::Kind::Polygon)
            continue;
        const QColor color = categoryColor(shape.color);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        const QTransform unturned = painter->worldTransform();
        if (shape.rotation != 0)
            painter->setWorldTransform(turned(shape.bounds.center(), shape.rotation), true);
        switch (shape.kind) {
        case Shape::Kind::Rectangle:
            painter->drawRoundedRect(shape.bounds, 12, 12);
            break;
        case Shape::Kind::Ellipse:
            painter->drawEllipse(shape.bounds);
            break;
        case Shape::Kind::Polygon:
            painter->drawPolygon(QPolygonF(shape.points));
            break;
        case Shape::Kind::Text:
            break;
        }
        // Text stays upright: drawDeviceText maps only its anchor, the centre.
        painter->setWorldTransform(unturned);
        if (shape.text.isEmpty())
            continue;
        const double px = std::clamp(shape.bounds.height() * scale * 0.28, 9.0, 30.0);
        QFont font = pixelFont(px, true);
        font.setLetterSpacing(QFont::PercentageSpacing, 115);
        drawDeviceText(painter,
                       shape.bounds.center(),
                       shape.text,
                       font,
                       shape.kind == Shape::Kind::Text ? color : QColor(Qt::white));
    }
}

void SeatMapRenderer::drawZones(QPainter *painter, const QRectF &exposed, double scale) const
{
    for (const StandingZone &zone : m_plan->zones()) {
        if (!turnedBounds(zone.bounds, zone.rotation).intersects(exposed))
            continue;
        const QColor color = m_colors.value(zone.category, QColor(0x78, 0x90, 0x9c));
        QColor fill = color;
        fill.setAlpha(40);
        const int inBasket = m_standingInBasket.value(zone.id);
        QPen pen(inBasket > 0 ? kSelectedRing : color, inBasket > 0 ? 4 : 2);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(fill);
        const QTransform unturned = painter->worldTransform();
        if (zone.rotation != 0)
            painter->setWorldTransform(turned(zone.bounds.center(), zone.rotation), true);
        if (zone.outline.size() >= 3)
            painter->drawPolygon(QPolygonF(zone.outline));
        else
            painter->drawRoundedRect(zone.bounds, 30, 30);
        painter->setWorldTransform(unturned);

        const double px = std::clamp(zone.bounds.height() * scale * 0.13, 9.0, 15.0);
        const int free = m_zoneFree.value(zone.id, zone.capacity);
        QString text = tr("%1 · %n free", nullptr, free).arg(zone.name);
        if (inBasket > 0)
            text += tr(" · %n in basket", nullptr, inBasket);
        const QPointF anchor(zone.bounds.center().x(),
                             zone.bounds.bottom() - zone.bounds.height() * 0.1);
        drawDeviceText(painter,
                       anchor,
                       text,
                       pixelFont(px, true),
                       color.darker(130),
                       Qt::AlignHCenter | Qt::AlignBottom);
    }
}

void SeatMapRenderer::drawSectionAvailability(QPainter *painter, const QRectF &exposed) const
{
    const QList<Section> &sections = m_plan->sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &section = sections.at(i);
        if (section.outline.isEmpty() || !m_sectionBounds.value(i).intersects(exposed))
            continue;
        const QPolygonF outline(section.outline);
        const int free = m_sectionFree.value(i);
        const int total = m_sectionTotal.value(i);
        painter->setPen(QPen(kSectionLine, 0));
        painter->setBrush(availabilityColor(free, total));
        painter->drawPolygon(outline);
        if (total > 0 && free == 0) {
            // Sold out is hatched as well, not told by colour alone.
            painter->setPen(Qt::NoPen);
            painter->setBrush(QBrush(QColor(0xe0, 0xe0, 0xe0), Qt::BDiagPattern));
            painter->drawPolygon(outline);
        }
    }
}

void SeatMapRenderer::drawSeatMarks(QPainter *painter, const QList<int> &indices) const
{
    // One bucket per colour and shape so that the painter changes state once per bucket, not
    // once per seat. Shapes: free is a full square, sold a small dark one, reserved and held a
    // hollow square (a light square inside the coloured one), blocked a light square with a
    // cross.
    const double r = kSeatRadius;
    const QSizeF full(1.8 * r, 1.8 * r);
    const QSizeF small(1.1 * r, 1.1 * r);
    const QSizeF hole(0.9 * r, 0.9 * r);
    const qsizetype colors = m_palette.size();
    QList<QList<QRectF>> freeByColor(colors);
    QList<QList<QRectF>> reservedByColor(colors);
    QList<QRectF> sold, held, holes, blocked;
    QList<QLineF> crosses;
    const QList<Seat> &seats = m_plan->seats();
    // Guarded lookups: the plan may have grown since refreshPlan().
    const auto unknownColor = quint16(colors - 1);
    for (const int i : indices) {
        const QPointF c = seats.at(i).pos;
        const QRectF square(c - QPointF(full.width() / 2, full.height() / 2), full);
        const quint16 color = m_seatColor.value(i, unknownColor);
        const SeatStatus status = seatStatus(i);
        switch (status) {
        case SeatStatus::Free:
            freeByColor[color].append(square);
            break;
        case SeatStatus::Sold:
            sold.append(QRectF(c - QPointF(small.width() / 2, small.height() / 2), small));
            break;
        case SeatStatus::Reserved:
        case SeatStatus::Held:
            (status == SeatStatus::Held ? held : reservedByColor[color]).append(square);
            holes.append(QRectF(c - QPointF(hole.width() / 2, hole.height() / 2), hole));
            break;
        case SeatStatus::Blocked: {
            blocked.append(square);
            const double d = 0.6 * r;
            crosses.append(QLineF(c + QPointF(-d, -d), c + QPointF(d, d)));
            crosses.append(QLineF(c + QPointF(-d, d), c + QPointF(d, -d)));
            break;
        }
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    auto fill = [painter](const QList<QRectF> &rects, const QColor &color) {
        if (rects.isEmpty())
            return;
        painter->setBrush(color);
        painter->drawRects(rects.constData(), int(rects.size()));
    };
    for (qsizetype c = 0; c < colors; ++c) {
        fill(freeByColor.at(c), m_palette.at(c));
        fill(reservedByColor.at(c), m_palette.at(c));
    }
    fill(held, kHeld);
    fill(holes, Qt::white);
    fill(sold, kSold);
    fill(blocked, kBlockedFill);
    if (!crosses.isEmpty()) {
        QPen pen(kBlockedMark, 1);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLines(crosses.constData(), int(crosses.size()));
    }
    painter->restore();
}

void SeatMapRenderer::drawSeats(QPainter *painter, const QRectF &exposed, double scale) const
{
    const double r = kSeatRadius;
    const QRectF area = exposed.adjusted(-2 * r, -2 * r, 2 * r, 2 * r);
    const Detail detail = detailFor(r * scale);
    if (detail == Detail::Sections) {
        // The section polygons stand for their seats; only the others are drawn one by one.
        QList<int> loose;
        for (const qint32 i : m_looseSeats) {
            if (area.contains(m_plan->seats().at(i).pos))
                loose.append(i);
        }
        drawSeatMarks(painter, loose);
        return;
    }
    const QList<int> visible = m_plan->seatsIn(area);
    if (detail == Detail::Marks) {
        drawSeatMarks(painter, visible);
        return;
    }
    const bool labels = r * scale >= kMinRadiusForSeatLabels;
    const QList<Seat> &seats = m_plan->seats();
    SpriteFrame frame;
    const bool sprites = spriteFrame(painter, scale, &frame);
    if (sprites) {
        painter->save();
        painter->resetTransform();
    }
    for (int i : visible) {
        const Seat &seat = seats.at(i);
        SeatLook look;
        look.status = seatStatus(i);
        look.color = m_palette.at(m_seatColor.value(i, quint16(m_palette.size() - 1)));
        look.wheelchair = seat.flags.testFlag(SeatFlag::Wheelchair);
        if (!sprites) {
            drawSeat(painter, seat.pos, r, look, labels ? seat.label : QString());
            continue;
        }
        SpriteKey key;
        key.color = look.color.rgba();
        key.radius = frame.radiusKey;
        key.dpr = frame.dprKey;
        key.status = look.status;
        key.wheelchair = look.wheelchair;
        blit(painter, frame, seat.pos, seatSprite(key));
        if (labels && showsLabel(look) && !seat.label.isEmpty())
            blit(painter, frame, seat.pos, labelSprite({seat.label, frame.radiusKey, frame.dprKey}));
    }
    if (sprites)
        painter->restore();
}

bool SeatMapRenderer::spriteFrame(const QPainter *painter, double scale, SpriteFrame *frame) const
{
    // Images only where they are pixels anyway; a printer or PDF keeps the symbols as paths.
    const QPaintEngine *engine = painter->paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster)
        return false;
    // Sprites are round: a rotated, sheared, mirrored or stretched transform draws paths.
    const QTransform &world = painter->worldTransform();
    if (world.type() > QTransform::TxScale || world.m11() <= 0
        || !qFuzzyCompare(world.m11(), world.m22()))
        return false;
    const double radius = kSeatRadius * scale;
    if (radius > kMaxSpriteRadius)
        return false;
    frame->world = world;
    frame->dpr = painter->device()->devicePixelRatio();
    // The seat size is rounded to an eighth of a device pixel so that a zoom level reuses one
    // set of images.
    frame->radiusKey = quint16(std::max(1L, std::lround(radius * 8)));
    frame->dprKey = quint16(std::clamp(std::lround(frame->dpr * 100), 1L, 6400L));
    if (frame->radiusKey != m_spriteRadius || frame->dprKey != m_spriteDpr) {
        // Another zoom level: what was drawn for the last one will not be asked for again soon.
        clearSprites();
        m_spriteRadius = frame->radiusKey;
        m_spriteDpr = frame->dprKey;
    }
    return true;
}

SeatMapRenderer::Sprite SeatMapRenderer::seatSprite(const SpriteKey &key) const
{
    if (const auto it = m_sprites.constFind(key); it != m_sprites.cend())
        return *it;
    SeatLook look;
    look.status = key.status;
    look.color = QColor::fromRgba(key.color);
    look.selected = key.selected;
    look.hovered = key.hovered;
    look.wheelchair = key.wheelchair;
    Sprite sprite;
    sprite.image = renderSprite(key.radius / 8.0,
                                key.dpr / 100.0,
                                key.ring ? kRingExtent : kSeatExtent,
                                &sprite.offset,
                                [&](QPainter *painter) {
                                    if (key.ring)
                                        drawSeatRing(painter, {}, kSeatRadius, look);
                                    else
                                        drawSeat(painter, {}, kSeatRadius, look);
                                });
    reserveSpriteBytes(sprite.image.sizeInBytes());
    m_sprites.insert(key, sprite);
    return sprite;
}

SeatMapRenderer::Sprite SeatMapRenderer::labelSprite(const LabelKey &key) const
{
    if (const auto it = m_labelSprites.constFind(key); it != m_labelSprites.cend())
        return *it;
    Sprite sprite;
    sprite.image = renderSprite(key.radius / 8.0,
                                key.dpr / 100.0,
                                kSeatExtent,
                                &sprite.offset,
                                [&](QPainter *painter) {
                                    drawSeatLabel(painter, {}, kSeatRadius, key.text);
                                });
    reserveSpriteBytes(sprite.image.sizeInBytes());
    m_labelSprites.insert(key, sprite);
    return sprite;
}

void SeatMapRenderer::reserveSpriteBytes(qsizetype bytes) const
{
    if (m_spriteBytes + bytes > kMaxSpriteBytes
        || m_sprites.size() + m_labelSprites.size() >= kMaxSprites)
        clearSprites();
    m_spriteBytes += bytes;
}

void SeatMapRenderer::clearSprites() const
{
    m_sprites.clear();
    m_labelSprites.clear();
    m_spriteBytes = 0;
}

void SeatMapRenderer::blit(QPainter *painter,
                           const SpriteFrame &frame,
                           QPointF planPoint,
                           const Sprite &sprite)
{
    if (sprite.image.isNull())
        return;
    // Snapped to whole device pixels, so the image is copied without resampling.
    const QPointF at = frame.world.map(planPoint) * frame.dpr;
    const QPointF topLeft(std::round(at.x()) + sprite.offset.x(),
                          std::round(at.y()) + sprite.offset.y());
    painter->drawImage(topLeft / frame.dpr, sprite.image);
}

std::pair<QPointF, QPointF> SeatMapRenderer::rowLabelPositions(const Row &row) const
{
    const QPointF first = m_plan->seats().at(row.seats.first()).pos;
    const QPointF last = m_plan->seats().at(row.seats.last()).pos;
    QPointF dir = last - first;
    const double length = std::hypot(dir.x(), dir.y());
    dir = length > 0 ? dir / length : QPointF(1, 0);
    const QPointF offset = dir * (kSeatRadius * 2.3);
    return {first - offset, last + offset};
}

void SeatMapRenderer::drawRowLabels(QPainter *painter, const QRectF &exposed, double scale) const
{
    const double radiusPx = kSeatRadius * scale;
    if (radiusPx < kMinRadiusForRowLabels)
        return;
    const QFont font = pixelFont(std::clamp(radiusPx * 0.95, 8.0, 14.0), true);
    const QRectF area = exposed.adjusted(-100, -100, 100, 100);
    const QList<Row> &rows = m_plan->rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        if (row.seats.isEmpty() || row.label.isEmpty())
            continue;
        if (r >= m_rowLabelAt.size())
            break;
        const auto [first, last] = m_rowLabelAt.at(r);
        for (const QPointF at : {first, last}) {
            if (area.contains(at))
                drawDeviceText(painter, at, row.label, font, kLabel);
        }
    }
}

} // namespace parkett
