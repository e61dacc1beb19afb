// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

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

    /** The FTS5 MATCH expression search() runs for \a text; empty when nothing to search. */
    static QString matchExpression(const QString &text);

private:
    Database &m_db;
    QSqlQuery m_searchQuery; ///< prepared once: search-as-you-type runs it on every key
};

} // namespace parkett
