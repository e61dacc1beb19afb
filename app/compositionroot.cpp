// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/compositionroot.h"

#include "models/boxoffice.h"
#include "models/connectedcustomers.h"
#include "models/connectedsales.h"
#include "models/customerdesk.h"
#include "models/salesgateway.h"
#include "printing/printstation.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "sync/connectedcache.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"
#include "widgets/mainwindow.h"
#include "widgets/syncdesk.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

namespace parkett {

CompositionRoot::CompositionRoot() = default;

CompositionRoot::~CompositionRoot()
{
    // The window uses the services; it goes first.
    m_window.reset();
    if (m_boxOffice) {
        m_boxOffice->setSalesGateway(nullptr);
        m_boxOffice->customers().setFlagWriter(nullptr);
        m_boxOffice->customers().setRecordWriter(nullptr);
    }
    m_customers.reset();
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
    // A standalone file that links a server's cache: connected mode works on that file, and
    // the standalone box office stays as it is (ConnectedCache).
    if (!options.standalone) {
        const QString linked = ConnectedCache::fileToOpen(**db);
        if (linked != (*db)->path()) {
            auto cache = Database::open(linked);
            if (cache)
                db = std::move(cache);
            else
                qWarning("parkett: the server's file %s cannot be opened (%s); working standalone",
                         qPrintable(linked),
                         qPrintable(cache.error().message));
        }
    }
    m_clock = clock;
    // Standalone: the counter sells as the first box-office user at the box-office channel.
    m_boxOffice = std::make_unique<BoxOffice>(std::move(*db), std::move(clock));
    m_boxOffice->setModeName(QCoreApplication::translate("parkett::CompositionRoot", "Standalone"));
    return {};
}

MainWindow *CompositionRoot::createMainWindow()
{
    // The status bar names the server once the file is a server's cache.
    if (const QUrl server = SyncState(m_boxOffice->database()).serverUrl(); !server.isEmpty())
        m_boxOffice->setModeName(
            QCoreApplication::translate("parkett::CompositionRoot", "Connected to %1")
                .arg(server.host()));
    m_window = std::make_unique<MainWindow>(*m_boxOffice);
    // Connected mode: the Server menu and the sync status; syncing starts when a server was
    // set up in this database before.
    m_sync = std::make_unique<SyncServices>(m_boxOffice->database());
    SyncDesk *desk = m_window->attachSync(*m_sync);
    // Queued: the window that asked is gone when the switch runs.
    QObject::connect(
        desk,
        &SyncDesk::databaseSwitchRequested,
        qApp,
        [this](const QString &path) { switchDatabase(path); },
        Qt::QueuedConnection);
    // Sales go to the server (or the terminal's lease) once a server is configured for this
    // file; until then into the file itself.
    m_standaloneSales = std::make_unique<StandaloneSales>(*m_boxOffice);
    m_sales = std::make_unique<ConnectedSales>(*m_sync, *m_standaloneSales);
    // Supervisors' approvals of blocked customers' sales go with the order to the server;
    // the customer card pays and cancels reservations through the same gateway.
    m_sales->setCustomerDesk(&m_boxOffice->customers());
    // The card's flags (a block from sale above all) go to the server once one is
    // configured, so that every counter and the server's own sale checks see them.
    // Customers created or edited at the card live on the server too (offline: made here
    // under a local id and created on the server by the outbox).
    m_customers = std::make_unique<ConnectedCustomers>(*m_sync);
    m_boxOffice->customers().setFlagWriter(m_customers.get());
    m_boxOffice->customers().setRecordWriter(m_customers.get());
    m_boxOffice->setSalesGateway(m_sales.get());
    m_window->setSalesGateway(m_sales.get());
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

void CompositionRoot::switchDatabase(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        QMessageBox::warning(m_window.get(),
                             QCoreApplication::translate("parkett::CompositionRoot", "Parkett"),
                             QCoreApplication::translate("parkett::CompositionRoot",
                                                         "%1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), db.error().message));
        return;
    }
    const QRect geometry = m_window ? m_window->geometry() : QRect();
    // The window uses the services; it goes first, the box office last.
    m_window.reset();
    m_boxOffice->setSalesGateway(nullptr);
    m_boxOffice->customers().setFlagWriter(nullptr);
    m_boxOffice->customers().setRecordWriter(nullptr);
    m_customers.reset();
    m_sales.reset();
    m_standaloneSales.reset();
    m_sync.reset();
    m_boxOffice = std::make_unique<BoxOffice>(std::move(*db), m_clock);
    m_boxOffice->setModeName(QCoreApplication::translate("parkett::CompositionRoot", "Standalone"));
    MainWindow *window = createMainWindow();
    if (geometry.isValid())
        window->setGeometry(geometry);
    window->show();
}

} // namespace parkett
