// SPDX-License-Identifier: GPL-3.0-or-later
// Seat-map rendering and plan handling on generated stadiums of 10k, 100k and 200k seats, with
// the real renderer and view, beside a baseline of one QGraphicsEllipseItem per seat rendered
// through QGraphicsScene::render in the same run. Software raster, 1920x1080, offscreen.
//
//   QT_QPA_PLATFORM=offscreen bench_seatmap_render [frames]

#include "core/inventory.h"
#include "core/seatplan.h"
#include "core/stadium.h"
#include "widgets/seatmap/seatmaprenderer.h"
#include "widgets/seatmap/seatmapview.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>

using namespace parkett;

namespace {

constexpr QSize kTarget(1920, 1080);

double rssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1 << 20)
                             : 0;
}

/** Median wall time in milliseconds of \a runs calls of \a work. */
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

SeatPlan openPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    Result<SeatPlan> plan = SeatPlan::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!plan)
        qFatal("cannot parse %s", qPrintable(path));
    plan->seatsIn(plan->bounds()); // builds the spatial index
    return std::move(*plan);
}

/** A busy evening: 60% sold, 5% reserved, 2% blocked, the rest free; deterministic. */
Inventory eveningInventory(const SeatPlan &plan, const QDateTime &now)
{
    Inventory inventory(PerformanceId(1));
    QRandomGenerator random(42);
    for (const Seat &seat : plan.seats()) {
        const int roll = int(random.bounded(100));
        SeatClaim claim;
        if (roll < 60)
            claim.status = SeatStatus::Sold;
        else if (roll < 65)
            claim.status = SeatStatus::Reserved;
        else if (roll < 67)
            claim.status = SeatStatus::Blocked;
        else
            continue;
        claim.expiresAt = now.addDays(1);
        inventory.setSeatClaim(seat.id, claim);
    }
    return inventory;
}

/** Maps \a area (plan units) centred into the target image. */
QTransform fitTransform(const QRectF &area)
{
    const double scale = std::min(kTarget.width() / area.width(), kTarget.height() / area.height());
    QTransform t;
    t.translate(kTarget.width() / 2.0, kTarget.height() / 2.0);
    t.scale(scale, scale);
    t.translate(-area.center().x(), -area.center().y());
    return t;
}

double renderFrameMs(const SeatMapRenderer &renderer, QImage &image, const QRectF &area, int runs)
{
    const QTransform transform = fitTransform(area);
    const QRectF exposed = transform.inverted().mapRect(QRectF(QPointF(), QSizeF(kTarget)));
    return medianMs(runs, [&] {
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setWorldTransform(transform);
        renderer.paint(&painter, exposed);
    });
}

/** A plan area of the target's aspect around \a centre holding about \a seats seat centres. */
QRectF areaWithSeats(const SeatPlan &plan, QPointF centre, int seats)
{
    const double aspect = double(kTarget.width()) / kTarget.height();
    double width = 100;
    QRectF area;
    do {
        width *= 1.05;
        area = QRectF(centre.x() - width / 2,
                      centre.y() - width / aspect / 2,
                      width,
                      width / aspect);
    } while (plan.seatsIn(area).size() < seats && width < 1e7);
    return area;
}

struct Figures
{
    int seats = 0;
    double open = 0;
    double openV1 = 0;
    double fileMiB = 0;
    double fileV1MiB = 0;
    double wholeVenue = 0;
    double section = 0;
    double closeUp = 0;
    int closeUpSeats = 0;
    double viewRedraw = 0;
    double zoomStep = 0;
    double stateChange = 0;
    double pan = 0;
    double panStrip = 0;
    double baselineBuild = 0;
    double baseline = 0;
    double hitTest = 0;
    double rubberBand = 0;
    double rubberBandSelect = 0;
    int rubberBandSeats = 0;
};

Figures measure(const QString &path, int frames)
{
    Figures f;
    // Alternating, so both formats see the same machine load.
    QList<double> v1, v2;
    for (int i = 0; i < 5; ++i) {
        v1.append(medianMs(1, [&] { openPlan(path + QStringLiteral(".v1")); }));
        v2.append(medianMs(1, [&] { openPlan(path); }));
    }
    std::sort(v1.begin(), v1.end());
    std::sort(v2.begin(), v2.end());
    f.openV1 = v1.at(2);
    f.open = v2.at(2);
    f.fileMiB = double(QFileInfo(path).size()) / (1 << 20);
    f.fileV1MiB = double(QFileInfo(path + QStringLiteral(".v1")).size()) / (1 << 20);
    const SeatPlan plan = openPlan(path);
    f.seats = int(plan.seats().size());
    const QDateTime now(QDate(2025, 6, 1), QTime(19, 0));
    const Inventory inventory = eveningInventory(plan, now);

    SeatMapRenderer renderer;
    renderer.setPlan(&plan);
    renderer.setInventory(inventory, now);
    QImage image(kTarget, QImage::Format_ARGB32_Premultiplied);
    const QRectF venue = plan.bounds().adjusted(-60, -60, 60, 60);
    f.wholeVenue = renderFrameMs(renderer, image, venue, frames);
    const QRectF section = QPolygonF(plan.sections().first().outline).boundingRect();
    f.section = renderFrameMs(renderer, image, section.adjusted(-60, -60, 60, 60), frames);
    const QPointF middle = plan.seats()
                               .at(plan.rows().first().seats.at(plan.rows().first().seats.size()
                                                                / 2))
                               .pos;
    const QRectF closeUp = areaWithSeats(plan, middle, 200);
    f.closeUpSeats = int(plan.seatsIn(closeUp).size());
    f.closeUp = renderFrameMs(renderer, image, closeUp, frames);

    // The view's own paint path, zoomed to about one section, then panned within the cache.
    {
        SeatMapView view;
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(kTarget);
        view.show();
        view.setPlan(&plan);
        view.setSeatStates(inventory, now, {});
        const double sectionScale = std::min(kTarget.width() / section.width(),
                                             kTarget.height() / section.height());
        while (view.zoom() < sectionScale * 0.8)
            view.zoomIn();
        QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        const QRect all = view.viewport()->rect();
        f.viewRedraw = medianMs(std::max(3, frames / 3), [&] {
            view.refresh(); // a cache miss: what a zoom step or a seat-state change costs
            QPainter painter(&frame);
            view.renderFrame(&painter, all);
        });
        // A zoom step: a new seat size, so the symbol images are drawn anew as well.
        bool in = true;
        f.zoomStep = medianMs(std::max(3, frames / 3), [&] {
            in ? view.zoomIn() : view.zoomOut();
            in = !in;
            QPainter painter(&frame);
            view.renderFrame(&painter, all);
        });
        // Another counter sells a seat: the new inventory redraws only that seat's place.
        {
            QPainter painter(&frame);
            view.renderFrame(&painter, all);
        }
        Inventory changing = inventory;
        QList<int> visible = plan.seatsIn(view.visiblePlanRect());
        if (visible.isEmpty()) // the view shows no seat: sell any
            visible.append(0);
        qsizetype next = 0;
        f.stateChange = medianMs(std::max(3, frames / 3), [&] {
            const SeatId seat = plan.seats().at(visible.at(next++ % visible.size())).id;
            SeatClaim sold;
            sold.status = SeatStatus::Sold;
            changing.setSeatClaim(seat, sold);
            view.setSeatStates(changing, now, {});
            QPainter painter(&frame);
            view.renderFrame(&painter, all);
        });
        QScrollBar *h = view.horizontalScrollBar();
        int step = 0;
        const int before = view.cacheRenderCount();
        f.pan = medianMs(frames, [&] {
            h->setValue(h->value() + (++step % 2 ? 8 : -8));
            QPainter painter(&frame);
            view.renderFrame(&painter, all);
        });
        f.panStrip = medianMs(frames, [&] {
            h->setValue(h->value() + (++step % 2 ? 8 : -8));
            QPainter painter(&frame);
            view.renderFrame(&painter, QRect(0, 0, 8, kTarget.height()));
        });
        if (view.cacheRenderCount() != before)
            qWarning("pan frames redrew the cache");
    }

    // Baseline: one QGraphicsEllipseItem per seat, whole venue through QGraphicsScene::render.
    {
        QElapsedTimer timer;
        timer.start();
        QGraphicsScene scene;
        const double r = SeatMapRenderer::kSeatRadius;
        for (qsizetype i = 0; i < plan.seats().size(); ++i) {
            const Seat &seat = plan.seats().at(i);
            const Category *category = plan.category(seat.category);
            QColor color = SeatMapRenderer::categoryColor(category ? category->color : QString());
            if (renderer.seatStatus(int(i)) != SeatStatus::Free)
                color = QColor(0x3c, 0x3c, 0x3c);
            auto *item = new QGraphicsEllipseItem(seat.pos.x() - r, seat.pos.y() - r, 2 * r, 2 * r);
            item->setBrush(color);
            item->setPen(QPen(color.darker(140), r * 0.1));
            scene.addItem(item); // the scene owns the item
        }
        f.baselineBuild = double(timer.nsecsElapsed()) / 1e6;
        auto render = [&] {
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(), QSizeF(kTarget)), venue);
        };
        render(); // the first render builds the scene's index
        f.baseline = medianMs(std::clamp(frames / 10, 3, 5), render);
    }

    // Hit tests at 10,000 seat positions (slightly off centre), and rubber bands of ~10k seats.
    {
        QRandomGenerator random(7);
        QList<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points.append(plan.seats().at(int(random.bounded(f.seats))).pos + QPointF(5, -3));
        int found = 0;
        f.hitTest = medianMs(5, [&] {
            found = 0;
            for (const QPointF p : points)
                found += plan.seatAt(p, SeatMapRenderer::kSeatRadius * 1.15) >= 0;
        });
        if (found != points.size())
            qWarning("hit test missed %lld seats", qlonglong(points.size() - found));
        const QRectF band = areaWithSeats(plan, middle, std::min(10000, f.seats / 2));
        f.rubberBandSeats = int(plan.seatsIn(band).size());
        f.rubberBand = medianMs(11, [&] { plan.seatsIn(band); });
        // What the view does on release: keep the free seats of the band in the selection.
        f.rubberBandSelect = medianMs(11, [&] {
            QSet<SeatId> selected;
            for (const int index : plan.seatsIn(band)) {
                if (renderer.seatStatus(index) == SeatStatus::Free)
                    selected.insert(plan.seats().at(index).id);
            }
        });
    }
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--write-plan") == 0) {
        // Runs in a child process so the parent's memory figures see only the opened plan.
        const SeatPlan plan = generateStadium({QByteArray(argv[2]).toInt(), 24, 30});
        QFile out(QString::fromLocal8Bit(argv[3]));
        if (!out.open(QIODevice::WriteOnly))
            return 1;
        out.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
        // The same plan in format 1 (one object per seat), to compare opening in one run.
        QFile v1(QString::fromLocal8Bit(argv[3]) + QStringLiteral(".v1"));
        if (!v1.open(QIODevice::WriteOnly))
            return 1;
        v1.write(QJsonDocument(plan.toJson(1)).toJson(QJsonDocument::Compact));
        return 0;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 30;
    const double emptyRss = rssMiB();

    QTemporaryDir dir;
    const QList<int> sizes{10000, 100000, 200000};
    QStringList paths;
    for (const int seats : sizes) {
        const QString path = dir.filePath(QStringLiteral("stadium-%1.json").arg(seats));
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--write-plan"), QString::number(seats), path})
            != 0)
            qFatal("could not generate the %d-seat plan", seats);
        paths.append(path);
    }

    // Memory: the 100k plan opened (parsed and indexed) over the process before it.
    double perSeat = 0;
    double planMiB = 0;
    double beforeRss = 0;
    {
        malloc_trim(0);
        beforeRss = rssMiB();
        const SeatPlan plan = openPlan(paths.at(1));
        malloc_trim(0); // count what the plan keeps, not the parser's freed buffers
        planMiB = rssMiB() - beforeRss;
        perSeat = planMiB * (1 << 20) / double(plan.seats().size());
    }

    QList<Figures> all;
    for (const QString &path : paths)
        all.append(measure(path, frames));

    std::printf("Seat map, software raster, %dx%d QImage (ARGB32_Premultiplied), offscreen; "
                "median of %d frames (baseline: of %d)\n\n",
                kTarget.width(),
                kTarget.height(),
                frames,
                std::clamp(frames / 10, 3, 5));
    std::printf("%-44s", "plan");
    for (const Figures &f : all)
        std::printf(" %12d", f.seats);
    std::printf("\n");
    auto line = [&all](const char *name, const std::function<double(const Figures &)> &value) {
        std::printf("%-44s", name);
        for (const Figures &f : all)
            std::printf(" %12.2f", value(f));
        std::printf("\n");
    };
    line("open: parse native JSON + index (ms)", [](const Figures &f) { return f.open; });
    line("  same, format 1: an object per seat (ms)", [](const Figures &f) { return f.openV1; });
    line("  file size (MiB)", [](const Figures &f) { return f.fileMiB; });
    line("  file size, format 1 (MiB)", [](const Figures &f) { return f.fileV1MiB; });
    line("whole venue frame (ms)", [](const Figures &f) { return f.wholeVenue; });
    line("one section frame (ms)", [](const Figures &f) { return f.section; });
    line("close-up frame (ms)", [](const Figures &f) { return f.closeUp; });
    line("  seats in the close-up", [](const Figures &f) { return f.closeUpSeats; });
    line("view redraw, section zoom, cache miss (ms)",
         [](const Figures &f) { return f.viewRedraw; });
    line("view zoom step, symbol images cold (ms)", [](const Figures &f) { return f.zoomStep; });
    line("view frame after one seat sold (ms)", [](const Figures &f) { return f.stateChange; });
    line("view pan frame, full viewport blit (ms)", [](const Figures &f) { return f.pan; });
    line("view pan frame, 8 px exposed strip (ms)", [](const Figures &f) { return f.panStrip; });
    line("baseline: build QGraphicsScene (ms)", [](const Figures &f) { return f.baselineBuild; });
    line("baseline: whole venue frame (ms)", [](const Figures &f) { return f.baseline; });
    line("whole venue speed-up over baseline (x)",
         [](const Figures &f) { return f.baseline / f.wholeVenue; });
    line("hit test: 10,000 seatAt (ms)", [](const Figures &f) { return f.hitTest; });
    line("rubber band: seatsIn (ms)", [](const Figures &f) { return f.rubberBand; });
    line("rubber band: seatsIn + select free (ms)",
         [](const Figures &f) { return f.rubberBandSelect; });
    line("  seats in the rubber band", [](const Figures &f) { return f.rubberBandSeats; });
    std::printf("\nmemory: empty process %.1f MiB RSS; before opening %.1f MiB; the opened "
                "100k plan adds %.1f MiB = %.0f bytes per seat\n",
                emptyRss,
                beforeRss,
                planMiB,
                perSeat);
    std::printf("goals at 100k: whole venue <= 8 ms and >= 20x the baseline, pan <= 1 ms, "
                "open <= 300 ms\n");
    return 0;
}
