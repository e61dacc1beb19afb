// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/customermerge.h"

namespace parkett {

Customer mergedCustomer(const Customer &survivor,
                        const Customer &other,
                        const QMap<CustomerField, MergeSide> &choices)
{
    Customer out = survivor;
    for (CustomerField f : customerFields()) {
        if (f == CustomerField::AlternativeEmails || f == CustomerField::WebAccount)
            continue;
        const MergeSide side = choices.value(f, MergeSide::Survivor);
        const QString mine = customerFieldValue(survivor, f);
        const QString theirs = customerFieldValue(other, f);
        if ((side == MergeSide::Other && !theirs.isEmpty()) || (mine.isEmpty() && !theirs.isEmpty()))
            setCustomerFieldValue(out, f, theirs);
    }
    if (choices.value(CustomerField::WebAccount, MergeSide::Survivor) == MergeSide::Other
        || survivor.webAccount == 0) {
        if (other.webAccount != 0) {
            out.webAccount = other.webAccount;
            out.webAccountEmail = other.webAccountEmail;
        }
    }
    QStringList alternatives = survivor.alternativeEmails + other.alternativeEmails;
    for (const QString &e : {survivor.email, other.email}) {
        if (!e.isEmpty())
            alternatives.append(e);
    }
    QStringList unique;
    for (const QString &e : std::as_const(alternatives)) {
        if (e.compare(out.email, Qt::CaseInsensitive) != 0
            && !unique.contains(e, Qt::CaseInsensitive))
            unique.append(e);
    }
    out.alternativeEmails = unique;
    return out;
}

bool canUndoMerge(const QDateTime &mergedAt, const QDateTime &now)
{
    return mergedAt.isValid() && now >= mergedAt && mergedAt.addDays(kMergeUndoDays) >= now;
}

} // namespace parkett
