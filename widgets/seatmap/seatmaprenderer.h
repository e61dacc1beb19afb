// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/inventory.h"

#include <utility>

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QTransform>

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
    rotation); only what lies in the exposed plan rectangle is drawn. Level of detail follows
    the seat size on the device: far out each section is one polygon coloured by the share of
    its free seats, in between seats are plain marks batched by colour, and symbols with
    labels appear once they are legible. Wherever single seats show, states differ by shape as
    well as colour.

    On a raster device, seat symbols, rings and seat numbers are drawn once per look and zoom
    into small images and then blitted, snapped to whole device pixels; printers and other
    vector devices get the symbols drawn as paths. The image cache is bounded and emptied when
    the seat size on the device or the plan changes. */
class SeatMapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SeatMapRenderer)

public:
    /** How much is drawn, chosen from the seat radius in device pixels. */
    enum class Detail {
        Sections, ///< section polygons coloured by availability; no single seats
        Marks,    ///< one plain mark per seat, shape by state; no outlines or labels
        Full,     ///< seat symbols, row and seat labels
    };

    SeatMapRenderer() = default;

    /** The plan is not owned and must outlive the renderer (or be replaced). */
    void setPlan(const SeatPlan *plan);
    const SeatPlan *plan() const { return m_plan; }
    /** Recomputes what is derived from the plan (section of each seat, section bounds and
        counts, colours) after the plan was edited in place; seat states are kept by index. */
    void refreshPlan();

    /** What a new inventory changed: seat indices whose status or hold code differs, and
        whether standing zones (or so many seats that a full redraw is cheaper) changed. */
    struct InventoryChange
    {
        QList<int> seats;
        bool zones = false;
        bool everything = false;
    };
    /** The status of every seat, as of \a now; seats absent from \a inventory are free. */
    InventoryChange setInventory(const Inventory &inventory, const QDateTime &now);
    /** The hold code a held seat is held under; empty for other seats. */
    QString holdCode(SeatId seat) const { return m_holdCodes.value(seat); }
    void setSelection(const QSet<SeatId> &selected) { m_selected = selected; }
    const QSet<SeatId> &selection() const { return m_selected; }
    void setHoveredSeat(SeatId seat) { m_hovered = seat; }
    /** Seats that are free in the inventory but may not be sold now because a rule blocks
        them (distancing next to an order), with the reason for tooltips. They are drawn
        striped, never as a stored state. */
    void setDerivedBlocks(const QHash<SeatId, QString> &reasons) { m_derived = reasons; }
    const QHash<SeatId, QString> &derivedBlocks() const { return m_derived; }
    /** Seats shown with a dashed ring over the map, e.g. the neighbours a selection would
        block. Drawn by paintOverlay(). */
    void setHighlighted(const QSet<SeatId> &seats) { m_highlighted = seats; }
    const QSet<SeatId> &highlighted() const { return m_highlighted; }
    /** Places per standing zone in the basket, shown with the zone. */
    void setStandingInBasket(const QHash<ZoneId, int> &quantities)
    {
        m_standingInBasket = quantities;
    }

    SeatStatus seatStatus(int seatIndex) const;
    int zoneFree(ZoneId zone) const { return m_zoneFree.value(zone, -1); }
    /** Free and total seats of the section at \a sectionIndex, as of the last inventory. */
    int sectionFree(int sectionIndex) const { return m_sectionFree.value(sectionIndex); }
    int sectionTotal(int sectionIndex) const { return m_sectionTotal.value(sectionIndex); }

    static Detail detailFor(double seatRadiusPixels);
    /** The colour of a section drawn far out: from dark (sold out) to green (all free). */
    static QColor availabilityColor(int free, int total);

    /** Draws everything that intersects \a exposed (plan units): paintBase() then
        paintOverlay(). */
    void paint(QPainter *painter, const QRectF &exposed) const;
    /** Everything but the selection and the hovered seat; it does not change with them, so a
        view may cache it and draw paintOverlay() on top. */
    void paintBase(QPainter *painter, const QRectF &exposed) const;
    /** The selection and the hovered seat, drawn over paintBase(). */
    void paintOverlay(QPainter *painter, const QRectF &exposed) const;

    /** Seat radius in plan units. */
    static constexpr double kSeatRadius = 22;
    /** Draws one seat symbol centred on \a centre; used by the map and its legend. */
    static void drawSeat(QPainter *painter,
                         QPointF centre,
                         double radius,
                         const SeatLook &look,
                         const QString &label = {});
    /** The ring drawSeat() draws around a selected or hovered seat. */
    static void drawSeatRing(QPainter *painter, QPointF centre, double radius, const SeatLook &look);
    static QColor categoryColor(const QString &text);

    /** Images held by the symbol cache; for tests and benchmarks. */
    qsizetype cachedSpriteCount() const { return m_sprites.size() + m_labelSprites.size(); }

private:
    /** A pre-rendered symbol; \a offset leads from the seat centre to its top-left pixel. */
    struct Sprite
    {
        QImage image;
        QPoint offset; ///< device pixels
    };
    struct SpriteKey
    {
        QRgb color = 0;
        quint16 radius = 0; ///< device pixels, in eighths
        quint16 dpr = 0;    ///< device pixel ratio, in hundredths
        SeatStatus status = SeatStatus::Free;
        bool ring = false; ///< the selection or hover ring rather than the seat
        bool selected = false;
        bool hovered = false;
        bool wheelchair = false;
        friend bool operator==(const SpriteKey &, const SpriteKey &) = default;
        friend size_t qHash(const SpriteKey &key, size_t seed = 0)
        {
            return qHashMulti(seed,
                              key.color,
                              key.radius,
                              key.dpr,
                              int(key.status),
                              key.ring,
                              key.selected,
                              key.hovered,
                              key.wheelchair);
        }
    };
    struct LabelKey
    {
        QString text;
        quint16 radius = 0;
        quint16 dpr = 0;
        friend bool operator==(const LabelKey &, const LabelKey &) = default;
        friend size_t qHash(const LabelKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.radius, key.dpr);
        }
    };
    /** How sprites are drawn on \a painter, or false when symbols must be drawn as paths. */
    struct SpriteFrame
    {
        QTransform world;
        qreal dpr = 1;
        quint16 radiusKey = 0;
        quint16 dprKey = 0;
    };
    bool spriteFrame(const QPainter *painter, double scale, SpriteFrame *frame) const;
    Sprite seatSprite(const SpriteKey &key) const;
    Sprite labelSprite(const LabelKey &key) const;
    void reserveSpriteBytes(qsizetype bytes) const;
    void clearSprites() const;
    static void blit(QPainter *painter,
                     const SpriteFrame &frame,
                     QPointF planPoint,
                     const Sprite &sprite);

    double deviceScale(const QPainter *painter) const;
    void drawBackground(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawZones(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawSeats(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawSeatMarks(QPainter *painter, const QList<int> &indices) const;
    void drawSectionAvailability(QPainter *painter, const QRectF &exposed) const;
    void recount();
    /** Where a row's labels go: one seat spacing beyond each end, along the row. */
    std::pair<QPointF, QPointF> rowLabelPositions(const Row &row) const;
    void drawRowLabels(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawDerivedBlocks(QPainter *painter, const QRectF &exposed, double scale) const;
    void drawHighlights(QPainter *painter, const QRectF &exposed, double scale) const;

    const SeatPlan *m_plan = nullptr;
    QList<SeatStatus> m_status;  ///< by seat index
    QList<qint32> m_seatSection; ///< by seat index; -1 for seats outside any section
    QList<quint16> m_seatColor;  ///< by seat index, into m_palette
    QList<QColor> m_palette;     ///< category colours; the last one for unknown categories
    QList<qint32> m_sectionFree;
    QList<qint32> m_sectionTotal;
    QList<QRectF> m_sectionBounds; ///< seats, outline and row labels of each section
    /** Seats that no section polygon stands for (tables, sections without outline): drawn as
        marks even far out. */
    QList<qint32> m_looseSeats;
    QList<std::pair<QPointF, QPointF>> m_rowLabelAt; ///< by row index
    QHash<ZoneId, int> m_zoneFree;
    QHash<ZoneId, int> m_standingInBasket;
    QHash<CategoryId, QColor> m_colors;
    QSet<SeatId> m_selected;
    QHash<SeatId, QString> m_derived;
    QHash<SeatId, QString> m_holdCodes;
    QSet<SeatId> m_highlighted;
    SeatId m_hovered;
    // Pre-rendered symbols for the current device seat size; see the class comment.
    mutable QHash<SpriteKey, Sprite> m_sprites;
    mutable QHash<LabelKey, Sprite> m_labelSprites;
    mutable qsizetype m_spriteBytes = 0;
    mutable quint16 m_spriteRadius = 0;
    mutable quint16 m_spriteDpr = 0;
};

} // namespace parkett
