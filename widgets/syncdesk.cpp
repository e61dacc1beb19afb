// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/syncdesk.h"

#include "models/basketmodel.h"
#include "sync/outbox.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "widgets/leasedialog.h"
#include "widgets/mainwindow.h"
#include "widgets/salesscreen.h"
#include "widgets/serversettingsdialog.h"
#include "widgets/supervisorqueuedialog.h"
#include "widgets/syncstatuswidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace parkett {

SyncDesk::SyncDesk(QMainWindow *window, SyncServices &sync)
    : QObject(window)
    , m_window(window)
    , m_sync(sync)
    , m_status(new SyncStatusWidget(sync, window))
{
    setObjectName(QStringLiteral("syncDesk"));
    QMenu *menu = window->menuBar()->addMenu(tr("&Server"));
    menu->setObjectName(QStringLiteral("serverMenu"));
    QAction *settings = menu->addAction(tr("Server &settings…"),
                                        this,
                                        &SyncDesk::showServerSettings);
    settings->setObjectName(QStringLiteral("serverSettingsAction"));
    QAction *queue = menu->addAction(tr("Supervisor &queue…"), this, &SyncDesk::showSupervisorQueue);
    queue->setObjectName(QStringLiteral("supervisorQueueAction"));
    QAction *leases = menu->addAction(tr("Terminal &leases…"), this, &SyncDesk::showLeases);
    leases->setObjectName(QStringLiteral("terminalLeasesAction"));
    menu->addSeparator();
    m_workOffline = menu->addAction(tr("Work &offline"));
    m_workOffline->setObjectName(QStringLiteral("workOfflineAction"));
    m_workOffline->setCheckable(true);
    m_workOffline->setChecked(sync.engine().isForcedOffline());
    connect(m_workOffline, &QAction::toggled, this, [this](bool offline) {
        m_sync.engine().setForcedOffline(offline);
        m_status->refresh();
    });
    QAction *now = menu->addAction(tr("Sync &now"), this, [this] { m_sync.engine().kick(); });
    now->setObjectName(QStringLiteral("syncNowAction"));

    window->statusBar()->addPermanentWidget(m_status);
    // The seat maps follow the server: other counters' sales and holds, and whether a sale
    // goes online or to the lease.
    // Pages of changes coming in quick succession reload the maps once.
    auto *reload = new QTimer(this);
    reload->setSingleShot(true);
    reload->setInterval(200);
    connect(reload, &QTimer::timeout, this, [this] {
        if (!m_window)
            return;
        const auto screens = m_window->findChildren<SalesScreen *>();
        for (SalesScreen *screen : screens)
            screen->reloadInventory();
    });
    auto reloadScreens = [reload] {
        if (!reload->isActive())
            reload->start();
    };
    connect(&sync.engine(), &SyncEngine::changesApplied, this, reloadScreens);
    connect(&sync.engine(), &SyncEngine::onlineChanged, this, reloadScreens);
    connect(m_status,
            &SyncStatusWidget::supervisorQueueRequested,
            this,
            &SyncDesk::showSupervisorQueue);
    window->installEventFilter(this);
}

void SyncDesk::setQuitConfirmation(std::function<bool(int)> confirm)
{
    m_confirmQuit = std::move(confirm);
}

void SyncDesk::showServerSettings()
{
    ServerSettingsDialog dialog(m_sync, m_window);
    dialog.exec();
    m_workOffline->setChecked(m_sync.engine().isForcedOffline());
    m_status->refresh();
    if (const QString path = dialog.switchPath(); !path.isEmpty())
        Q_EMIT databaseSwitchRequested(path);
}

void SyncDesk::showSupervisorQueue()
{
    SupervisorQueueDialog dialog(m_sync, m_window);
    dialog.exec();
    m_status->refresh();
}

void SyncDesk::showLeases()
{
    LeaseDialog dialog(m_sync, m_window);
    if (auto *main = qobject_cast<MainWindow *>(m_window.data())) {
        if (SalesScreen *screen = main->currentSalesScreen()) {
            dialog.selectPerformance(screen->performance());
            dialog.setSelection(screen->performance(), screen->basketModel()->basket().seats());
        }
    }
    dialog.exec();
    m_status->refresh();
}

bool SyncDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        const auto depth = m_sync.outbox().depth();
        if (depth && *depth > 0) {
            const bool close
                = m_confirmQuit
                      ? m_confirmQuit(*depth)
                      : QMessageBox::warning(
                            m_window,
                            tr("Quit"),
                            tr("%n operation(s) in the outbox have not reached the server yet. "
                               "They stay on this computer and are sent when Parkett runs "
                               "again with the server in reach. Quit anyway?",
                               nullptr,
                               *depth),
                            QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::No)
                            == QMessageBox::Yes;
            if (!close) {
                event->ignore();
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace parkett
