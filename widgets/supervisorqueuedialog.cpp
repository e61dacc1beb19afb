// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/supervisorqueuedialog.h"

#include "core/customerflag.h"
#include "sync/serverclient.h"
#include "sync/supervisorcheck.h"
#include "sync/supervisorqueue.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parkett {

namespace {

QString reasonText(const QString &code)
{
    if (code == QLatin1StringView("lease_missing"))
        return SupervisorQueueDialog::tr("Seats no longer leased to this terminal");
    if (code == QLatin1StringView("seat_unavailable"))
        return SupervisorQueueDialog::tr("Seats taken by another sale");
    if (code == QLatin1StringView("rule_violation"))
        return SupervisorQueueDialog::tr("Seating rules refuse it");
    if (code == QLatin1StringView("operation_reused"))
        return SupervisorQueueDialog::tr("Receipt already on the server");
    if (code == QLatin1StringView("customer_blocked"))
        return SupervisorQueueDialog::tr("Customer blocked from sale, no supervisor approved");
    if (code == QLatin1StringView("illegal_transition"))
        return SupervisorQueueDialog::tr("Not possible in the order's state");
    return code;
}

QString stateText(SupervisorItem::Resolution r)
{
    switch (r) {
    case SupervisorItem::Resolution::Open:
        return SupervisorQueueDialog::tr("Open");
    case SupervisorItem::Resolution::Refunded:
        return SupervisorQueueDialog::tr("Refunded");
    case SupervisorItem::Resolution::Moved:
        return SupervisorQueueDialog::tr("Moved to other seats");
    case SupervisorItem::Resolution::Retried:
        return SupervisorQueueDialog::tr("Sent again");
    case SupervisorItem::Resolution::Accepted:
        return SupervisorQueueDialog::tr("Accepted");
    }
    return QString();
}

} // namespace

SupervisorQueueDialog::SupervisorQueueDialog(SyncServices &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_showResolved(new QCheckBox(tr("Show &resolved"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("supervisorQueueDialog"));
    setWindowTitle(tr("Supervisor queue"));
    m_table->setObjectName(QStringLiteral("supervisorTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Refused"), tr("Order"), tr("Reason"), tr("Server's message"), tr("Seats"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every column as wide as its text; the server's message takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_message->setObjectName(QStringLiteral("supervisorMessage"));
    m_message->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    m_refund = new QPushButton(tr("Re&fund"), this);
    m_refund->setToolTip(tr("Cancel the sale here; the guest gets the money back"));
    m_move = new QPushButton(tr("&Moved…"), this);
    m_move->setToolTip(tr("The guest got other seats through a new sale; cancel this one"));
    m_retry = new QPushButton(tr("Send &again"), this);
    m_retry->setToolTip(tr("Send the sale again, after its seats were leased to this terminal "
                           "again"));
    m_approve = new QPushButton(tr("Appro&ve and send again…"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("A supervisor allows the sale to the blocked customer; the server "
                             "checks the supervisor's password, then the sale goes again"));
    m_accept = new QPushButton(tr("&Accept…"), this);
    m_accept->setToolTip(tr("Leave the sale as it is, with a note"));
    for (QPushButton *b : {m_refund, m_move, m_retry, m_approve, m_accept})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_showResolved);
    connect(m_refund, &QPushButton::clicked, this, &SupervisorQueueDialog::refundSelected);
    connect(m_move, &QPushButton::clicked, this, &SupervisorQueueDialog::moveSelected);
    connect(m_retry, &QPushButton::clicked, this, &SupervisorQueueDialog::retrySelected);
    connect(m_approve, &QPushButton::clicked, this, &SupervisorQueueDialog::approveSelected);
    connect(m_accept, &QPushButton::clicked, this, &SupervisorQueueDialog::acceptSelected);
    connect(m_showResolved, &QCheckBox::toggled, this, &SupervisorQueueDialog::reload);
    connect(m_table,
            &QTableWidget::itemSelectionChanged,
            this,
            &SupervisorQueueDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1100, 420);
    reload();
}

void SupervisorQueueDialog::setNoteProvider(std::function<QString(const QString &)> provider)
{
    m_notes = std::move(provider);
}

void SupervisorQueueDialog::setApprovalProvider(std::function<SupervisorApproval()> provider)
{
    m_approvals = std::move(provider);
}

void SupervisorQueueDialog::reload()
{
    auto items = m_sync.supervisorQueue().items(!m_showResolved->isChecked());
    m_table->setRowCount(0);
    m_ids.clear();
    m_open.clear();
    m_approvable.clear();
    if (!items) {
        report(items.error().message);
        return;
    }
    m_table->setRowCount(int(items->size()));
    for (int row = 0; row < items->size(); ++row) {
        const SupervisorItem &item = items->at(row);
        QStringList seats;
        for (SeatId s : item.seats())
            seats.append(QString::number(s.value));
        const QStringList cells{QLocale().toString(item.refusedAt.toLocalTime(),
                                                   QLocale::ShortFormat),
                                item.orderNumber,
                                reasonText(item.code),
                                item.message,
                                seats.join(QStringLiteral(", ")),
                                item.note.isEmpty()
                                    ? stateText(item.resolution)
                                    : QStringLiteral("%1: %2").arg(stateText(item.resolution),
                                                                   item.note)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_ids.append(item.id);
        m_open.append(item.resolution == SupervisorItem::Resolution::Open);
        m_approvable.append(SupervisorQueue::needsApproval(item));
    }
    if (!m_ids.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 SupervisorQueueDialog::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

void SupervisorQueueDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool open = row >= 0 && row < m_open.size() && m_open.at(row);
    for (QPushButton *b : {m_refund, m_move, m_retry, m_accept})
        b->setEnabled(open);
    m_approve->setEnabled(open && m_approvable.at(row));
}

QString SupervisorQueueDialog::note(const QString &action)
{
    if (m_notes)
        return m_notes(action);
    return QInputDialog::getText(this, action, tr("Note for the record:"));
}

void SupervisorQueueDialog::report(const QString &failure)
{
    m_message->setText(failure.isEmpty() ? QString() : tr("Not done: %1").arg(failure));
}

void SupervisorQueueDialog::refundSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString text = note(tr("Refund"));
    if (text.isEmpty())
        return;
    const UserId user(SyncState(m_sync.database()).userId());
    auto r = m_sync.supervisorQueue().refund(id, text, user, QDateTime::currentDateTimeUtc());
    report(r ? QString() : r.error().message);
    reload();
}

void SupervisorQueueDialog::moveSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString text = note(tr("Moved to other seats"));
    if (text.isEmpty())
        return;
    const UserId user(SyncState(m_sync.database()).userId());
    auto r = m_sync.supervisorQueue().markMoved(id, text, user, QDateTime::currentDateTimeUtc());
    report(r ? QString() : r.error().message);
    reload();
}

void SupervisorQueueDialog::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const UserId user(SyncState(m_sync.database()).userId());
    auto r = m_sync.supervisorQueue().retry(id,
                                            m_sync.outbox(),
                                            user,
                                            QDateTime::currentDateTimeUtc());
    report(r ? QString() : r.error().message);
    if (r)
        m_sync.engine().kick();
    reload();
}

void SupervisorQueueDialog::approveSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    SupervisorApproval approval;
    if (m_approvals) {
        approval = m_approvals();
    } else {
        bool ok = false;
        approval.login = QInputDialog::getText(this,
                                               tr("Supervisor approval"),
                                               tr("Login of the supervisor allowing this sale:"),
                                               QLineEdit::Normal,
                                               QString(),
                                               &ok)
                             .trimmed();
        if (ok && !approval.login.isEmpty())
            approval.password = QInputDialog::getText(this,
                                                      tr("Supervisor approval"),
                                                      tr("Password of %1 (checked by the server):")
                                                          .arg(approval.login),
                                                      QLineEdit::Password,
                                                      QString(),
                                                      &ok);
        if (!ok)
            approval = {};
    }
    if (!approval.isSet())
        return;
    m_approve->setEnabled(false);
    m_message->setText(tr("Checking the supervisor with the server…"));
    const SyncState state(m_sync.database());
    checkSupervisor(m_sync.client().baseUrl(),
                    state.terminalId(),
                    approval.login,
                    approval.password,
                    this,
                    [this, id](const Result<QString> &supervisor) {
                        if (!supervisor) {
                            report(supervisor.error().message);
                            updateButtons();
                            Q_EMIT approvalDone(false);
                            return;
                        }
                        const UserId user(SyncState(m_sync.database()).userId());
                        auto r = m_sync.supervisorQueue().retry(id,
                                                                m_sync.outbox(),
                                                                user,
                                                                QDateTime::currentDateTimeUtc(),
                                                                *supervisor);
                        report(r ? QString() : r.error().message);
                        if (r)
                            m_sync.engine().kick();
                        reload();
                        Q_EMIT approvalDone(bool(r));
                    });
}

void SupervisorQueueDialog::acceptSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString text = note(tr("Accept"));
    if (text.isEmpty())
        return;
    const UserId user(SyncState(m_sync.database()).userId());
    auto r = m_sync.supervisorQueue().accept(id, text, user, QDateTime::currentDateTimeUtc());
    report(r ? QString() : r.error().message);
    reload();
}

} // namespace parkett
