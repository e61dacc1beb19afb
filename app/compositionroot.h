// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>
#include <memory>

#include <QDateTime>
#include <QString>

namespace parkett {

class BoxOffice;
class ConnectedCustomers;
class ConnectedSales;
class MainWindow;
class StandaloneSales;
class SyncServices;

/** Builds the standalone client: opens the local database, creates the BoxOffice facade and
    the main window, and owns them for the life of the process. */
class CompositionRoot
{
public:
    struct Options
    {
        QString databasePath;
        bool seedDemo = false;
        QDateTime fixedNow; ///< invalid: the real clock
        /** Open the file itself even when it links a server's cache (ConnectedCache). */
        bool standalone = false;
    };

    CompositionRoot();
    ~CompositionRoot();
    Q_DISABLE_COPY_MOVE(CompositionRoot)

    /** Opens the database (refusing files it must not touch) and seeds it when asked and
        empty. The error message is meant for the user. */
    Result<void> open(const Options &options);
    MainWindow *createMainWindow();

    BoxOffice *boxOffice() const { return m_boxOffice.get(); }
    MainWindow *mainWindow() const { return m_window.get(); }
    SyncServices *sync() const { return m_sync.get(); }

    static QString defaultDatabasePath();
    /** Closes the window and its services and opens \a path in a new window: connected mode
        on the server's own file, or the standalone box office again. */
    void switchDatabase(const QString &path);

private:
    std::unique_ptr<BoxOffice> m_boxOffice;
    std::function<QDateTime()> m_clock;
    std::unique_ptr<SyncServices> m_sync; ///< connected mode; idle without a server
    std::unique_ptr<StandaloneSales> m_standaloneSales;
    std::unique_ptr<ConnectedSales> m_sales; ///< what the sales screens sell through
    /// where the customer card's flags go in connected mode
    std::unique_ptr<ConnectedCustomers> m_customers;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace parkett
