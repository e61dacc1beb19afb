// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/customerflag.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parkett {

/** The outcome of saving a customer: saved, or a conflict because the record changed since
    it was read (then nothing was written and both versions are here). */
struct CustomerSaveResult
{
    bool conflict = false;
    Customer saved;                  ///< the stored record after the save (when no conflict)
    Customer mine;                   ///< what was to be saved (on conflict)
    Customer theirs;                 ///< what is stored now (on conflict)
    QList<FieldChange> theirChanges; ///< fields they changed since my revision was read
};

/** Another customer that may be the same person. */
struct DuplicateCandidate
{
    enum Reason { SameEmail = 1, SamePhone = 2, SimilarName = 4 };
    Customer customer;
    int reasons = 0;
    double similarity = 0;
};

/** A customer found by search, with what is shown in the result list. */
struct CustomerSearchHit
{
    Customer customer;
    QList<FlagDefinition> flags;
    QString matchedKey; ///< the order number, barcode or other e-mail it was found by
};

/** A web-shop account that a customer can be linked to. */
struct WebAccount
{
    qint64 id = 0;
    QString email;
    QString name;
};

/** A merge as logged. */
struct MergeRecord
{
    qint64 id = 0;
    CustomerId survivor;
    CustomerId merged;
    QString mergedNumber;
    QDateTime at;
    QDateTime undoneAt;
};

} // namespace parkett
