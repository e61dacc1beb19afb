// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket rendering: 1,000 tickets to BOCA FGL, to ESC/POS and to PDF (issue 7: FGL <= 50 ms).
//
// bench_printing [--tickets N] [--runs R]
// Each batch renders N distinct tickets (own code, seat and customer) into one buffer, as a
// print run does; the figure is the median of R runs after one warm-up run, with min and
// max. The FGL preview (our interpreter drawing the FGL to an image) is measured per ticket.

#include "printing/escposrenderer.h"
#include "printing/fglpreview.h"
#include "printing/fglrenderer.h"
#include "printing/painterrenderer.h"

#include <algorithm>
#include <functional>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace parkett::printing;

namespace {

struct Figure
{
    double median;
    double min;
    double max;
    qsizetype bytes;
};

Figure measure(int runs, const std::function<qsizetype()> &work)
{
    work(); // warm-up: fonts, code-page tables, logo bytes
    QList<double> ms;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        bytes = work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return Figure{ms.at(ms.size() / 2), ms.first(), ms.last(), bytes};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("tickets"),
                        QStringLiteral("tickets per batch"),
                        QStringLiteral("N"),
                        QStringLiteral("1000")},
                       {QStringLiteral("runs"),
                        QStringLiteral("measured runs"),
                        QStringLiteral("R"),
                        QStringLiteral("7")}});
    parser.process(app);
    const int n = parser.value(QStringLiteral("tickets")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QList<TicketData> tickets;
    tickets.reserve(n);
    for (int i = 0; i < n; ++i) {
        TicketData t = TicketData::sample();
        t.code = QStringLiteral("BENCH%1").arg(i, 11, 10, QLatin1Char('0'));
        t.row = QString(QLatin1Char('A' + i % 20));
        t.seat = QString::number(1 + i % 40);
        t.customer = QStringLiteral("Kunde nr. %1 Ærø").arg(i);
        tickets.append(t);
    }

    QTextStream out(stdout);
    out << "bench_printing: " << n << " tickets per batch, median of " << runs
        << " runs (min-max)\n";
    auto report = [&out, n](const char *what, const Figure &f) {
        out << QStringLiteral("  %1 %2 ms  (%3-%4)  %5 us/ticket  %6 KiB\n")
                   .arg(QString::fromLatin1(what).leftJustified(34))
                   .arg(f.median, 8, 'f', 2)
                   .arg(f.min, 0, 'f', 2)
                   .arg(f.max, 0, 'f', 2)
                   .arg(f.median * 1000.0 / n, 0, 'f', 1)
                   .arg(double(f.bytes) / 1024.0, 0, 'f', 0);
    };

    for (const char *name : {"boca-200", "boca-300"}) {
        const FglRenderer fgl(*TicketLayout::defaultLayout(QString::fromLatin1(name)));
        report(qPrintable(QStringLiteral("FGL %1").arg(QString::fromLatin1(name))),
               measure(runs, [&] {
                   QByteArray bytes;
                   bytes.reserve(qsizetype(n) * 3000);
                   for (const TicketData &t : tickets)
                       (void) fgl.renderInto(t, bytes);
                   return bytes.size();
               }));
    }
    for (const char *name : {"thermal-80", "thermal-58"}) {
        const EscPosRenderer escpos(*TicketLayout::defaultLayout(QString::fromLatin1(name)));
        report(qPrintable(QStringLiteral("ESC/POS %1").arg(QString::fromLatin1(name))),
               measure(runs, [&] {
                   QByteArray bytes;
                   bytes.reserve(qsizetype(n) * 6000);
                   for (const TicketData &t : tickets)
                       (void) escpos.renderInto(t, bytes);
                   return bytes.size();
               }));
    }
    const int pdfRuns = std::max(1, runs / 2);
    for (const char *name : {"boca-200", "a4"}) {
        const PainterRenderer painter(*TicketLayout::defaultLayout(QString::fromLatin1(name)));
        report(qPrintable(
                   QStringLiteral("PDF %1 (one page per ticket)").arg(QString::fromLatin1(name))),
               measure(pdfRuns, [&] {
                   auto pdf = painter.pdf(tickets);
                   return pdf ? pdf->size() : qsizetype(0);
               }));
    }
    {
        const TicketLayout layout = *TicketLayout::defaultLayout(QStringLiteral("boca-200"));
        const QByteArray one = *FglRenderer(layout).render(tickets.first());
        const FglPreview preview(layout.stock.canvasDots(),
                                 FglRenderer::printableDots(layout.stock));
        const int previews = std::min(n, 100);
        const Figure f = measure(runs, [&] {
            qsizetype items = 0;
            for (int i = 0; i < previews; ++i)
                items += preview.run(one).tickets.size();
            return items;
        });
        out << QStringLiteral("  %1 %2 ms per ticket\n")
                   .arg(QStringLiteral("FGL preview boca-200 (to an image)").leftJustified(34))
                   .arg(f.median / previews, 8, 'f', 2);
    }
    return 0;
}
