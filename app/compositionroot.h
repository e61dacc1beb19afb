// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "widgets/services.h"

#include <memory>

#include <QDateTime>
#include <QString>

namespace parkett {

class CatalogRepository;
class Database;
class MainWindow;
class OrderRepository;
class SalesService;

/** Builds the standalone client: opens the local database, creates the storage facades and
    the main window, and owns them all for the life of the process. */
class CompositionRoot
{
public:
    struct Options
    {
        QString databasePath;
        bool seedDemo = false;
        QDateTime fixedNow; ///< invalid: the real clock
    };

    CompositionRoot();
    ~CompositionRoot();
    Q_DISABLE_COPY_MOVE(CompositionRoot)

    /** Opens the database (refusing files it must not touch) and seeds it when asked and
        empty. The error message is meant for the user. */
    Result<void> open(const Options &options);
    MainWindow *createMainWindow();

    const Services &services() const { return m_services; }
    MainWindow *mainWindow() const { return m_window.get(); }

    static QString defaultDatabasePath();

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CatalogRepository> m_catalog;
    std::unique_ptr<OrderRepository> m_orders;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<MainWindow> m_window;
    Services m_services;
};

} // namespace parkett
