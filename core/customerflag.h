// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace parkett {

/** What a flag does besides being shown. */
enum class FlagKind {
    Info,        ///< shown on the card, in search results and at the basket
    BlockedSale, ///< also stops a sale unless a supervisor overrides
};

/** A flag staff can put on customers, defined in the settings: VIP, wheelchair user, blocked. */
struct FlagDefinition
{
    qint64 id = 0;
    QString code;   ///< stable machine word: "vip", "blocked"
    QString name;   ///< shown to staff
    QString colour; ///< "#RRGGBB"
    QString icon;   ///< icon name: "star", "wheelchair", "blocked", "info"
    FlagKind kind = FlagKind::Info;
};

QString flagKindName(FlagKind kind);
Result<FlagKind> flagKindFromName(QStringView name);
/** Checks a definition before it is stored: a code, a name and a #RRGGBB colour. */
Result<void> validateFlagDefinition(const FlagDefinition &flag);

/** The flags among \a flags that block a sale. */
QList<FlagDefinition> blockingFlags(const QList<FlagDefinition> &flags);

/** Whether a customer with \a flags may buy: refused (ErrorCode::IllegalTransition, naming the
    flags) while a blocking flag is set, unless \a supervisorOverride. */
Result<void> checkSaleAllowed(const QList<FlagDefinition> &flags, bool supervisorOverride);

/** A supervisor's login and password, given at the counter (or to parkett-cli) to let a
    customer blocked from sale buy. Whoever places the sale checks them against its users. */
struct SupervisorApproval
{
    QString login;
    QString password;
    bool isSet() const { return !login.isEmpty(); }
};

/** What the blocked-from-sale rule says about a sale that was not refused. */
enum class BlockedSaleDecision {
    Allowed,       ///< no flag of the customer blocks a sale
    CheckApproval, ///< blocked, but a supervisor's approval came with the sale: it may go
                   ///< ahead once the seller has verified the login and password, and it
                   ///< keeps who approved in the order's history
};

/** The blocked-from-sale rule, the one decision every seller makes (SalesService, the
    client's online and offline sales, the server) before anything is written or sent.
    \a customerFlags are the definitions of the flags the customer has. Refused with
    ErrorCode::IllegalTransition ("the customer is blocked from sale (NAMES); a supervisor can
    override") while one of them blocks a sale and \a approval is not set. */
Result<BlockedSaleDecision> decideBlockedSale(const QList<FlagDefinition> &customerFlags,
                                              const SupervisorApproval &approval);
/** The same, for a customer whose flags are given by id (\a customerFlagIds) among all
    \a definitions; an id without a definition blocks nothing. */
Result<BlockedSaleDecision> decideBlockedSale(const QList<qint64> &customerFlagIds,
                                              const QList<FlagDefinition> &definitions,
                                              const SupervisorApproval &approval);

} // namespace parkett
