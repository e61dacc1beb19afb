// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QDateTime>
#include <QString>

namespace parkett {

/** One entry of a customer's history: a field change (who, when, old and new value) or an
    action (flag added, consent recorded, web profile linked, merged, exported, anonymised). */
struct CustomerHistoryEntry
{
    qint64 id = 0;
    QDateTime at;
    UserId user;
    QString userName; ///< filled in when read, for display
    QString action;   ///< machine word, see the k* constants below
    QString field;    ///< customerFieldName() for "changed", else what the action is about
    QString oldValue;
    QString newValue;
};

namespace history {
inline constexpr char16_t kCreated[] = u"created";
inline constexpr char16_t kChanged[] = u"changed";
inline constexpr char16_t kFlagAdded[] = u"flag-added";
inline constexpr char16_t kFlagRemoved[] = u"flag-removed";
inline constexpr char16_t kConsent[] = u"consent";
inline constexpr char16_t kWebLinked[] = u"web-linked";
inline constexpr char16_t kWebUnlinked[] = u"web-unlinked";
inline constexpr char16_t kMerged[] = u"merged";
inline constexpr char16_t kMergeUndone[] = u"merge-undone";
inline constexpr char16_t kExported[] = u"gdpr-export";
inline constexpr char16_t kAnonymised[] = u"anonymised";
inline constexpr char16_t kSaleOverride[] = u"sale-override";
} // namespace history

} // namespace parkett
