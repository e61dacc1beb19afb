// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmaprenderer.h"

#include "core/inventory.h"
#include "core/seatplan.h"

#include <QImage>
#include <QPainter>
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

QTEST_MAIN(TestSeatMapRenderer)
#include "tst_seatmaprenderer.moc"
