// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace parkett {

class SyncServices;
class SyncStatusWidget;

/** Connected mode in a main window: a Server menu (settings, supervisor queue, work offline,
    sync now), the sync status in the status bar, and a warning when the window closes with
    operations still in the outbox. */
class SyncDesk final : public QObject
{
    Q_OBJECT

public:
    SyncDesk(QMainWindow *window, SyncServices &sync);
    Q_DISABLE_COPY_MOVE(SyncDesk)

    /** Asked when the window closes with \a depth operations in the outbox; true closes.
        The default asks the user. */
    void setQuitConfirmation(std::function<bool(int depth)> confirm);

    SyncStatusWidget *statusWidget() const { return m_status; }
    QAction *workOfflineAction() const { return m_workOffline; }

public Q_SLOTS:
    void showServerSettings();
    void showSupervisorQueue();
    /** Server > Terminal leases, with the current sales screen's selected seats. */
    void showLeases();

Q_SIGNALS:
    /** Server settings asked the client to work on another file: the server's own cache
        after signing in from a standalone box office, or the standalone file again. */
    void databaseSwitchRequested(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QMainWindow> m_window;
    SyncServices &m_sync;
    SyncStatusWidget *m_status = nullptr;
    QAction *m_workOffline = nullptr;
    std::function<bool(int)> m_confirmQuit;
};

} // namespace parkett
