// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parkett {

struct SupervisorApproval;

class SyncServices;

/** The supervisor queue: every operation the server refused, with the server's reason, and
    what a supervisor can do about it: refund the offline sale, note that the guest was moved
    to other seats, send it again (after the lease was granted again), or accept it as it is. */
class SupervisorQueueDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        RefusedColumn,
        OrderColumn,
        ReasonColumn,
        MessageColumn,
        SeatsColumn,
        StateColumn,
        ColumnCount
    };

    explicit SupervisorQueueDialog(SyncServices &sync, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SupervisorQueueDialog)

    /** Asks for the note of an action; empty cancels it. The default asks the user. */
    void setNoteProvider(std::function<QString(const QString &action)> provider);
    /** Asks for the approving supervisor's login and password; an empty login cancels. The
        default asks the user. */
    void setApprovalProvider(std::function<SupervisorApproval()> provider);

    QTableWidget *table() const { return m_table; }
    /** The item ids in the table's order. */
    QList<qint64> itemIds() const { return m_ids; }

Q_SIGNALS:
    /** The server's answer to an approval came and was acted on (\a queued: the sale goes
        again), or the check failed. */
    void approvalDone(bool queued);

public Q_SLOTS:
    void reload();
    void refundSelected();
    void moveSelected();
    void retrySelected();
    /** A sale refused because its customer is blocked: a supervisor's login and password,
        checked with the server, then the sale again with that approval. */
    void approveSelected();
    void acceptSelected();

private:
    qint64 selectedId() const;
    QString note(const QString &action);
    void report(const QString &failure);
    void updateButtons();

    SyncServices &m_sync;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showResolved = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_accept = nullptr;
    QList<qint64> m_ids;
    QList<bool> m_open;
    QList<bool> m_approvable;
    std::function<QString(const QString &)> m_notes;
    std::function<SupervisorApproval()> m_approvals;
};

} // namespace parkett
