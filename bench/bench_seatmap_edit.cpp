// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits on a generated 100,000-seat stadium: move 5,000 seats, renumber a section,
// delete 1,000 seats, each done, undone and redone through the document's undo stack; then the
// editor window at 1920x1080: one step of a drag of 5,000 seats as the user sees it (the edit,
// the view catching up and the next frame drawn), the validation of the whole plan, and
// opening the editor.
//
// bench_seatmap_edit [--seats N] [--runs N]

#include "core/planvalidation.h"
#include "core/stadium.h"
#include "widgets/seatmap/seatmapdocument.h"
#include "widgets/seatmap/seatmapeditor.h"
#include "widgets/seatmap/seatmapview.h"

#include <algorithm>
#include <functional>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>
#include <QUndoStack>

using namespace parkett;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Each figure includes the first hit test after the edit, which rebuilds the spatial index
// the edit invalidated: what the next mouse move in the editor pays.
double timed(const SeatPlan &plan, const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    (void) plan.seatAt(QPointF(0, 0), 10);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("seats"),
          QStringLiteral("seats"),
          QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("9")}});
    parser.process(app);
    const int seats = parser.value(QStringLiteral("seats")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTextStream out(stdout);

    SeatMapDocument doc(generateStadium({seats, 24, 30}));
    const SeatPlan &plan = doc.plan();
    QList<SeatId> moveSet;
    for (int i = 0; i < 5000 && i * 7 < plan.seats().size(); ++i)
        moveSet.append(plan.seats().at(i * 7).id);
    QList<SeatId> section;
    for (int r : plan.sections().at(5).rows) {
        for (int i : plan.rows().at(r).seats)
            section.append(plan.seats().at(i).id);
    }
    QStringList labels;
    for (int i = 0; i < section.size(); ++i)
        labels.append(QString::number(1001 + i));
    QList<SeatId> deleteSet;
    for (int i = 0; i < 1000; ++i)
        deleteSet.append(plan.seats().at(i * 50 + 3).id);

    struct Edit
    {
        QString name;
        std::function<void()> push;
    };
    const QList<Edit> edits = {
        {QStringLiteral("move %1 seats").arg(moveSet.size()),
         [&] { doc.moveSeats(moveSet, QPointF(25, -10)); }},
        {QStringLiteral("renumber a section (%1 seats)").arg(section.size()),
         [&] { doc.relabelSeats(section, labels); }},
        {QStringLiteral("delete 1000 seats"), [&] { doc.removeSeats(deleteSet); }},
    };
    out << plan.seats().size() << " seats, median of " << runs << " runs (ms)\n";
    out << QStringLiteral("%1%2%3%4\n")
               .arg(QStringLiteral("edit").leftJustified(34),
                    QStringLiteral("do").rightJustified(9),
                    QStringLiteral("undo").rightJustified(9),
                    QStringLiteral("redo").rightJustified(9));
    for (const Edit &edit : edits) {
        QList<double> done, undone, redone;
        for (int i = 0; i < runs; ++i) {
            done.append(timed(plan, edit.push));
            undone.append(timed(plan, [&] { doc.undoStack()->undo(); }));
            redone.append(timed(plan, [&] { doc.undoStack()->redo(); }));
            doc.undoStack()->undo();
        }
        out << QStringLiteral("%1%2%3%4\n")
                   .arg(edit.name.leftJustified(34))
                   .arg(median(done), 9, 'f', 2)
                   .arg(median(undone), 9, 'f', 2)
                   .arg(median(redone), 9, 'f', 2);
    }

    // The editor window.
    QElapsedTimer opening;
    opening.start();
    SeatMapEditor editor(generateStadium({seats, 24, 30}));
    editor.resize(1920, 1080);
    editor.show();
    QCoreApplication::processEvents();
    const double openMs = opening.nsecsElapsed() / 1e6;
    SeatMapDocument *edoc = editor.document();
    SeatMapView *view = editor.view();
    QList<SeatId> dragSet;
    for (int i = 0; i < 5000 && i * 7 < edoc->plan().seats().size(); ++i)
        dragSet.append(edoc->plan().seats().at(i * 7).id);
    edoc->setSelectedSeats(dragSet);
    QImage frame(view->viewport()->size(), QImage::Format_RGB32);
    const auto drawFrame = [&] {
        QPainter painter(&frame);
        view->renderFrame(&painter, view->viewport()->rect());
    };
    QList<QPair<QString, double>> zooms{{QStringLiteral("whole venue"), 0},
                                        {QStringLiteral("close-up"), 6}};
    out << "\neditor window " << view->viewport()->width() << "x" << view->viewport()->height()
        << ", median of " << runs * 3 << " drag steps (ms)\n";
    for (const auto &[name, zoomIns] : zooms) {
        view->fitToView();
        for (int z = 0; z < int(zoomIns); ++z)
            view->zoomIn();
        drawFrame();
        QList<double> steps;
        for (int i = 0; i < runs * 3; ++i) {
            QElapsedTimer t;
            t.start();
            edoc->moveSeats(dragSet, QPointF(i % 2 ? -5 : 5, 0), true);
            drawFrame();
            steps.append(t.nsecsElapsed() / 1e6);
        }
        edoc->endDrag();
        QList<double> refreshes, frames;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            view->refresh();
            refreshes.append(t.nsecsElapsed() / 1e6);
            t.restart();
            drawFrame();
            frames.append(t.nsecsElapsed() / 1e6);
        }
        out << QStringLiteral("%1%2\n")
                   .arg(QStringLiteral("drag step, %1").arg(name).leftJustified(34))
                   .arg(median(steps), 9, 'f', 2);
        out << QStringLiteral("%1%2\n")
                   .arg(QStringLiteral("  of which view refresh").leftJustified(34))
                   .arg(median(refreshes), 9, 'f', 2);
        out << QStringLiteral("%1%2\n")
                   .arg(QStringLiteral("  of which frame redraw").leftJustified(34))
                   .arg(median(frames), 9, 'f', 2);
    }
    QList<double> validations;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<PlanProblem> problems = validatePlan(edoc->plan());
        validations.append(t.nsecsElapsed() / 1e6);
        Q_UNUSED(problems)
    }
    out << QStringLiteral("%1%2\n")
               .arg(QStringLiteral("validate the plan").leftJustified(34))
               .arg(median(validations), 9, 'f', 2);
    out << QStringLiteral("%1%2\n")
               .arg(QStringLiteral("open the editor (generate + show)").leftJustified(34))
               .arg(openMs, 9, 'f', 2);
    edoc->undoStack()->setClean();
    return 0;
}
