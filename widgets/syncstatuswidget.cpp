// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/syncstatuswidget.h"

#include "sync/outbox.h"
#include "sync/session.h"
#include "sync/supervisorqueue.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace parkett {

SyncStatusWidget::SyncStatusWidget(SyncServices &sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_state(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_outbox(new QLabel(this))
    , m_queue(new QToolButton(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_state->setObjectName(QStringLiteral("syncState"));
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_outbox->setObjectName(QStringLiteral("syncOutbox"));
    m_queue->setObjectName(QStringLiteral("syncSupervisorQueue"));
    m_queue->setAutoRaise(true);
    m_queue->setToolTip(tr("Operations the server refused; a supervisor decides what happens"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_outbox);
    layout->addWidget(m_queue);

    SyncEngine &engine = m_sync.engine();
    connect(&engine, &SyncEngine::onlineChanged, this, [this] { showState(); });
    connect(&engine, &SyncEngine::lastSyncChanged, this, &SyncStatusWidget::showLastSync);
    connect(&engine, &SyncEngine::progress, this, [this](int done, int total, const QString &) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Syncing %v/%m"));
        m_progress->setVisible(done < total);
    });
    connect(&engine, &SyncEngine::initialSyncFinished, this, [this] {
        m_progress->hide();
        refresh();
    });
    connect(&m_sync.outbox(), &Outbox::depthChanged, this, &SyncStatusWidget::refresh);
    connect(&m_sync.outbox(), &Outbox::operationRefused, this, &SyncStatusWidget::refresh);
    connect(&m_sync.session(), &Session::signedIn, this, [this] { showState(); });
    connect(&m_sync.session(), &Session::signedOut, this, [this] { showState(); });
    connect(m_queue, &QToolButton::clicked, this, &SyncStatusWidget::supervisorQueueRequested);

    showState();
    showLastSync(engine.lastSyncAt());
    refresh();
}

void SyncStatusWidget::showState()
{
    const SyncEngine &engine = m_sync.engine();
    if (engine.isForcedOffline()) {
        m_state->setText(tr("Offline (by choice)"));
        m_state->setToolTip(tr("Selling from this terminal's lease; sales wait in the outbox"));
    } else if (!m_sync.session().isSignedIn() && !engine.isOnline()) {
        m_state->setText(tr("Not connected"));
        m_state->setToolTip(tr("No server: sales are kept on this computer"));
    } else if (engine.isOnline()) {
        m_state->setText(tr("Online"));
        m_state->setToolTip(tr("Connected to %1").arg(m_sync.session().server().toDisplayString()));
    } else {
        m_state->setText(tr("Offline"));
        m_state->setToolTip(tr("The server cannot be reached; selling from this terminal's "
                               "lease, sales wait in the outbox"));
    }
}

void SyncStatusWidget::showLastSync(const QDateTime &at)
{
    if (!at.isValid()) {
        m_lastSync->setText(tr("Never synced"));
        return;
    }
    m_lastSync->setText(
        tr("Synced %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)));
}

void SyncStatusWidget::refresh()
{
    const auto depth = m_sync.outbox().depth();
    m_outbox->setText(depth ? tr("Outbox: %n", nullptr, *depth) : tr("Outbox: ?"));
    m_outbox->setToolTip(tr("Operations made here that the server has not received yet"));
    const auto open = m_sync.supervisorQueue().openCount();
    const int refused = open ? *open : 0;
    m_queue->setText(tr("%n refused", nullptr, refused));
    m_queue->setVisible(refused > 0);
    showState();
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::lastSyncText() const
{
    return m_lastSync->text();
}

QString SyncStatusWidget::outboxText() const
{
    return m_outbox->text();
}

QString SyncStatusWidget::supervisorText() const
{
    return m_queue->isVisibleTo(this) ? m_queue->text() : QString();
}

bool SyncStatusWidget::isProgressVisible() const
{
    return m_progress->isVisibleTo(this);
}

} // namespace parkett
