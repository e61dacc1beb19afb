// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"

#include "models/boxoffice.h"
#include "models/connectedsales.h"
#include "models/salesgateway.h"
#include "printing/printstation.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "sync/session.h"
#include "sync/syncservices.h"
#include "widgets/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace parkett {

CompositionRoot::CompositionRoot() = default;

CompositionRoot::~CompositionRoot()
{
    // The window uses the services; it goes first.
    m_window.reset();
    m_sales.reset();
}

QString CompositionRoot::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("parkett.sqlite"));
}

Result<void> CompositionRoot::open(const Options &options)
{
    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath()
                                                        : options.databasePath;
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::StorageFailure,
                         QCoreApplication::translate("parkett::CompositionRoot",
                                                     "Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(dir)));
    auto db = Database::open(path);
    if (!db)
        return db.error();

    const QDateTime fixed = options.fixedNow;
    BoxOffice::Clock clock = fixed.isValid() ? BoxOffice::Clock([fixed] { return fixed; })
                                             : BoxOffice::Clock();
    if (options.seedDemo) {
        auto empty = isEmptyDatabase(**db);
        if (!empty)
            return empty.error();
        if (*empty) {
            if (auto seeded = seedDemo(**db, fixed.isValid() ? fixed : QDateTime::currentDateTime());
                !seeded)
                return seeded.error();
        }
    }
    // Standalone: the counter sells as the first box-office user at the box-office channel.
    m_boxOffice = std::make_unique<BoxOffice>(std::move(*db), std::move(clock));
    m_boxOffice->setModeName(QCoreApplication::translate("parkett::CompositionRoot", "Standalone"));
    return {};
}

MainWindow *CompositionRoot::createMainWindow()
{
    m_window = std::make_unique<MainWindow>(*m_boxOffice);
    // Connected mode: the Server menu and the sync status; syncing starts when a server was
    // set up in this database before.
    m_sync = std::make_unique<SyncServices>(m_boxOffice->database());
    m_window->attachSync(*m_sync);
    // Sales go to the server (or the terminal's lease) once a server is configured for this
    // file; until then into the file itself.
    m_standaloneSales = std::make_unique<StandaloneSales>(*m_boxOffice);
    m_sales = std::make_unique<ConnectedSales>(*m_sync, *m_standaloneSales);
    m_window->setSalesGateway(m_sales.get());
    if (m_sync->isConfigured())
        m_boxOffice->setModeName(
            QCoreApplication::translate("parkett::CompositionRoot", "Connected to %1")
                .arg(m_sync->session().server().host()));
    m_sync->startIfConfigured();
    // Printing runs beside the sales: its own connection to the same file and a worker
    // thread for the printers. Without it the counter still sells.
    auto *station = new printing::PrintStation([box = m_boxOffice.get()] { return box->now(); },
                                               m_window.get());
    if (auto opened = station->open(m_boxOffice->databasePath()); opened)
        m_window->setPrintStation(station);
    else {
        qWarning("parkett: printing is not available: %s", qPrintable(opened.error().message));
        delete station;
    }
    return m_window.get();
}

} // namespace parkett
