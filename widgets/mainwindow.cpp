// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include "models/boxoffice.h"
#include "models/performancelistmodel.h"
#include "printing/printstation.h"
#include "widgets/customerworkspace.h"
#include "widgets/printdesk.h"
#include "widgets/salesscreen.h"
#include "widgets/seatmap/seatmapeditor.h"
#include "widgets/syncdesk.h"
#include "widgets/ticketlayouteditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parkett {

namespace {

/** Sends Up/Down from the search field to the list, so the keyboard never has to leave it. */
class SearchKeys final : public QObject
{
public:
    SearchKeys(QTableView *table, QObject *parent)
        : QObject(parent)
        , m_table(table)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            m_table->setFocus(Qt::ShortcutFocusReason);
            QApplication::sendEvent(m_table, event);
            return true;
        }
        return false;
    }

private:
    QTableView *m_table;
};

} // namespace

MainWindow::MainWindow(BoxOffice &boxOffice, QWidget *parent)
    : QMainWindow(parent)
    , m_boxOffice(boxOffice)
    , m_model(new PerformanceListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Parkett"));
    setObjectName(QStringLiteral("mainWindow"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(PerformanceListModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(PerformanceListModel::SortRole);

    auto *listPage = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(listPage);
    layout->setContentsMargins(8, 8, 8, 8);
    m_search = new QLineEdit(listPage);
    m_search->setObjectName(QStringLiteral("performanceSearch"));
    m_search->setPlaceholderText(
        tr("Search by title or date (Ctrl+F); Enter opens the first match"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("performanceTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PerformanceListModel::DateTimeColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PerformanceListModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(90);
    layout->addWidget(m_table, 1);
    m_search->installEventFilter(new SearchKeys(m_table, m_search));

    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(listPage, tr("Performances"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);

    connect(m_search,
            &QLineEdit::textChanged,
            m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_table->setCurrentIndex(m_proxy->index(0, 0));
            openCurrent();
        }
    });
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *release = file->addAction(tr("&Release expired reservations"),
                                       this,
                                       &MainWindow::releaseExpired);
    release->setObjectName(QStringLiteral("releaseExpiredAction"));
    QAction *printSettings = file->addAction(tr("&Printing settings…"), this, [this] {
        if (m_printDesk)
            m_printDesk->editSettings();
    });
    printSettings->setObjectName(QStringLiteral("printSettingsAction"));
    printSettings->setEnabled(false); // until a print station is set
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *venue = menuBar()->addMenu(tr("V&enue"));
    QAction *editPlan = venue->addAction(tr("Edit &seat plan…"), this, [this] { editSeatPlan(); });
    editPlan->setObjectName(QStringLiteral("editSeatPlanAction"));
    editPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *layouts = venue->addAction(tr("Ticket &layouts…"), this, [this] {
        // A window of its own, like the seat plan editor; it owns nothing of the main window.
        auto *editor = new TicketLayoutEditor;
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->resize(1400, 700);
        editor->show();
    });
    layouts->setObjectName(QStringLiteral("ticketLayoutsAction"));

    m_customers = new CustomerWorkspace(m_boxOffice, m_tabs, menuBar(), this);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find performance"), this, [this] {
        m_tabs->setCurrentIndex(0);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("Re&load"), this, [this] {
        reload();
        if (SalesScreen *screen = currentSalesScreen())
            screen->reloadInventory();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *closeTabAction = view->addAction(tr("&Close tab"), this, [this] {
        closeTab(m_tabs->currentIndex());
    });
    closeTabAction->setShortcut(QKeySequence::Close);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    const QString path = QDir::toNativeSeparators(m_boxOffice.databasePath());
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(path);
    m_modeLabel = new QLabel(m_boxOffice.modeName().isEmpty() ? tr("Standalone")
                                                              : m_boxOffice.modeName(),
                             this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_modeLabel);

    reload();
    m_search->setFocus();
    resize(1400, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::reload()
{
    const PerformanceId current = selectedPerformance();
    if (auto r = m_model->reload(m_boxOffice); !r) {
        statusBar()->showMessage(tr("Could not read the performances: %1").arg(r.error().message));
        return;
    }
    int row = m_model->rowOf(current);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

PerformanceId MainWindow::selectedPerformance() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid()
               ? index.data(PerformanceListModel::PerformanceIdRole).value<PerformanceId>()
               : PerformanceId();
}

void MainWindow::openCurrent()
{
    const PerformanceId id = selectedPerformance();
    if (id.isValid())
        openPerformance(id);
}

SalesScreen *MainWindow::openPerformance(PerformanceId performance)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *screen = qobject_cast<SalesScreen *>(m_tabs->widget(i));
        if (screen && screen->performance() == performance) {
            m_tabs->setCurrentIndex(i);
            screen->setFocus();
            return screen;
        }
    }
    auto *screen = new SalesScreen(m_boxOffice, performance, m_tabs);
    screen->setSalesGateway(m_salesGateway);
    if (auto r = screen->load(); !r) {
        delete screen;
        QMessageBox::warning(this,
                             tr("Parkett"),
                             tr("The performance could not be opened: %1").arg(r.error().message));
        return nullptr;
    }
    connect(screen, &SalesScreen::orderPlaced, this, [this](OrderId order) {
        reload();
        if (m_printDesk) // the sale is committed; now its tickets print
            m_printDesk->orderPlaced(order);
    });
    const int index = m_tabs->addTab(screen, screen->title());
    m_tabs->setCurrentIndex(index);
    screen->setFocus();
    return screen;
}

void MainWindow::setPrintStation(printing::PrintStation *station)
{
    if (!station || m_printDesk)
        return;
    station->setParent(this);
    m_printDesk = new PrintDesk(*station, this);
    if (auto *action = findChild<QAction *>(QStringLiteral("printSettingsAction")))
        action->setEnabled(true);
}

SalesScreen *MainWindow::currentSalesScreen() const
{
    return qobject_cast<SalesScreen *>(m_tabs->currentWidget());
}

void MainWindow::closeTab(int index)
{
    if (index <= 0)
        return; // the list stays
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    page->deleteLater();
}

SeatMapEditor *MainWindow::editSeatPlan()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    auto plans = m_boxOffice.venuePlans();
    if (!plans || plans->isEmpty()) {
        QMessageBox::warning(this,
                             tr("Seat plan"),
                             plans
                                 ? tr("There is no venue with a seat plan yet.")
                                 : tr("The venues could not be read: %1").arg(plans.error().message));
        return nullptr;
    }
    qsizetype chosen = 0;
    if (plans->size() > 1) {
        QStringList names;
        for (const BoxOffice::VenuePlan &vp : *plans)
            names.append(tr("%1 (plan version %2)").arg(vp.venue.name).arg(vp.plan.version()));
        bool ok = false;
        const QString name = QInputDialog::getItem(
            this, tr("Edit seat plan"), tr("Venue:"), names, 0, false, &ok);
        if (!ok)
            return nullptr;
        chosen = names.indexOf(name);
    }
    const VenueId venue = plans->at(chosen).venue.id;
    auto *editor = new SeatMapEditor(plans->at(chosen).plan, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setObjectName(QStringLiteral("seatMapEditor"));
    connect(editor, &SeatMapEditor::saveRequested, this, [this, editor, venue](const SeatPlan &plan) {
        auto saved = m_boxOffice.savePlanVersion(venue, plan);
        if (!saved) {
            editor->saveFinished(0, saved.error().message);
            return;
        }
        editor->saveFinished(saved->version, {});
        statusBar()->showMessage(tr("Seat plan version %1 saved; %n performance(s) moved onto it",
                                    nullptr,
                                    saved->movedPerformances)
                                     .arg(saved->version),
                                 8000);
        reload();
    });
    m_editor = editor;
    editor->show();
    return editor;
}

void MainWindow::releaseExpired()
{
    auto released = m_boxOffice.releaseExpired();
    if (!released) {
        QMessageBox::warning(this,
                             tr("Release expired reservations"),
                             tr("The reservations could not be released: %1")
                                 .arg(released.error().message));
        return;
    }
    statusBar()->showMessage(tr("Released %n expired reservation(s).", nullptr, *released), 10000);
    reload();
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *screen = qobject_cast<SalesScreen *>(m_tabs->widget(i)))
            screen->reloadInventory();
    }
}

SyncDesk *MainWindow::attachSync(SyncServices &sync)
{
    return new SyncDesk(this, sync);
}

} // namespace parkett
