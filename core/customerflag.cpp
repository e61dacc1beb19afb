// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customerflag.h"

#include <QRegularExpression>
#include <QStringList>

namespace parkett {

QString flagKindName(FlagKind kind)
{
    return kind == FlagKind::BlockedSale ? QStringLiteral("blocked-sale") : QStringLiteral("info");
}

Result<FlagKind> flagKindFromName(QStringView name)
{
    if (name == u"info")
        return FlagKind::Info;
    if (name == u"blocked-sale")
        return FlagKind::BlockedSale;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown flag kind \"%1\"").arg(name.toString()));
}

Result<void> validateFlagDefinition(const FlagDefinition &flag)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9-]*$"));
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!code.match(flag.code).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("flag code \"%1\" must be lower-case letters, digits, -")
                             .arg(flag.code));
    if (flag.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a flag needs a name"));
    if (!colour.match(flag.colour).hasMatch())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("flag colour \"%1\" is not #RRGGBB").arg(flag.colour));
    return {};
}

QList<FlagDefinition> blockingFlags(const QList<FlagDefinition> &flags)
{
    QList<FlagDefinition> out;
    for (const FlagDefinition &f : flags) {
        if (f.kind == FlagKind::BlockedSale)
            out.append(f);
    }
    return out;
}

Result<void> checkSaleAllowed(const QList<FlagDefinition> &flags, bool supervisorOverride)
{
    const QList<FlagDefinition> blocking = blockingFlags(flags);
    if (blocking.isEmpty() || supervisorOverride)
        return {};
    QStringList names;
    for (const FlagDefinition &f : blocking)
        names.append(f.name);
    return makeError(ErrorCode::IllegalTransition,
                     QStringLiteral("the customer is blocked from sale (%1); a supervisor can "
                                    "override")
                         .arg(names.join(QStringLiteral(", "))));
}

Result<BlockedSaleDecision> decideBlockedSale(const QList<FlagDefinition> &customerFlags,
                                              const SupervisorApproval &approval)
{
    if (blockingFlags(customerFlags).isEmpty())
        return BlockedSaleDecision::Allowed;
    if (auto allowed = checkSaleAllowed(customerFlags, approval.isSet()); !allowed)
        return allowed.error();
    return BlockedSaleDecision::CheckApproval;
}

Result<BlockedSaleDecision> decideBlockedSale(const QList<qint64> &customerFlagIds,
                                              const QList<FlagDefinition> &definitions,
                                              const SupervisorApproval &approval)
{
    QList<FlagDefinition> flags;
    for (const FlagDefinition &d : definitions) {
        if (customerFlagIds.contains(d.id))
            flags.append(d);
    }
    return decideBlockedSale(flags, approval);
}

} // namespace parkett
