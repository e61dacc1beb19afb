// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace parkett {

class SyncServices;

/** The status-bar part of connected mode: online or offline, the last sync, the outbox
    depth, refused operations waiting for a supervisor, and the initial sync's progress. */
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncServices &sync, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

    QString stateText() const;
    QString lastSyncText() const;
    QString outboxText() const;
    QString supervisorText() const;
    bool isProgressVisible() const;

public Q_SLOTS:
    /** Reads the outbox depth and the supervisor queue again. */
    void refresh();

Q_SIGNALS:
    void supervisorQueueRequested();

private:
    void showState();
    void showLastSync(const QDateTime &at);

    SyncServices &m_sync;
    QLabel *m_state = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outbox = nullptr;
    QToolButton *m_queue = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace parkett
