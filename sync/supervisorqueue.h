// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace parkett {

class Database;
class Outbox;

/** An operation the server refused, waiting for a supervisor. */
struct SupervisorItem
{
    enum class Resolution { Open, Refunded, Moved, Retried, Accepted };

    qint64 id = 0;
    QUuid operation;
    OrderId order;       ///< the local order (an offline sale), if any
    QString orderNumber; ///< its number: the receipt of an offline sale ("T2-000041")
    QString route;
    int httpStatus = 0;
    QString code;    ///< the server's error code: "lease_missing", "seat_unavailable"
    QString message; ///< the server's message
    QJsonObject details;
    QDateTime refusedAt;
    Resolution resolution = Resolution::Open;
    QString note;
    QDateTime resolvedAt;
    /** Seats the server named (details.seats), for the supervisor's move. */
    QList<SeatId> seats() const;
};

/** The supervisor queue: every operation the server refused, with its reason, until a
    supervisor resolves it. Nothing in it is ever deleted. Actions: refund the offline sale
    (the local order is cancelled, its money to be paid back), mark it moved (the guest got
    another seat through a new sale), retry it under a new operation id (after the lease was
    granted again; for a customer blocked from sale, with a supervisor's approval), or accept
    it as it is with a note. */
class SupervisorQueue
{
public:
    explicit SupervisorQueue(Database &db)
        : m_db(db)
    {}

    Result<QList<SupervisorItem>> items(bool openOnly = true);
    Result<SupervisorItem> item(qint64 id);
    Result<int> openCount();

    /** Cancels the local order of an offline sale that the server refused. */
    Result<void> refund(qint64 id, const QString &note, UserId user, const QDateTime &now);
    /** Notes that the guest was moved to other seats (sold anew); the refused order is
        cancelled here like a refund. */
    Result<void> markMoved(qint64 id, const QString &note, UserId user, const QDateTime &now);
    /** Appends the same request under a new operation id to \a outbox. With \a approvedBy
        (a supervisor's login, checked with the server: checkSupervisor()), an offline sale
        refused because its customer is blocked from sale goes again with that approval. */
    Result<QUuid> retry(qint64 id,
                        Outbox &outbox,
                        UserId user,
                        const QDateTime &now,
                        const QString &approvedBy = {});
    /** Whether the refusal is one a supervisor's approval answers: an offline sale to a
        customer blocked from sale. */
    static bool needsApproval(const SupervisorItem &item);
    Result<void> accept(qint64 id, const QString &note, UserId user, const QDateTime &now);

    static QString resolutionName(SupervisorItem::Resolution resolution);

private:
    Result<void> resolve(qint64 id,
                         SupervisorItem::Resolution resolution,
                         const QString &note,
                         UserId user,
                         const QDateTime &now);
    Result<void> cancelOrder(const SupervisorItem &item,
                             const QString &reason,
                             const QDateTime &now);

    Database &m_db;
};

} // namespace parkett
