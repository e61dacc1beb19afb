// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaprenderer.h"

#include "core/inventory.h"
#include "core/seatplan.h"

#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QTest>

using namespace parkett;

class TestSeatMapRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void soldAndFreeSeatsLookDifferent();
    void statesDifferByShapeNotOnlyColour();
    void selectionDrawsARing();
    void drawsOnlyTheExposedRect();
    void followsThePainterTransform();
    void levelOfDetailFollowsSeatSize();
    void farOutSectionsShowAvailability();
    void marksDifferByShapeNotOnlyColour();
    void selectionShowsAtEveryLevel();
    void spritesKeepTheSeatPixels();
    void spritesMatchTheDrawnSymbols_data();
    void spritesMatchTheDrawnSymbols();
    void spriteCacheIsBounded();
    void zonesAndShapesAreDrawnTurned();

private:
    QImage render(const QRectF &exposed, double scale = 1) const;
    static double luminance(QRgb c)
    {
        return 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
    }

    SeatPlan m_plan;
    Inventory m_inventory;
    SeatMapRenderer m_renderer;
    QDateTime m_now;
    QList<SeatId> m_seats;
    QColor m_red;
};

void TestSeatMapRenderer::init()
{
    m_plan = SeatPlan();
    m_red = QColor(0xc2, 0x18, 0x5b);
    const CategoryId cat = m_plan.categories()
                               .value(m_plan.addCategory({{}, QStringLiteral("A"), m_red.name()}))
                               .id;
    const int section = m_plan.addSection({{}, QStringLiteral("Stalls"), {}, {}});
    Row row;
    row.label = QStringLiteral("A");
    const int r = m_plan.addRow(section, row);
    m_seats.clear();
    // Seats 1..4 at x = 50, 150, 250, 350; y = 50. Seat 4 is far enough for culling tests.
    for (int i = 0; i < 4; ++i) {
        Seat seat;
        seat.label = QString::number(i + 1);
        seat.pos = QPointF(50 + 100 * i, 50);
        seat.category = cat;
        m_seats.append(m_plan.seats().at(m_plan.addSeat(r, seat)).id);
    }
    m_now = QDateTime(QDate(2025, 1, 1), QTime(12, 0));
    m_inventory = Inventory(PerformanceId(1));
    SeatClaim sold;
    sold.status = SeatStatus::Sold;
    m_inventory.setSeatClaim(m_seats.at(1), sold);
    SeatClaim reserved;
    reserved.status = SeatStatus::Reserved;
    reserved.expiresAt = m_now.addDays(1);
    m_inventory.setSeatClaim(m_seats.at(2), reserved);
    m_renderer = SeatMapRenderer();
    m_renderer.setPlan(&m_plan);
    m_renderer.setInventory(m_inventory, m_now);
}

void TestSeatMapRenderer::zonesAndShapesAreDrawnTurned()
{
    // A flat bar of a shape about (100, 50) and a flat zone about (300, 50), both 160 x 20.
    SeatPlan plan;
    Shape bar;
    bar.kind = Shape::Kind::Rectangle;
    bar.bounds = QRectF(20, 40, 160, 20);
    bar.color = QStringLiteral("#202020");
    plan.addShape(bar);
    StandingZone zone;
    zone.bounds = QRectF(220, 40, 160, 20);
    plan.addZone(zone);
    SeatMapRenderer renderer;
    renderer.setPlan(&plan);
    auto draw = [&] {
        QImage image(400, 100, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.paint(&painter, QRectF(0, 0, 400, 100));
        return image;
    };
    const QRgb white = qRgb(255, 255, 255);
    const QImage flat = draw();
    QVERIFY(flat.pixel(160, 50) != white);
    QCOMPARE(flat.pixel(100, 15), white);
    QVERIFY(flat.pixel(350, 50) != white);
    QCOMPARE(flat.pixel(300, 15), white);

    bar.rotation = 90;
    plan.setShape(0, bar);
    zone.rotation = -90;
    plan.setZone(0, zone);
    renderer.setPlan(&plan);
    const QImage upright = draw();
    QCOMPARE(upright.pixel(160, 50), white);
    QVERIFY(upright.pixel(100, 15) != white);
    QVERIFY(upright.pixel(100, 85) != white);
    QCOMPARE(upright.pixel(350, 50), white);
    QVERIFY(upright.pixel(300, 15) != white);
}

QImage TestSeatMapRenderer::render(const QRectF &exposed, double scale) const
{
    QImage image(int(400 * scale), int(100 * scale), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    m_renderer.paint(&painter, exposed);
    return image;
}

void TestSeatMapRenderer::soldAndFreeSeatsLookDifferent()
{
    QCOMPARE(m_renderer.seatStatus(0), SeatStatus::Free);
    QCOMPARE(m_renderer.seatStatus(1), SeatStatus::Sold);
    const QImage image = render(QRectF(0, 0, 400, 100));
    // Left of the centre, clear of the seat number and of the sold seat's cross.
    const QRgb free = image.pixel(50 - 14, 50);
    const QRgb sold = image.pixel(150 - 14, 50);
    QVERIFY2(qAbs(qRed(free) - m_red.red()) < 16 && qAbs(qGreen(free) - m_red.green()) < 16
                 && qAbs(qBlue(free) - m_red.blue()) < 16,
             qPrintable(QColor(free).name()));
    QVERIFY2(luminance(sold) < 80, qPrintable(QColor(sold).name()));
    QVERIFY(qAbs(qRed(sold) - qGreen(sold)) < 10); // grey, not the category colour
    // The cross: light pixels on the diagonal of the sold seat.
    QVERIFY2(luminance(image.pixel(150 + 6, 50 + 6)) > 150,
             qPrintable(QColor(image.pixel(156, 56)).name()));
    // Between seats the background stays.
    QCOMPARE(image.pixel(100, 50), qRgb(255, 255, 255));
}

void TestSeatMapRenderer::statesDifferByShapeNotOnlyColour()
{
    const QImage image = render(QRectF(0, 0, 400, 100));
    // A reserved seat is light inside with a dark dot in the middle.
    QVERIFY(luminance(image.pixel(250, 50)) < 120);
    QVERIFY(luminance(image.pixel(250 - 10, 50 - 3)) > luminance(image.pixel(250, 50)));
    // Converted to grey, free, sold and reserved still differ.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int freeGrey = qGray(grey.pixel(50 - 14, 50));
    const int soldGrey = qGray(grey.pixel(150 - 14, 50));
    QVERIFY(qAbs(freeGrey - soldGrey) > 30);
}

void TestSeatMapRenderer::selectionDrawsARing()
{
    const QImage before = render(QRectF(0, 0, 400, 100));
    const QPoint ring(50 + int(SeatMapRenderer::kSeatRadius * 1.3), 50);
    QCOMPARE(before.pixel(ring), qRgb(255, 255, 255));
    m_renderer.setSelection({m_seats.at(0)});
    const QImage after = render(QRectF(0, 0, 400, 100));
    const QColor ringColor(after.pixel(ring));
    QVERIFY2(ringColor.red() > 200 && ringColor.blue() < 80, qPrintable(ringColor.name()));
}

void TestSeatMapRenderer::drawsOnlyTheExposedRect()
{
    // Only the first two seats are exposed: the fourth is left alone even though the image
    // covers it.
    const QImage image = render(QRectF(0, 0, 200, 100));
    QVERIFY(image.pixel(50 - 14, 50) != qRgb(255, 255, 255));
    QCOMPARE(image.pixel(350 - 14, 50), qRgb(255, 255, 255));
}

void TestSeatMapRenderer::followsThePainterTransform()
{
    const QImage image = render(QRectF(0, 0, 400, 100), 2);
    QVERIFY(image.pixel(2 * (50 - 14), 100) != qRgb(255, 255, 255));
    QCOMPARE(image.pixel(50 - 14, 50), qRgb(255, 255, 255));
}

void TestSeatMapRenderer::levelOfDetailFollowsSeatSize()
{
    using Detail = SeatMapRenderer::Detail;
    QCOMPARE(SeatMapRenderer::detailFor(1), Detail::Sections);
    QCOMPARE(SeatMapRenderer::detailFor(2.5), Detail::Marks);
    QCOMPARE(SeatMapRenderer::detailFor(22), Detail::Full);
    // The section counts follow the inventory: seats 2 and 3 are taken.
    QCOMPARE(m_renderer.sectionTotal(0), 4);
    QCOMPARE(m_renderer.sectionFree(0), 2);
}

void TestSeatMapRenderer::farOutSectionsShowAvailability()
{
    SeatPlan plan;
    const CategoryId cat = plan.categories()
                               .value(plan.addCategory({{}, QStringLiteral("A"), m_red.name()}))
                               .id;
    Inventory inventory(PerformanceId(1));
    SeatClaim sold;
    sold.status = SeatStatus::Sold;
    for (int s = 0; s < 2; ++s) {
        const double x0 = 1000 * s;
        const int section = plan.addSection(
            {{},
             QStringLiteral("S%1").arg(s),
             {QPointF(x0, 0), QPointF(x0 + 1000, 0), QPointF(x0 + 1000, 500), QPointF(x0, 500)},
             {}});
        const int r = plan.addRow(section, Row{});
        for (int i = 0; i < 10; ++i) {
            Seat seat;
            seat.pos = QPointF(x0 + 50 + 100 * i, 250);
            seat.category = cat;
            const SeatId id = plan.seats().at(plan.addSeat(r, seat)).id;
            if (s == 1) // the second section is sold out
                inventory.setSeatClaim(id, sold);
        }
    }
    SeatMapRenderer renderer;
    renderer.setPlan(&plan);
    renderer.setInventory(inventory, m_now);
    QCOMPARE(renderer.sectionFree(0), 10);
    QCOMPARE(renderer.sectionFree(1), 0);

    QImage image(100, 25, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(0.05, 0.05); // seat radius 1.1 px: sections only
    renderer.paint(&painter, QRectF(0, 0, 2000, 500));
    painter.end();

    const QColor allFree = SeatMapRenderer::availabilityColor(10, 10);
    const QColor freeSection(image.pixel(25, 12));
    QVERIFY2(qAbs(freeSection.red() - allFree.red()) < 6
                 && qAbs(freeSection.green() - allFree.green()) < 6,
             qPrintable(freeSection.name()));
    // No seat marks on top: the seat at x = 450 would be at pixel 22.
    QCOMPARE(QColor(image.pixel(22, 12)), freeSection);
    // Sold out is dark, and hatched so it differs in more than colour.
    QSet<QRgb> soldOut;
    double soldLuminance = 0;
    for (int x = 60; x < 90; ++x) {
        soldOut.insert(image.pixel(x, 12));
        soldLuminance += luminance(image.pixel(x, 12)) / 30;
    }
    QVERIFY2(soldOut.size() > 1, "sold-out section is hatched");
    QVERIFY(soldLuminance < luminance(image.pixel(25, 12)) - 30);
    // Availability reads in grey too: fewer free is darker.
    QVERIFY(luminance(SeatMapRenderer::availabilityColor(2, 10).rgb())
            < luminance(SeatMapRenderer::availabilityColor(9, 10).rgb()));
}

void TestSeatMapRenderer::marksDifferByShapeNotOnlyColour()
{
    // Radius 3.3 px: seats are plain marks. Seat centres at x = 7.5, 22.5, 37.5; y = 7.5.
    const double scale = 0.15;
    QCOMPARE(SeatMapRenderer::detailFor(SeatMapRenderer::kSeatRadius * scale),
             SeatMapRenderer::Detail::Marks);
    const QImage image = render(QRectF(0, 0, 400, 100), scale);
    const QRgb white = qRgb(255, 255, 255);
    // Free: a full square in the category colour.
    QCOMPARE(QColor(image.pixel(7, 7)), m_red);
    QCOMPARE(QColor(image.pixel(9, 7)), m_red);
    // Sold: a smaller dark square.
    QVERIFY(luminance(image.pixel(22, 7)) < 80);
    QCOMPARE(image.pixel(24, 7), white);
    // Reserved: hollow, light in the middle, the category colour around.
    QCOMPARE(image.pixel(37, 7), white);
    QCOMPARE(QColor(image.pixel(35, 7)), m_red);
}

void TestSeatMapRenderer::selectionShowsAtEveryLevel()
{
    m_renderer.setSelection({m_seats.at(0)});
    for (const double scale : {0.05, 0.15}) {
        const QImage image = render(QRectF(0, 0, 400, 100), scale);
        const QPoint centre(int(50 * scale), int(50 * scale));
        const QColor mark(image.pixel(centre));
        QVERIFY2(mark.red() > 200 && mark.green() > 100 && mark.blue() < 80,
                 qPrintable(QStringLiteral("%1 at %2").arg(mark.name()).arg(scale)));
    }
}

void TestSeatMapRenderer::spritesKeepTheSeatPixels()
{
    m_renderer.setSelection({m_seats.at(0)});
    m_renderer.setHoveredSeat(m_seats.at(3));
    const QImage image = render(QRectF(0, 0, 400, 100));
    QVERIFY(m_renderer.cachedSpriteCount() > 0); // drawn through the image cache
    // Free: the category colour around its white number.
    for (const QPoint at : {QPoint(50 - 14, 50), QPoint(50, 50 - 16), QPoint(50 + 14, 50 + 6)}) {
        const QColor free(image.pixel(at));
        QVERIFY2(qAbs(free.red() - m_red.red()) < 16 && qAbs(free.green() - m_red.green()) < 16
                     && qAbs(free.blue() - m_red.blue()) < 16,
                 qPrintable(free.name()));
    }
    QVERIFY(luminance(image.pixel(50, 50)) > 200 || luminance(image.pixel(49, 50)) > 200
            || luminance(image.pixel(51, 50)) > 200); // the "1"
    // Sold: dark beside its centre, the light cross on the diagonals.
    QVERIFY(luminance(image.pixel(150 - 14, 50)) < 80);
    QVERIFY(luminance(image.pixel(150, 50 + 14)) < 80);
    QVERIFY(luminance(image.pixel(150 + 6, 50 - 6)) > 150);
    // Reserved: light hatched inside, a dark dot in the middle.
    QVERIFY(luminance(image.pixel(250, 50)) < 120);
    // Selected: the orange ring at 1.3 seat radii, the thin black line outside it.
    const QColor ring(image.pixel(50 + int(SeatMapRenderer::kSeatRadius * 1.3), 50));
    QVERIFY2(ring.red() > 200 && ring.green() > 100 && ring.blue() < 80, qPrintable(ring.name()));
    QVERIFY(luminance(image.pixel(50, 50 - int(SeatMapRenderer::kSeatRadius * 1.52))) < 100);
    // Hovered: a grey ring, not the selection's.
    const QColor hover(image.pixel(350 - int(SeatMapRenderer::kSeatRadius * 1.3), 50));
    QVERIFY2(luminance(hover.rgb()) < 200 && qAbs(hover.red() - hover.blue()) < 20,
             qPrintable(hover.name()));
    QCOMPARE(image.pixel(100, 50), qRgb(255, 255, 255));
}

void TestSeatMapRenderer::spritesMatchTheDrawnSymbols_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("1") << 1.0;
    QTest::newRow("2") << 2.0;
    QTest::newRow("0.5") << 0.5;
}

void TestSeatMapRenderer::spritesMatchTheDrawnSymbols()
{
    // Every look, drawn through the cache and, as a reference, as paths with drawSeat().
    QFETCH(double, scale);
    SeatPlan plan;
    const CategoryId cat = plan.categories()
                               .value(plan.addCategory({{}, QStringLiteral("A"), m_red.name()}))
                               .id;
    const int r = plan.addRow(plan.addSection({{}, {}, {}, {}}), Row{});
    const QList<SeatStatus> states = {SeatStatus::Free,
                                      SeatStatus::Free,
                                      SeatStatus::Sold,
                                      SeatStatus::Reserved,
                                      SeatStatus::Held,
                                      SeatStatus::Blocked};
    Inventory inventory(PerformanceId(1));
    QList<SeatLook> looks;
    for (qsizetype i = 0; i < states.size(); ++i) {
        Seat seat;
        seat.label = QString::number(7 + i);
        seat.pos = QPointF(50 + 100 * i, 50);
        seat.category = cat;
        if (i == 1)
            seat.flags = SeatFlag::Wheelchair;
        const SeatId id = plan.seats().at(plan.addSeat(r, seat)).id;
        SeatClaim claim;
        claim.status = states.at(i);
        claim.expiresAt = m_now.addDays(1);
        if (claim.status != SeatStatus::Free)
            inventory.setSeatClaim(id, claim);
        SeatLook look;
        look.status = states.at(i);
        look.color = m_red;
        look.wheelchair = i == 1;
        look.selected = i == 3;
        looks.append(look);
    }
    SeatMapRenderer renderer;
    renderer.setPlan(&plan);
    renderer.setInventory(inventory, m_now);
    renderer.setSelection({plan.seats().at(3).id});
    const QSize size(int(600 * scale), int(100 * scale));

    QImage sprites(size, QImage::Format_ARGB32_Premultiplied);
    sprites.fill(Qt::white);
    QPainter painter(&sprites);
    painter.scale(scale, scale);
    renderer.paint(&painter, QRectF(0, 0, 600, 100));
    painter.end();
    QVERIFY(renderer.cachedSpriteCount() > 0);

    QImage paths(size, QImage::Format_ARGB32_Premultiplied);
    paths.fill(Qt::white);
    painter.begin(&paths);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    const bool labels = SeatMapRenderer::kSeatRadius * scale >= 9;
    for (qsizetype i = 0; i < looks.size(); ++i) {
        const Seat &seat = plan.seats().at(i);
        SeatMapRenderer::drawSeat(&painter,
                                  seat.pos,
                                  SeatMapRenderer::kSeatRadius,
                                  looks.at(i),
                                  labels ? seat.label : QString());
    }
    painter.end();

    // The same picture up to antialiasing and text blending at the edges. The hatching is a
    // device-aligned pattern whose phase follows the seat's position, so hatched seats are
    // compared by their tone.
    auto difference = [](QRgb a, QRgb b) {
        return std::max(
            {qAbs(qRed(a) - qRed(b)), qAbs(qGreen(a) - qGreen(b)), qAbs(qBlue(a) - qBlue(b))});
    };
    const int half = int(std::ceil(SeatMapRenderer::kSeatRadius * 1.6 * scale));
    for (qsizetype i = 0; i < looks.size(); ++i) {
        const QPoint centre = (plan.seats().at(i).pos * scale).toPoint();
        const QRect box = QRect(centre - QPoint(half, half), centre + QPoint(half, half))
                              .intersected(sprites.rect());
        const bool hatched = looks.at(i).status == SeatStatus::Reserved
                             || looks.at(i).status == SeatStatus::Held;
        double toneSprites = 0, tonePaths = 0, sum = 0;
        int far = 0;
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x) {
                const QRgb a = sprites.pixel(x, y);
                const QRgb b = paths.pixel(x, y);
                toneSprites += luminance(a);
                tonePaths += luminance(b);
                const int d = difference(a, b);
                sum += d;
                far += d > 64 ? 1 : 0;
            }
        }
        const double pixels = double(box.width()) * box.height();
        const QString what = QStringLiteral("seat %1: tone %2 vs %3, mean difference %4, %5 far")
                                 .arg(i)
                                 .arg(toneSprites / pixels)
                                 .arg(tonePaths / pixels)
                                 .arg(sum / pixels)
                                 .arg(far);
        QVERIFY2(qAbs(toneSprites - tonePaths) / pixels < 2, qPrintable(what));
        if (!hatched) {
            QVERIFY2(sum / pixels < 1, qPrintable(what));
            QVERIFY2(far <= pixels / 200, qPrintable(what));
        }
    }
}

void TestSeatMapRenderer::spriteCacheIsBounded()
{
    render(QRectF(0, 0, 400, 100), 1);
    const qsizetype atOne = m_renderer.cachedSpriteCount();
    QVERIFY(atOne > 0);
    // Zooming through many levels keeps only the current level's images.
    for (double scale = 0.3; scale < 3; scale += 0.1)
        render(QRectF(0, 0, 400, 100), scale);
    render(QRectF(0, 0, 400, 100), 1);
    QCOMPARE(m_renderer.cachedSpriteCount(), atOne);
    // A changed plan (and so palette) starts afresh.
    m_renderer.refreshPlan();
    QCOMPARE(m_renderer.cachedSpriteCount(), 0);
    // Printers and other vector devices get paths, not images.
    QPicture picture;
    QPainter painter(&picture);
    m_renderer.paint(&painter, QRectF(0, 0, 400, 100));
    painter.end();
    QCOMPARE(m_renderer.cachedSpriteCount(), 0);
}

QTEST_MAIN(TestSeatMapRenderer)
#include "tst_seatmaprenderer.moc"
