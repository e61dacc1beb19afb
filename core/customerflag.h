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

} // namespace parkett
