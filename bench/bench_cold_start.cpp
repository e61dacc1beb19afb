// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start of the desktop client to a shown main window.
//
// bench_cold_start --app PATH/parkett --db FILE [--runs N]
// Starts `parkett --db FILE --startup-benchmark` N times; the client prints the milliseconds
// from entering main() to its main window having been shown and painted, then quits. The
// wall time of the whole process (exec, dynamic linking, Qt start-up, exit) is measured here.

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("app"), QStringLiteral("parkett binary"), QStringLiteral("PATH")},
         {QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("FILE")},
         {QStringLiteral("runs"),
          QStringLiteral("runs"),
          QStringLiteral("N"),
          QStringLiteral("10")}});
    parser.process(app);
    QTextStream out(stdout);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QList<double> shown, wall;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(parser.value(QStringLiteral("app")),
                {QStringLiteral("--db"),
                 parser.value(QStringLiteral("db")),
                 QStringLiteral("--startup-benchmark")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            out << "parkett failed: " << p.readAllStandardError() << '\n';
            return 1;
        }
        wall.append(t.nsecsElapsed() / 1e6);
        const QByteArray line = p.readAllStandardOutput().trimmed();
        bool ok = false;
        const double ms = line.split('\n').last().toDouble(&ok);
        if (!ok) {
            out << "unexpected output: " << line << '\n';
            return 1;
        }
        shown.append(ms);
    }
    std::sort(shown.begin(), shown.end());
    std::sort(wall.begin(), wall.end());
    out << "cold start over " << runs << " runs (QT_QPA_PLATFORM="
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << ")\n";
    out << "  main() to window shown: median " << shown.at(runs / 2) << " ms, max " << shown.last()
        << " ms\n";
    out << "  process start to exit:  median " << wall.at(runs / 2) << " ms, max " << wall.last()
        << " ms\n";
    return 0;
}
