// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace parkett {

class BoxOffice;
class PerformanceListModel;
class SalesScreen;

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

public Q_SLOTS:
    void reload();
    void releaseExpired();

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
};

} // namespace parkett
