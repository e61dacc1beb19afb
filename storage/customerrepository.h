// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"

#include <functional>

#include <QCollator>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace parkett {

class Database;

/** Customers and their full-text search over name, e-mail, phone and customer number. */
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db)
        : m_db(db)
    {}

    /** Validates, normalises the phone to E.164, assigns a number when it has none. */
    Result<CustomerId> add(Customer customer);
    Result<void> update(const Customer &customer);
    Result<Customer> customer(CustomerId id);
    Result<Customer> byNumber(const QString &number);
    Result<int> count();

    /** Customers matching what a clerk typed: word prefixes over every field, or the digits
        of a phone number. At most \a limit, ordered by name. */
    Result<QList<Customer>> search(const QString &text, int limit = 50);

    /** The plain FTS5 MATCH expression for \a text (every word a prefix); empty when there is
        nothing to search. search() gives the same answers, faster for long words. */
    static QString matchExpression(const QString &text);

    /** Prefix lengths with their own FTS5 index (schema: prefix='1 2 3 4 5 6'). */
    static constexpr int kMaxIndexedPrefix = 6;

private:
    /** Up to this many indexed words are or-ed for a word longer than kMaxIndexedPrefix. */
    static constexpr int kMaxExpandedTerms = 64;
    /** Documents under a long prefix above which it is searched by its indexed prefix. */
    static constexpr qint64 kLargeDoclist = 2000;
    /** Candidates looked at for a word that is checked after the index. */
    static constexpr int kMaxCandidates = 4000;

    static QString buildMatch(const QString &text,
                              const std::function<QString(const QString &)> &termForWord);
    static QString foldForSearch(const QString &text);
    static bool hasWordsWithPrefixes(const Customer &customer, const QStringList &prefixes);

    Database &m_db;
    QSqlQuery m_searchQuery; ///< prepared once: search-as-you-type runs it on every key
    bool m_searchPrepared = false;
    QCollator m_collator; ///< results are ordered by name as the user's locale sorts
};

} // namespace parkett
