// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace parkett {

namespace printing {
class PrintStation;
}

class BoxOffice;
class CustomerWorkspace;
class PrintDesk;
class SalesGateway;
class PerformanceListModel;
class SalesScreen;
class SeatMapEditor;
class SyncDesk;
class SyncServices;

/** The desktop client's window: upcoming performances with a search field, and one sales tab
    per opened performance. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(BoxOffice &boxOffice, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /** Opens (or switches to) the sales tab of \a performance; nullptr when it cannot be read. */
    SalesScreen *openPerformance(PerformanceId performance);
    SalesScreen *currentSalesScreen() const;
    QTableView *performanceTable() const { return m_table; }
    /** Customer search and cards (the Customers menu). */
    CustomerWorkspace *customers() const { return m_customers; }
    /** Connected mode: the Server menu and the sync status of \a sync (see SyncDesk). */
    SyncDesk *attachSync(SyncServices &sync);
    /** Printing for this window: \a station becomes the window's child; its printers show in
        the status bar and each sale's tickets print on the terminal's printer. */
    void setPrintStation(printing::PrintStation *station);
    /** Where the sales screens send a sale (connected mode); not owned. */
    void setSalesGateway(SalesGateway *gateway) { m_salesGateway = gateway; }
    PrintDesk *printDesk() const { return m_printDesk; }

public Q_SLOTS:
    void reload();
    void releaseExpired();
    /** Opens the seat-map editor on the newest plan of a venue (asking which when there are
        several); saving stores a new plan version. Returns the editor window, or nullptr. */
    SeatMapEditor *editSeatPlan();

private:
    void openCurrent();
    void closeTab(int index);
    PerformanceId selectedPerformance() const;

    BoxOffice &m_boxOffice;
    PerformanceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    CustomerWorkspace *m_customers = nullptr;
    PrintDesk *m_printDesk = nullptr;
    SalesGateway *m_salesGateway = nullptr;
    QPointer<SeatMapEditor> m_editor;
};

} // namespace parkett
