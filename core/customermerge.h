// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"

#include <QDateTime>
#include <QMap>

namespace parkett {

/** Which customer's value survives a merge, per field. */
enum class MergeSide { Survivor, Other };

/** How long a merge can be undone. */
inline constexpr int kMergeUndoDays = 30;

/** The surviving record of merging \a other into \a survivor: each field from the side chosen
    in \a choices (the survivor's when not chosen, or when the chosen value is empty and the
    other is not). Alternative e-mails are the union of both, plus the e-mail that did not
    survive, so no address is lost. Identity (id, number, created, revision) stays the
    survivor's. */
Customer mergedCustomer(const Customer &survivor,
                        const Customer &other,
                        const QMap<CustomerField, MergeSide> &choices);

bool canUndoMerge(const QDateTime &mergedAt, const QDateTime &now);

} // namespace parkett
