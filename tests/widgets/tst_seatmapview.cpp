// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/seatmap/seatmapview.h"

#include "core/inventory.h"
#include "core/seatplan.h"

#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace parkett;

class TestSeatMapView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mapsPlanToViewportAndBack();
    void hoverReportsTheSeat();
    void clickTogglesAFreeSeat();
    void clickOnATakenSeatSelectsNothing();
    void rubberBandSelectsFreeSeatsInside();
    void clickOnStandingZoneAsksForPlaces();
    void zoomKeepsTheAnchorAndFits();
    void panningBlitsTheCachedImage();
    void selectionAndHoverDoNotRedrawTheCache();
    void zoomResizeAndStatesRedrawTheCache();
    void aFewChangedSeatsAreRedrawnInPlace();
    void keyboardWalksTheSeatsAndToggles();
    void distancingBlockedSeatsAreStripedAndRefused();
    void holdCodeInTheTooltip();

private:
    QImage frame() const
    {
        QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        m_view->renderFrame(&painter, m_view->viewport()->rect());
        return image;
    }
    QPoint at(int seat) const { return m_view->mapFromPlan(m_plan.seats().at(seat).pos); }

    SeatPlan m_plan;
    QList<SeatId> m_seats;
    ZoneId m_zone;
    std::unique_ptr<SeatMapView> m_view;
};

void TestSeatMapView::init()
{
    m_plan = SeatPlan();
    const CategoryId cat = m_plan.categories()
                               .value(m_plan.addCategory(
                                   {{}, QStringLiteral("Category A"), QStringLiteral("#c2185b")}))
                               .id;
    const int section = m_plan.addSection({{}, QStringLiteral("Stalls"), {}, {}});
    Row row;
    row.label = QStringLiteral("B");
    const int r = m_plan.addRow(section, row);
    m_seats.clear();
    for (int i = 0; i < 5; ++i) {
        Seat seat;
        seat.label = QString::number(i + 1);
        seat.pos = QPointF(50 + 100 * i, 50);
        seat.category = cat;
        m_seats.append(m_plan.seats().at(m_plan.addSeat(r, seat)).id);
    }
    m_zone = m_plan.zones()
                 .value(m_plan.addZone(
                     {{}, QStringLiteral("Floor"), QRectF(0, 150, 500, 100), 40, cat, {}}))
                 .id;

    Inventory inventory(PerformanceId(1));
    inventory.setZoneCapacity(m_zone, 40);
    SeatClaim sold;
    sold.status = SeatStatus::Sold;
    inventory.setSeatClaim(m_seats.at(1), sold); // seat 2
    const QDateTime now(QDate(2025, 1, 1), QTime(12, 0));

    const Currency dkk = Currency::fromCode(u"DKK");
    PriceList prices(dkk);
    prices.setPrice(cat, PriceTypeId(1), Money(45000, dkk));

    m_view = std::make_unique<SeatMapView>();
    m_view->resize(700, 400);
    m_view->setPlan(&m_plan);
    m_view->setPrices(
        prices, {PriceType{PriceTypeId(1), QStringLiteral("adult"), QStringLiteral("Adult"), 0}});
    m_view->setSeatStates(inventory, now, {});
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSeatMapView::cleanup()
{
    m_view.reset();
}

void TestSeatMapView::mapsPlanToViewportAndBack()
{
    const QRect port = m_view->viewport()->rect();
    for (int i = 0; i < m_seats.size(); ++i) {
        QVERIFY(port.contains(at(i)));
        const QPointF back = m_view->mapToPlan(at(i));
        QVERIFY(qAbs(back.x() - m_plan.seats().at(i).pos.x()) < 2 / m_view->zoom());
        QCOMPARE(m_view->seatAt(at(i)), m_seats.at(i));
    }
    // Halfway between two seats is no seat.
    QVERIFY(!m_view->seatAt((at(2) + at(3)) / 2).isValid());
}

void TestSeatMapView::hoverReportsTheSeat()
{
    QSignalSpy hovered(m_view.get(), &SeatMapView::seatHovered);
    QTest::mouseMove(m_view->viewport(), at(3));
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).value<SeatId>(), m_seats.at(3));
    QTest::mouseMove(m_view->viewport(), at(1));
    QTRY_COMPARE(hovered.last().at(0).value<SeatId>(), m_seats.at(1));

    const QString text = m_view->seatDescription(m_seats.at(3));
    QVERIFY2(text.contains(QStringLiteral("Stalls, row B, seat 4")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Category A")), qPrintable(text));
    QVERIFY2(text.contains(Money(45000, Currency::fromCode(u"DKK")).toLocaleString(QLocale())),
             qPrintable(text));
    QVERIFY(m_view->seatDescription(m_seats.at(1)).contains(QStringLiteral("Sold")));
}

void TestSeatMapView::clickTogglesAFreeSeat()
{
    QSignalSpy clicked(m_view.get(), &SeatMapView::seatClicked);
    QSignalSpy selection(m_view.get(), &SeatMapView::selectionChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(0));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.last().at(0).value<SeatId>(), m_seats.at(0));
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.last().at(0).value<QList<SeatId>>(), QList<SeatId>{m_seats.at(0)});

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(4));
    QCOMPARE(selection.last().at(0).value<QList<SeatId>>(),
             (QList<SeatId>{m_seats.at(0), m_seats.at(4)}));

    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(0));
    QCOMPARE(selection.size(), 3);
    QCOMPARE(selection.last().at(0).value<QList<SeatId>>(), QList<SeatId>{m_seats.at(4)});
    QCOMPARE(m_view->selectedSeats(), QList<SeatId>{m_seats.at(4)});
}

void TestSeatMapView::clickOnATakenSeatSelectsNothing()
{
    QSignalSpy clicked(m_view.get(), &SeatMapView::seatClicked);
    QSignalSpy selection(m_view.get(), &SeatMapView::selectionChanged);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(1));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.last().at(0).value<SeatId>(), m_seats.at(1));
    QCOMPARE(selection.size(), 0);
    QVERIFY(m_view->selectedSeats().isEmpty());
}

void TestSeatMapView::rubberBandSelectsFreeSeatsInside()
{
    QSignalSpy selection(m_view.get(), &SeatMapView::selectionChanged);
    QSignalSpy clicked(m_view.get(), &SeatMapView::seatClicked);
    // From above-left of seat 1 to below-right of seat 3: seats 1 and 3 (2 is sold).
    const QPoint from = m_view->mapFromPlan(QPointF(10, 10));
    const QPoint to = m_view->mapFromPlan(QPointF(290, 90));
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view->viewport(), (from + to) / 2);
    QTest::mouseMove(m_view->viewport(), to);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(clicked.size(), 0);
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.last().at(0).value<QList<SeatId>>(),
             (QList<SeatId>{m_seats.at(0), m_seats.at(2)}));
}

void TestSeatMapView::clickOnStandingZoneAsksForPlaces()
{
    QSignalSpy zone(m_view.get(), &SeatMapView::standingZoneActivated);
    QSignalSpy selection(m_view.get(), &SeatMapView::selectionChanged);
    QTest::mouseClick(m_view->viewport(),
                      Qt::LeftButton,
                      {},
                      m_view->mapFromPlan(QPointF(250, 200)));
    QCOMPARE(zone.size(), 1);
    QCOMPARE(zone.last().at(0).value<ZoneId>(), m_zone);
    QCOMPARE(selection.size(), 0);
}

void TestSeatMapView::zoomKeepsTheAnchorAndFits()
{
    const double fitted = m_view->zoom();
    const QPointF centre = m_view->mapToPlan(QRectF(m_view->viewport()->rect()).center());
    m_view->zoomIn();
    QVERIFY(m_view->zoom() > fitted * 1.2);
    const QPointF after = m_view->mapToPlan(QRectF(m_view->viewport()->rect()).center());
    QVERIFY(qAbs(after.x() - centre.x()) < 3 / m_view->zoom() + 1);
    QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(m_view->zoom() > fitted * 1.5);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), fitted);
    // After zooming in, clicks still land on the seat under the mouse.
    m_view->zoomIn();
    m_view->zoomIn();
    QSignalSpy clicked(m_view.get(), &SeatMapView::seatClicked);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(2));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.last().at(0).value<SeatId>(), m_seats.at(2));
}

void TestSeatMapView::panningBlitsTheCachedImage()
{
    for (int i = 0; i < 6; ++i)
        m_view->zoomIn();
    QScrollBar *h = m_view->horizontalScrollBar();
    QVERIFY(h->maximum() > 300);
    m_view->verticalScrollBar()->setValue(0);
    h->setValue(100);
    frame();
    const int renders = m_view->cacheRenderCount();

    // A pan within the cached margin is a shifted copy, not a new drawing...
    h->setValue(140);
    const QImage panned = frame();
    QCOMPARE(m_view->cacheRenderCount(), renders);
    QVERIFY(panned.pixel(0, 0) != qRgb(255, 0, 255)); // every pixel comes from the cache
    // ...and looks exactly like drawing the world afresh at the new position.
    m_view->refresh();
    const QImage fresh = frame();
    QCOMPARE(m_view->cacheRenderCount(), renders + 1);
    int differing = 0;
    for (int y = 0; y < fresh.height(); ++y) {
        for (int x = 0; x < fresh.width(); ++x)
            differing += panned.pixel(x, y) != fresh.pixel(x, y);
    }
    QVERIFY2(differing < fresh.width() * fresh.height() / 1000,
             qPrintable(QString::number(differing)));
    // A seat is drawn where the view maps it.
    const QColor seat(fresh.pixel(at(0) - QPoint(int(10 * m_view->zoom()), 0)));
    QVERIFY2(seat.red() > 150 && seat.green() < 80, qPrintable(seat.name()));

    // Panning past the margin draws the cache again.
    h->setValue(140 + 600);
    frame();
    QCOMPARE(m_view->cacheRenderCount(), renders + 2);
}

void TestSeatMapView::selectionAndHoverDoNotRedrawTheCache()
{
    frame();
    const int renders = m_view->cacheRenderCount();
    const QPoint ring = m_view->mapFromPlan(m_plan.seats().at(0).pos
                                            + QPointF(SeatMapRenderer::kSeatRadius * 1.3, 0));
    QCOMPARE(frame().pixel(ring), qRgb(255, 255, 255));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at(0));
    QCOMPARE(m_view->selectedSeats(), QList<SeatId>{m_seats.at(0)});
    QTest::mouseMove(m_view->viewport(), at(3));
    const QImage image = frame();
    QCOMPARE(m_view->cacheRenderCount(), renders);
    const QColor ringColor(image.pixel(ring));
    QVERIFY2(ringColor.red() > 200 && ringColor.blue() < 80, qPrintable(ringColor.name()));
    m_view->setSelection({});
    QCOMPARE(frame().pixel(ring), qRgb(255, 255, 255));
    QCOMPARE(m_view->cacheRenderCount(), renders);
}

void TestSeatMapView::zoomResizeAndStatesRedrawTheCache()
{
    frame();
    int renders = m_view->cacheRenderCount();
    m_view->zoomIn();
    frame();
    QCOMPARE(m_view->cacheRenderCount(), ++renders);
    m_view->resize(720, 420);
    frame();
    QCOMPARE(m_view->cacheRenderCount(), ++renders);
    frame();
    QCOMPARE(m_view->cacheRenderCount(), renders);

    // Selling seat 1 shows without waiting for a zoom or pan.
    const QPoint left = at(0) - QPoint(int(14 * m_view->zoom()), 0);
    QVERIFY(frame().pixel(left) != qRgb(0x3c, 0x3c, 0x3c));
    Inventory inventory(PerformanceId(1));
    SeatClaim sold;
    sold.status = SeatStatus::Sold;
    inventory.setSeatClaim(m_seats.at(0), sold);
    m_view->setSeatStates(inventory, QDateTime(QDate(2025, 1, 1), QTime(12, 0)), {});
    const QColor now(frame().pixel(left));
    QCOMPARE(m_view->cacheRenderCount(), ++renders);
    QVERIFY2(now.lightness() < 90, qPrintable(now.name()));
}

void TestSeatMapView::aFewChangedSeatsAreRedrawnInPlace()
{
    m_view->zoomIn();
    QTest::qWait(50); // the scroll bars come and go before the view settles
    frame();
    const int renders = m_view->cacheRenderCount();
    const QPoint left = at(0) - QPoint(int(14 * m_view->zoom()), 0);
    QVERIFY(frame().pixel(left) != qRgb(0x3c, 0x3c, 0x3c));
    // Same zone and seat 2 as before, seat 1 sold now: only seat 1's place is redrawn.
    Inventory inventory(PerformanceId(1));
    inventory.setZoneCapacity(m_zone, 40);
    SeatClaim sold;
    sold.status = SeatStatus::Sold;
    inventory.setSeatClaim(m_seats.at(1), sold);
    inventory.setSeatClaim(m_seats.at(0), sold);
    const QDateTime now(QDate(2025, 1, 1), QTime(12, 0));
    m_view->setSeatStates(inventory, now, {});
    const QImage partial = frame();
    QCOMPARE(m_view->cacheRenderCount(), renders);
    QCOMPARE(m_view->partialSeatRepaints(), 1);
    QVERIFY2(QColor(partial.pixel(left)).lightness() < 90,
             qPrintable(QColor(partial.pixel(left)).name()));
    // Exactly what a full redraw gives: a second view drawn from scratch in that state.
    SeatMapView fresh;
    fresh.resize(m_view->size());
    fresh.setPlan(&m_plan);
    fresh.setSeatStates(inventory, now, {});
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    fresh.zoomIn();
    QTest::qWait(50);
    QCOMPARE(fresh.viewport()->size(), m_view->viewport()->size());
    QImage full(fresh.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    full.fill(Qt::magenta);
    {
        QPainter painter(&full);
        fresh.renderFrame(&painter, fresh.viewport()->rect());
    }
    QCOMPARE(partial, full);
}

void TestSeatMapView::keyboardWalksTheSeatsAndToggles()
{
    QSignalSpy selection(m_view.get(), &SeatMapView::selectionChanged);
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    const SeatId first = m_view->keyboardSeat();
    QVERIFY(first.isValid());
    const qsizetype i = m_seats.indexOf(first);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->keyboardSeat(), m_seats.at(std::max<qsizetype>(0, i - 1)));
    // Walk to the left end of the row and stay there.
    for (int k = 0; k < 6; ++k)
        QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->keyboardSeat(), m_seats.at(0));
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->selectedSeats(), QList<SeatId>{m_seats.at(0)});
    QCOMPARE(selection.size(), 1);
    // Seat 2 is sold: Space on it selects nothing.
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->keyboardSeat(), m_seats.at(1));
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->selectedSeats(), QList<SeatId>{m_seats.at(0)});
}

void TestSeatMapView::distancingBlockedSeatsAreStripedAndRefused()
{
    m_view->zoomIn();
    m_view->zoomIn();
    const QPoint centre = at(3);
    const QRgb before = frame().pixel(centre);
    m_view->setDerivedBlocks({{m_seats.at(3), QStringLiteral("distancing next to order O-000007")}});
    const QImage striped = frame();
    QVERIFY(striped.pixel(centre) != before);
    // Stripes: both light and category-coloured pixels inside the seat.
    const int r = int(15 * m_view->zoom());
    bool light = false, coloured = false;
    for (int dx = -r; dx <= r; ++dx) {
        const QColor c(striped.pixel(centre + QPoint(dx, 0)));
        light = light || c.lightness() > 230;
        coloured = coloured || (c.red() > 150 && c.green() < 80);
    }
    QVERIFY(light && coloured);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(m_view->selectedSeats().isEmpty());
    QVERIFY(m_view->seatDescription(m_seats.at(3)).contains(QStringLiteral("O-000007")));
}

void TestSeatMapView::holdCodeInTheTooltip()
{
    Inventory inventory(PerformanceId(1));
    inventory.setZoneCapacity(m_zone, 40);
    SeatClaim held;
    held.status = SeatStatus::Held;
    held.holdCode = QStringLiteral("PRESS");
    inventory.setSeatClaim(m_seats.at(4), held);
    m_view->setSeatStates(inventory, QDateTime(QDate(2025, 1, 1), QTime(12, 0)), {});
    QVERIFY2(m_view->seatDescription(m_seats.at(4)).contains(QStringLiteral("PRESS")),
             qPrintable(m_view->seatDescription(m_seats.at(4))));
}

QTEST_MAIN(TestSeatMapView)
#include "tst_seatmapview.moc"
