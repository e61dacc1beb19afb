// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/serverflags.h"

#include "storage/customerservice.h"
#include "storage/database.h"

namespace parkett {

ServerFlags ServerFlags::fromLocal(const QList<qint64> &flags,
                                   const QList<FlagDefinition> &definitions)
{
    ServerFlags out;
    for (const FlagDefinition &d : definitions) {
        if (!flags.contains(d.id))
            continue;
        out.codes.append(d.code);
        out.blocked = out.blocked || d.kind == FlagKind::BlockedSale;
    }
    return out;
}

QList<qint64> ServerFlags::toLocal(const QList<FlagDefinition> &definitions) const
{
    QList<qint64> out;
    bool blocking = false;
    for (const FlagDefinition &d : definitions) {
        if (!codes.contains(d.code))
            continue;
        // The server's block decides; a blocking code without it would refuse sales here
        // that the server lets through.
        if (d.kind == FlagKind::BlockedSale && !blocked)
            continue;
        out.append(d.id);
        blocking = blocking || d.kind == FlagKind::BlockedSale;
    }
    if (blocked && !blocking) {
        for (const FlagDefinition &d : definitions) {
            if (d.kind == FlagKind::BlockedSale) {
                out.append(d.id);
                break;
            }
        }
    }
    return out;
}

Result<void> ServerFlags::store(Database &db, CustomerId customer, const QDateTime &now) const
{
    CustomerService customers(db);
    auto definitions = customers.flagDefinitions();
    if (!definitions)
        return definitions.error();
    auto current = customers.flags(customer);
    if (!current)
        return current.error();
    const QList<qint64> wanted = toLocal(*definitions);
    TransactionGuard tx(db);
    if (!tx.isActive())
        return tx.beginError();
    for (const FlagDefinition &f : std::as_const(*current)) {
        if (!wanted.contains(f.id)) {
            if (auto r = customers.removeFlag(customer, f.id, now); !r)
                return r;
        }
    }
    for (qint64 id : wanted) {
        if (auto r = customers.addFlag(customer, id, now); !r)
            return r;
    }
    return tx.commit();
}

} // namespace parkett
