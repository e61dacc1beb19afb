// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits on a generated 100,000-seat stadium: move 5,000 seats, renumber a section,
// delete 1,000 seats, each done, undone and redone through the document's undo stack.
//
// bench_seatmap_edit [--seats N] [--runs N]

#include "core/stadium.h"
#include "widgets/seatmap/seatmapdocument.h"

#include <algorithm>
#include <functional>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
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
    QGuiApplication app(argc, argv);
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
    return 0;
}
