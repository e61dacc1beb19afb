// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/holds.h"
#include "core/result.h"

#include <QList>

namespace parkett {

class Database;

/** Hold codes and the holds applied to performances: seats (in seat_blocks) and standing
    places (in zone_holds). Writes are meant to run inside the caller's TransactionGuard. */
class HoldRepository
{
public:
    explicit HoldRepository(Database &db)
        : m_db(db)
    {}

    /** The role of the hold code under which places held at other terminals appear in
        connected mode: no user of this terminal has it, the server releases them. */
    static QString otherTerminalRole() { return QStringLiteral("server"); }

    /** Creates or replaces a hold code. */
    Result<void> saveCode(const HoldCode &code);
    Result<QList<HoldCode>> codes();
    Result<HoldCode> code(const QString &code);
    /** Whether places under \a code are held at another terminal (its role is
        otherTerminalRole()); false for a code that is not there. */
    Result<bool> isHeldAtOtherTerminal(const QString &code);

    /** Holds \a seats for \a performance under \a code (replacing another code on them). */
    Result<void> holdSeats(PerformanceId performance,
                           const QList<SeatId> &seats,
                           const QString &code);
    /** Holds \a quantity standing places of \a zone under \a code (0 removes the hold). */
    Result<void> holdStanding(PerformanceId performance,
                              ZoneId zone,
                              const QString &code,
                              int quantity);
    /** Takes the hold off \a seats for \a user; returns how many were held. Refused with
        PermissionDenied, releasing nothing, when the user's role may not release the code
        one of the seats is held under (HoldCode::allowsRole). */
    Result<int> releaseSeats(PerformanceId performance, const QList<SeatId> &seats, UserId user);
    /** Takes every hold of \a code off a performance for \a user; returns how many rows
        went. Refused with PermissionDenied when the user's role may not release \a code. */
    Result<int> releaseCode(PerformanceId performance, const QString &code, UserId user);
    /** The role name of \a user ("box-office", "supervisor"); NotFound for an unknown user. */
    Result<QString> roleOf(UserId user);
    Result<PerformanceHolds> holds(PerformanceId performance);
    /** Copies the holds of \a from onto each of \a to (replacing what those have under the
        same codes); seats not in a target's plan are skipped. Returns the rows written. */
    Result<int> copyHolds(PerformanceId from, const QList<PerformanceId> &to);

private:
    Database &m_db;
};

} // namespace parkett
