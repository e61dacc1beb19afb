// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customerflag.h"
#include "core/ids.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace parkett {

class Database;

/** A customer's flags as the server keeps them (docs/api.md, the customer's "flags" and
    "blocked"): the codes of the flag definitions, and whether the customer is blocked from
    sale. Terminals share codes, not ids: each store numbers its own definitions. */
struct ServerFlags
{
    QStringList codes;
    bool blocked = false;

    /** What the server should keep for a customer with the flag ids \a flags among
        \a definitions: their codes, and blocked when one of them blocks a sale. */
    static ServerFlags fromLocal(const QList<qint64> &flags,
                                 const QList<FlagDefinition> &definitions);
    /** The flag ids among \a definitions that stand for these flags here: the codes this
        store defines (others are left out), and the block as the server says it: a blocked
        customer without a blocking code gets this store's first blocking flag, and one that
        is not blocked none. */
    QList<qint64> toLocal(const QList<FlagDefinition> &definitions) const;

    /** Gives the cached customer \a customer these flags, through CustomerService (each
        change in the customer's history); inside the caller's transaction, if any. */
    Result<void> store(Database &db, CustomerId customer, const QDateTime &now) const;
};

} // namespace parkett
