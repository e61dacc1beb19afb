// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"

#include <functional>
#include <memory>

#include <QCollator>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace parkett {

class Database;
class StatementCache;

/** A customer found by another key than the name index holds. */
struct CustomerKeyHit
{
    enum Kind { AlternativeEmail = 1, Mobile = 2, OrderNumber = 3, TicketBarcode = 4 };
    CustomerId customer;
    Kind kind = OrderNumber;
    QString key; ///< the e-mail, number or barcode that matched
};

/** Customers and their full-text search over name, e-mail, phone and customer number, and
    over the keys index (alternative e-mails, mobile numbers, order numbers, ticket barcodes). */
class CustomerRepository
{
public:
    explicit CustomerRepository(Database &db);
    ~CustomerRepository();
    Q_DISABLE_COPY_MOVE(CustomerRepository)

    /** Validates, normalises the phone to E.164, assigns a number when it has none. Takes
        the customer's id when it has one (connected mode: the server's, or a local one). */
    Result<CustomerId> add(Customer customer);
    /** Validates and writes every contact field and the alternative e-mails; bumps revision. */
    Result<void> update(const Customer &customer);
    /** Writes the record as it is, without validation (anonymising, undoing a merge). */
    Result<void> writeRaw(const Customer &customer);
    /** The customer with its alternative e-mails and web-account e-mail. */
    Result<Customer> customer(CustomerId id);
    /** The customers with \a ids (without alternative e-mails), in that order. */
    Result<QList<Customer>> byIds(const QList<CustomerId> &ids);
    Result<QStringList> alternativeEmails(CustomerId id);
    Result<void> setAlternativeEmails(CustomerId id, const QStringList &emails);
    /** Others (not \a except) with this e-mail (also as an alternative) or phone/mobile. */
    Result<QList<Customer>> withEmailOrPhone(const QString &email,
                                             const QStringList &phones,
                                             CustomerId except);
    Result<Customer> byNumber(const QString &number);
    Result<int> count();

    /** Customers matching what a clerk typed: word prefixes over every field, or the digits
        of a phone number. At most \a limit, ordered by name. */
    Result<QList<Customer>> search(const QString &text,
                                   int limit = 50,
                                   bool alternativeEmails = false);
    /** Only the name index: name, e-mail, phone, customer number. */
    Result<QList<Customer>> searchNames(const QString &text, int limit = 50);
    /** Customers whose number starts with \a prefix (as typed or in capitals), by number. */
    Result<QList<Customer>> byNumberPrefix(const QString &prefix, int limit = 50);
    /** Whether \a text looks like the start of a customer number ("C-0012"): then the
        number index answers it, not the name index. */
    static bool isCustomerNumberLike(const QString &text);
    /** The other keys, one hit per customer: order numbers and ticket codes by a prefix range
        on their unique indexes (one word of letters, digits and dashes), mobile numbers (phone
        input) and alternative e-mails when \a alternativeEmails (the feature setting) through
        the keys index. Text must be at least 3 characters. */
    Result<QList<CustomerKeyHit>> searchKeys(const QString &text, int limit, bool alternativeEmails);

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
    /** The quick try for long words (see searchNames) reads this many candidates per
        result before it judges the rate at which they pass, and gives up when the answer
        would take more than kQuickBudget of them at that rate. */
    static constexpr int kQuickCandidatesPerHit = 2;
    static constexpr int kQuickBudget = 300;

    /** The customers among the rows \a match finds (in index order) whose fields have every
        word of \a words as a word prefix, up to \a limit of them; at most \a maxCandidates are
        read, and with \a budget set reading stops once the rate of passing candidates says the
        limit would take more than \a budget. Only the fields the check needs are read. */
    Result<QList<CustomerId>> checkedCandidates(const QString &match,
                                                const QStringList &words,
                                                int limit,
                                                int maxCandidates,
                                                int budget = 0);

    /** Orders \a customers by name as the user's locale sorts. */
    QList<Customer> sortedByName(QList<Customer> customers) const;

    static QString buildMatch(const QString &text,
                              const std::function<QString(const QString &)> &termForWord);
    static QString foldForSearch(const QString &text);
    static bool hasWordsWithPrefixes(const Customer &customer, const QStringList &prefixes);

    Database &m_db;
    std::unique_ptr<StatementCache> m_statements; ///< the statements of every keystroke
    QCollator m_collator; ///< results are ordered by name as the user's locale sorts
};

} // namespace parkett
