// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"
#include "models/performancelistmodel.h"
#include "widgets/mainwindow.h"
#include "widgets/salesscreen.h"
#include "widgets/seatmap/seatmapeditor.h"
#include "widgets/seatmap/seatmapview.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

using namespace parkett;

namespace {

/** Translation context of the start-up texts (lupdate reads Main::tr). */
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

/** Saves the main window and a sales screen with two seats in the basket as PNG files. */
bool saveScreenshots(MainWindow &window, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    QCoreApplication::processEvents();
    if (!window.grab().save(QDir(dir).filePath(QStringLiteral("main-window.png"))))
        return false;
    const QModelIndex first = window.performanceTable()->model()->index(0, 0);
    if (!first.isValid())
        return false;
    SalesScreen *screen = window.openPerformance(
        first.data(PerformanceListModel::PerformanceIdRole).value<PerformanceId>());
    if (!screen)
        return false;
    screen->findBestSeats(2, CategoryId());
    QCoreApplication::processEvents();
    if (!window.grab().save(QDir(dir).filePath(QStringLiteral("sales-screen.png"))))
        return false;
    // The seat-map editor with the balcony's first row selected and the paint tool's options.
    SeatMapEditor *editor = window.editSeatPlan();
    if (!editor)
        return false;
    editor->resize(1400, 860);
    const SeatPlan &plan = editor->document()->plan();
    QList<SeatId> row;
    for (const Row &r : plan.rows()) {
        if (r.curve != 0) {
            for (qint32 s : r.seats)
                row.append(plan.seats().at(s).id);
            break;
        }
    }
    editor->document()->setSelectedSeats(row);
    editor->view()->fitToView();
    QCoreApplication::processEvents();
    const bool saved = editor->grab().save(
        QDir(dir).filePath(QStringLiteral("seatmap-editor.png")));
    editor->close();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parkett"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKETT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Parkett"));

    QTranslator translator;
    if (translator.load(QLocale(),
                        QStringLiteral("parkett"),
                        QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Parkett box office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      Main::tr("The SQLite database to use (default: %1).")
                                          .arg(QDir::toNativeSeparators(
                                              CompositionRoot::defaultDatabasePath())),
                                      Main::tr("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed-demo"),
                                        Main::tr("Fill an empty database with the demo theatre."));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       Main::tr(
                                           "Use this fixed time as \"now\" (ISO 8601), for tests."),
                                       Main::tr("time"));
    QCommandLineOption benchmarkOption(
        QStringLiteral("startup-benchmark"),
        Main::tr("Print the milliseconds until the window is shown, then exit."));
    benchmarkOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        Main::tr("Save screenshots into a folder, then exit."),
                                        Main::tr("folder"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, seedOption, nowOption, benchmarkOption, screenshotOption});
    parser.process(app);

    CompositionRoot::Options options;
    options.databasePath = parser.value(dbOption);
    options.seedDemo = parser.isSet(seedOption);
    if (parser.isSet(nowOption)) {
        options.fixedNow = QDateTime::fromString(parser.value(nowOption), Qt::ISODateWithMs);
        if (!options.fixedNow.isValid()) {
            std::fprintf(stderr,
                         "%s\n",
                         qPrintable(Main::tr("--now: \"%1\" is not an ISO 8601 time.")
                                        .arg(parser.value(nowOption))));
            return 2;
        }
    }
    const bool unattended = parser.isSet(benchmarkOption) || parser.isSet(screenshotOption);

    CompositionRoot root;
    if (auto opened = root.open(options); !opened) {
        const QString path = options.databasePath.isEmpty() ? CompositionRoot::defaultDatabasePath()
                                                            : options.databasePath;
        const QString message = Main::tr(
                                    "The database %1 cannot be used. It was not changed.\n\n%2")
                                    .arg(QDir::toNativeSeparators(path), opened.error().message);
        std::fprintf(stderr, "parkett: %s\n", qPrintable(message));
        if (!unattended)
            QMessageBox::critical(nullptr, Main::tr("Parkett"), message);
        return 1;
    }

    MainWindow *window = root.createMainWindow();
    window->show();

    if (parser.isSet(benchmarkOption)) {
        QTimer::singleShot(0, window, [&startup] {
            QCoreApplication::processEvents();
            std::printf("%lld\n", static_cast<long long>(startup.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    } else if (parser.isSet(screenshotOption)) {
        const QString dir = parser.value(screenshotOption);
        QTimer::singleShot(0, window, [window, dir] {
            const bool ok = saveScreenshots(*window, dir);
            if (!ok)
                std::fprintf(stderr, "parkett: could not save screenshots to %s\n", qPrintable(dir));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
