// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerrepository.h"

#include "storage/database.h"
#include "storage/statementcache.h"

#include <algorithm>
#include <optional>

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace parkett {

namespace {

constexpr const char *kColumns
    = "c.id, c.number, c.first_name, c.last_name, c.email, c.phone, c.created_at, c.mobile,"
      " c.company, c.language, c.birthday, c.street, c.postcode, c.city, c.country, c.note,"
      " c.web_account_id, c.revision, c.anonymised_at,"
      " (SELECT w.email FROM web_accounts w WHERE w.id = c.web_account_id)";

Customer fromRow(const QSqlQuery &q)
{
    Customer c;
    c.id = CustomerId(q.value(0).toLongLong());
    c.number = q.value(1).toString();
    c.firstName = q.value(2).toString();
    c.lastName = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.createdAt = Database::timeFromText(q.value(6).toString());
    c.mobile = q.value(7).toString();
    c.company = q.value(8).toString();
    c.language = q.value(9).toString();
    c.birthday = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.address.street = q.value(11).toString();
    c.address.postcode = q.value(12).toString();
    c.address.city = q.value(13).toString();
    c.address.country = q.value(14).toString();
    c.note = q.value(15).toString();
    c.webAccount = q.value(16).toLongLong();
    c.revision = q.value(17).toInt();
    c.anonymisedAt = Database::timeFromText(q.value(18).toString());
    c.webAccountEmail = q.value(19).toString();
    return c;
}

QVariant idOrNull(qint64 v)
{
    return v != 0 ? QVariant(v) : QVariant();
}

/** The first string after every string that starts with \a prefix, in binary order: the
    end of a b-tree range scan for the prefix. */
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

/** Digits and phone punctuation with at least three digits: a phone number being typed. */
bool isPhoneLike(const QString &text, QString *digits = nullptr)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+(]?[0-9][0-9 ()./-]*$"));
    QString d;
    for (QChar ch : text) {
        if (ch.isDigit() && ch.unicode() < 128)
            d += ch;
    }
    if (d.size() < 3 || !phoneLike.match(text).hasMatch())
        return false;
    if (digits)
        *digits = d;
    return true;
}

/** One word of letters, digits and dashes: possibly the start of an order number or a ticket
    code, which are found by their unique indexes. */
bool isCodeLike(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*$"));
    return text.size() >= 3 && code.match(text).hasMatch();
}

QString jsonIdArray(const QList<CustomerId> &ids)
{
    QString out = QStringLiteral("[");
    for (CustomerId id : ids) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += QString::number(id.value);
    }
    return out + QLatin1Char(']');
}

} // namespace

CustomerRepository::CustomerRepository(Database &db)
    : m_db(db)
    , m_statements(std::make_unique<StatementCache>(db))
{}

CustomerRepository::~CustomerRepository() = default;

bool CustomerRepository::isCustomerNumberLike(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[A-Za-z]{1,3}-[0-9]+$"));
    return number.match(text.trimmed()).hasMatch();
}

QString CustomerRepository::matchExpression(const QString &text)
{
    return buildMatch(text, [](const QString &word) {
        return QLatin1Char('"') + word + QStringLiteral("\"*");
    });
}

QString CustomerRepository::buildMatch(const QString &text,
                                       const std::function<QString(const QString &)> &termForWord)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QString();
    // Phone-like input: only digits and phone punctuation, with at least three digits.
    if (QString digits; isPhoneLike(t, &digits)) {
        if (digits.startsWith(QStringLiteral("00")))
            digits.remove(0, 2);
        // A number in national form ("020 ...") is indexed without its trunk zero.
        const QString national = digits.startsWith(QLatin1Char('0')) ? digits.mid(1) : digits;
        QString expr = QStringLiteral("{phone number} : %1*").arg(digits);
        if (national != digits && !national.isEmpty())
            expr += QStringLiteral(" OR phone : %1*").arg(national);
        return expr;
    }
    // Otherwise every word is a prefix that must appear in some column. Words are split as
    // the unicode61 tokenizer splits them, and quoted so no input is read as FTS syntax.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (QString term = termForWord(word); !term.isEmpty())
            terms.append(term);
        word.clear();
    };
    for (QChar ch : t) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            word += ch;
        else
            flush();
    }
    flush();
    return terms.join(QStringLiteral(" AND "));
}

QString CustomerRepository::foldForSearch(const QString &text)
{
    // What unicode61 with remove_diacritics does, closely enough to check a word prefix.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.unicode() < 128;
    });
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar ch : decomposed) {
        if (ch.category() != QChar::Mark_NonSpacing)
            out += ch;
    }
    return out.toCaseFolded();
}

bool CustomerRepository::hasWordsWithPrefixes(const Customer &c, const QStringList &prefixes)
{
    const QString fields[] = {foldForSearch(c.firstName),
                              foldForSearch(c.lastName),
                              foldForSearch(c.email),
                              foldForSearch(c.number)};
    for (const QString &prefix : prefixes) {
        bool found = false;
        for (const QString &field : fields) {
            // A word starts at the beginning or after a character that is not a letter or digit.
            for (qsizetype at = field.indexOf(prefix); at >= 0 && !found;
                 at = field.indexOf(prefix, at + 1))
                found = at == 0 || !field.at(at - 1).isLetterOrNumber();
            if (found)
                break;
        }
        if (!found)
            return false;
    }
    return true;
}

Result<CustomerId> CustomerRepository::add(Customer customer)
{
    if (auto v = validateCustomer(customer); !v)
        return v.error();
    customer = normalizedCustomer(std::move(customer));
    if (!customer.createdAt.isValid())
        customer.createdAt = QDateTime::currentDateTimeUtc();
    // Numbers given on import or by the demo seeder do not advance the counter: skip those.
    while (customer.number.isEmpty()) {
        auto next = m_db.scalar(
            QStringLiteral("INSERT INTO counters (name, value) VALUES ('customer', 1)"
                           " ON CONFLICT (name) DO UPDATE SET value = value + 1"
                           " RETURNING value"));
        if (!next)
            return next.error();
        const QString number = QStringLiteral("C-%1").arg(next->toLongLong(),
                                                          6,
                                                          10,
                                                          QLatin1Char('0'));
        auto taken = m_db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE number = ?"),
                                 {number});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            customer.number = number;
    }
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO customers (id, number, first_name, last_name, email, phone, created_at,"
            " mobile, company, language, birthday, street, postcode, city, country, note,"
            " web_account_id, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, 1)"),
        {idOrNull(customer.id.value),
         customer.number,
         customer.firstName,
         customer.lastName,
         customer.email,
         customer.phone,
         Database::timeText(customer.createdAt),
         customer.mobile,
         customer.company,
         customer.language,
         customer.birthday.isValid() ? customer.birthday.toString(Qt::ISODate) : QString(),
         customer.address.street,
         customer.address.postcode,
         customer.address.city,
         customer.address.country,
         customer.note,
         idOrNull(customer.webAccount)});
    if (!q)
        return q.error();
    const CustomerId id(q->lastInsertId().toLongLong());
    if (auto r = setAlternativeEmails(id, customer.alternativeEmails); !r)
        return r.error();
    return id;
}

Result<void> CustomerRepository::update(const Customer &customer)
{
    if (auto v = validateCustomer(customer); !v)
        return v.error();
    const Customer c = normalizedCustomer(customer);
    auto q = m_db.exec(
        QStringLiteral("UPDATE customers SET first_name = ?, last_name = ?, email = ?, phone = ?,"
                       " mobile = ?, company = ?, language = ?, birthday = ?, street = ?,"
                       " postcode = ?, city = ?, country = ?, note = ?, web_account_id = ?,"
                       " revision = revision + 1 WHERE id = ?"),
        {c.firstName,
         c.lastName,
         c.email,
         c.phone,
         c.mobile,
         c.company,
         c.language,
         c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
         c.address.street,
         c.address.postcode,
         c.address.city,
         c.address.country,
         c.note,
         idOrNull(c.webAccount),
         c.id.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("customer %1 not found").arg(customer.id.value));
    return setAlternativeEmails(c.id, c.alternativeEmails);
}

Result<void> CustomerRepository::writeRaw(const Customer &c)
{
    auto q = m_db.exec(
        QStringLiteral("UPDATE customers SET first_name = ?, last_name = ?, email = ?, phone = ?,"
                       " mobile = ?, company = ?, language = ?, birthday = ?, street = ?,"
                       " postcode = ?, city = ?, country = ?, note = ?, web_account_id = ?,"
                       " anonymised_at = ?, revision = revision + 1 WHERE id = ?"),
        {c.firstName,
         c.lastName,
         c.email,
         c.phone,
         c.mobile,
         c.company,
         c.language,
         c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
         c.address.street,
         c.address.postcode,
         c.address.city,
         c.address.country,
         c.note,
         idOrNull(c.webAccount),
         c.anonymisedAt.isValid() ? QVariant(Database::timeText(c.anonymisedAt)) : QVariant(),
         c.id.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("customer %1 not found").arg(c.id.value));
    return setAlternativeEmails(c.id, c.alternativeEmails);
}

Result<void> CustomerRepository::setAlternativeEmails(CustomerId id, const QStringList &emails)
{
    auto current = alternativeEmails(id);
    if (!current)
        return current.error();
    if (*current == emails)
        return {};
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM customer_emails WHERE customer_id = ?"),
                           {id.value});
        !d)
        return d.error();
    int position = 0;
    for (const QString &e : emails) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO customer_emails (customer_id, email,"
                                              " position) VALUES (?, ?, ?)"),
                               {id.value, e, position++});
            !q)
            return q.error();
    }
    return {};
}

Result<QStringList> CustomerRepository::alternativeEmails(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT email FROM customer_emails WHERE customer_id = ?"
                                      " ORDER BY position, id"),
                       {id.value});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<Customer> CustomerRepository::customer(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customers c WHERE c.id = ?")
                           .arg(QLatin1StringView(kColumns)),
                       {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(id.value));
    Customer c = fromRow(*q);
    auto emails = alternativeEmails(id);
    if (!emails)
        return emails.error();
    c.alternativeEmails = *emails;
    return c;
}

Result<QList<Customer>> CustomerRepository::withEmailOrPhone(const QString &email,
                                                             const QStringList &phones,
                                                             CustomerId except)
{
    QList<Customer> out;
    QSet<qint64> seen;
    auto collect = [&](const QString &sql, const QString &value) -> Result<void> {
        if (value.isEmpty())
            return {};
        auto q = m_db.exec(sql.arg(QLatin1StringView(kColumns)), {value, except.value});
        if (!q)
            return q.error();
        while (q->next()) {
            Customer c = fromRow(*q);
            if (!seen.contains(c.id.value)) {
                seen.insert(c.id.value);
                out.append(std::move(c));
            }
        }
        return {};
    };
    const QString byEmail = QStringLiteral(
        "SELECT %1 FROM customers c WHERE c.email = ? COLLATE NOCASE AND c.id <> ? LIMIT 20");
    const QString byAlternative = QStringLiteral(
        "SELECT %1 FROM customers c WHERE c.id IN (SELECT customer_id FROM customer_emails"
        " WHERE email = ? COLLATE NOCASE) AND c.id <> ? LIMIT 20");
    const QString byPhone = QStringLiteral(
        "SELECT %1 FROM customers c WHERE c.phone = ? AND c.id <> ? LIMIT 20");
    const QString byMobile = QStringLiteral(
        "SELECT %1 FROM customers c WHERE c.mobile = ? AND c.id <> ? LIMIT 20");
    if (auto r = collect(byEmail, email); !r)
        return r.error();
    if (auto r = collect(byAlternative, email); !r)
        return r.error();
    for (const QString &phone : phones) {
        if (auto r = collect(byPhone, phone); !r)
            return r.error();
        if (auto r = collect(byMobile, phone); !r)
            return r.error();
    }
    return out;
}

Result<Customer> CustomerRepository::byNumber(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customers c WHERE c.number = ?")
                           .arg(QLatin1StringView(kColumns)),
                       {number});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no customer with number %1").arg(number));
    return fromRow(*q);
}

Result<int> CustomerRepository::count()
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!v)
        return v.error();
    return v->toInt();
}

Result<QList<CustomerKeyHit>> CustomerRepository::searchKeys(const QString &text,
                                                             int limit,
                                                             bool alternativeEmails)
{
    const QString t = text.trimmed();
    QList<CustomerKeyHit> out;
    if (t.size() < 3 || limit <= 0)
        return out;
    QSet<qint64> seen;
    auto take = [&](QSqlQuery &q, CustomerKeyHit::Kind kind) {
        while (out.size() < limit && q.next()) {
            const qint64 customer = q.value(0).toLongLong();
            if (customer == 0 || seen.contains(customer))
                continue;
            seen.insert(customer);
            out.append(CustomerKeyHit{CustomerId(customer), kind, q.value(1).toString()});
        }
    };
    // Order numbers and ticket codes have b-tree indexes: a prefix is a short range scan there
    // (an FTS5 prefix query over millions of numbers would merge every matching doclist
    // first). Order numbers come from the partial index of orders with a customer, so
    // anonymous counter sales neither hide a customer's order nor make the scan long.
    if (isCodeLike(t)) {
        QStringList prefixes{t.toUpper()};
        if (prefixes.first() != t)
            prefixes.append(t);
        for (const QString &prefix : std::as_const(prefixes)) {
            auto orders = m_statements->exec(
                QStringLiteral("SELECT customer_id, number FROM orders INDEXED BY"
                               " ix_orders_customer_number WHERE customer_id IS NOT NULL AND"
                               " number >= ? AND number < ? ORDER BY number LIMIT ?"),
                {prefix, prefixEnd(prefix), limit * 4});
            if (!orders)
                return orders.error();
            take(**orders, CustomerKeyHit::OrderNumber);
            auto tickets = m_statements->exec(
                QStringLiteral("SELECT o.customer_id, t.barcode FROM (SELECT order_id, barcode"
                               " FROM tickets WHERE barcode >= ? AND barcode < ? ORDER BY barcode"
                               " LIMIT ?) t JOIN orders o ON o.id = t.order_id"
                               " WHERE o.customer_id IS NOT NULL"),
                {prefix, prefixEnd(prefix), limit * 4});
            if (!tickets)
                return tickets.error();
            take(**tickets, CustomerKeyHit::TicketBarcode);
        }
    }
    // Mobile numbers and alternative e-mails are in the keys index (schema 9).
    QString digits;
    const bool phone = isPhoneLike(t, &digits);
    const bool emailLike = alternativeEmails
                           && std::any_of(t.cbegin(),
                                          t.cend(),
                                          [](QChar ch) { return ch.isLetter(); })
                           && !t.contains(QLatin1Char(' ')) && !t.contains(QLatin1Char('"'))
                           && !t.contains(QLatin1Char('*'));
    if (out.size() >= limit || (!phone && !emailLike))
        return out;
    if (phone && digits.startsWith(QStringLiteral("00")))
        digits.remove(0, 2);
    const QString term = QLatin1Char('"') + (phone ? digits : t) + QStringLiteral("\"*");
    auto q = m_statements->exec(
        QStringLiteral(
            "SELECT CASE k.rowid % 8"
            " WHEN 1 THEN (SELECT e.customer_id FROM customer_emails e WHERE e.id = k.rowid / 8)"
            " WHEN 2 THEN k.rowid / 8 END,"
            " CASE k.rowid % 8"
            " WHEN 1 THEN (SELECT e.email FROM customer_emails e WHERE e.id = k.rowid / 8)"
            " WHEN 2 THEN (SELECT c.mobile FROM customers c WHERE c.id = k.rowid / 8) END,"
            " k.rowid % 8"
            " FROM (SELECT rowid FROM customer_keys_fts WHERE customer_keys_fts MATCH ?"
            " LIMIT ?) k"),
        {term, limit * 4});
    if (!q)
        return q.error();
    while (out.size() < limit && (*q)->next()) {
        const auto kind = CustomerKeyHit::Kind((*q)->value(2).toInt());
        const qint64 customer = (*q)->value(0).toLongLong();
        if (customer == 0 || (kind == CustomerKeyHit::AlternativeEmail && !alternativeEmails)
            || seen.contains(customer))
            continue;
        seen.insert(customer);
        out.append(CustomerKeyHit{CustomerId(customer), kind, (*q)->value(1).toString()});
    }
    return out;
}

Result<QList<Customer>> CustomerRepository::byNumberPrefix(const QString &prefix, int limit)
{
    const QString t = prefix.trimmed();
    QList<Customer> out;
    if (t.isEmpty() || limit <= 0)
        return out;
    QStringList prefixes{t.toUpper()};
    if (prefixes.first() != t)
        prefixes.append(t);
    QSet<qint64> seen;
    for (const QString &p : std::as_const(prefixes)) {
        auto q = m_statements->exec(
            QStringLiteral("SELECT %1 FROM (SELECT id FROM customers WHERE number >= ? AND"
                           " number < ? ORDER BY number LIMIT ?) k JOIN customers c ON c.id = k.id"
                           " ORDER BY c.number")
                .arg(QLatin1StringView(kColumns)),
            {p, prefixEnd(p), limit});
        if (!q)
            return q.error();
        while (out.size() < limit && (*q)->next()) {
            Customer c = fromRow(**q);
            if (!seen.contains(c.id.value)) {
                seen.insert(c.id.value);
                out.append(std::move(c));
            }
        }
    }
    return out;
}

Result<QList<Customer>> CustomerRepository::byIds(const QList<CustomerId> &ids)
{
    if (ids.isEmpty())
        return QList<Customer>();
    auto q = m_statements->exec(QStringLiteral("SELECT %1 FROM customers c WHERE c.id IN"
                                               " (SELECT value FROM json_each(?))")
                                    .arg(QLatin1StringView(kColumns)),
                                {jsonIdArray(ids)});
    if (!q)
        return q.error();
    QHash<qint64, Customer> byId;
    while ((*q)->next()) {
        Customer c = fromRow(**q);
        byId.insert(c.id.value, std::move(c));
    }
    QList<Customer> out;
    for (CustomerId id : ids) {
        if (byId.contains(id.value))
            out.append(byId.value(id.value));
    }
    return out;
}

Result<QList<Customer>> CustomerRepository::search(const QString &text,
                                                   int limit,
                                                   bool alternativeEmails)
{
    // Keys that name one customer exactly (order number, barcode, another e-mail) come first.
    auto keys = searchKeys(text, limit, alternativeEmails);
    if (!keys)
        return keys.error();
    QList<CustomerId> keyIds;
    for (const CustomerKeyHit &hit : std::as_const(*keys))
        keyIds.append(hit.customer);
    auto byKey = byIds(keyIds);
    if (!byKey)
        return byKey.error();
    auto names = isCustomerNumberLike(text) ? byNumberPrefix(text, limit)
                                            : searchNames(text, limit);
    if (!names)
        return names.error();
    if (byKey->isEmpty())
        return names;
    QList<Customer> out = *byKey;
    QSet<qint64> seen;
    for (const Customer &c : std::as_const(out))
        seen.insert(c.id.value);
    for (Customer &c : *names) {
        if (out.size() >= limit)
            break;
        if (!seen.contains(c.id.value))
            out.append(std::move(c));
    }
    return out;
}

QList<Customer> CustomerRepository::sortedByName(QList<Customer> customers) const
{
    // Sort keys are computed once per row, not once per comparison.
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i)
        keys.append(
            {m_collator.sortKey(customers.at(i).lastName + QChar(1) + customers.at(i).firstName),
             i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first) < 0;
    });
    QList<Customer> sorted;
    sorted.reserve(customers.size());
    for (const auto &k : keys)
        sorted.append(std::move(customers[k.second]));
    return sorted;
}

Result<QList<Customer>> CustomerRepository::searchNames(const QString &text, int limit)
{
    // Words up to the longest prefix index are prefix queries on that index. A longer word is
    // expanded to the indexed words it starts (from the FTS vocabulary) when there are few,
    // so the query reads those words' doclists lazily instead of merging them all first.
    bool impossible = false;
    std::optional<Error> failure;
    QHash<QString, std::pair<QString, bool>> expanded; // word: its term, checked after
    auto vocabularyTerm = [&](const QString &word, QStringList &checked) -> QString {
        const QString folded = foldForSearch(word);
        if (auto known = expanded.constFind(word); known != expanded.cend()) {
            impossible = impossible || known->first.isEmpty();
            if (known->second)
                checked.append(folded);
            return known->first;
        }
        QString upper = folded;
        upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
        auto vocab = m_statements->exec(QStringLiteral("SELECT term, doc FROM customers_fts_vocab"
                                                       " WHERE term >= ? AND term < ? LIMIT ?"),
                                        {folded, upper, kMaxExpandedTerms + 1});
        if (!vocab) {
            failure = vocab.error();
            return QString();
        }
        QStringList exact;
        qint64 docs = 0;
        while ((*vocab)->next()) {
            exact.append(QLatin1Char('"') + (*vocab)->value(0).toString() + QLatin1Char('"'));
            docs += (*vocab)->value(1).toLongLong();
        }
        QString term;
        bool check = false;
        if (exact.isEmpty()) {
            impossible = true;
        } else if (exact.size() <= kMaxExpandedTerms) {
            term = QLatin1Char('(') + exact.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        } else if (docs < kLargeDoclist) {
            // Many different words share this long prefix and each is rare (e-mail names with
            // numbers): the plain prefix query reads only their short doclists.
            term = QLatin1Char('"') + word + QStringLiteral("\"*");
        } else {
            // A common word ("christensen") and many rare ones: the indexed prefix finds the
            // candidates lazily and each is checked for the whole word.
            term = QLatin1Char('"') + word.left(kMaxIndexedPrefix) + QStringLiteral("\"*");
            check = true;
        }
        expanded.insert(word, {term, check});
        if (check)
            checked.append(folded);
        return term;
    };

    // A word of letters longer than the longest prefix index is tried the quick way first:
    // its indexed prefix finds candidates lazily and each is checked for the whole word. When
    // the word is common ("kovalenko", or "mueller" of mueller123, mueller124... in e-mails)
    // the first candidates pass and the answer is there after reading little more than the
    // limit, without the vocabulary lookup (which counts every document of a common word:
    // 1-2.5 ms at a million customers) or an unindexed prefix over thousands of rare words
    // (3-5 ms). Only a full answer is taken; otherwise the vocabulary decides as before.
    // Words with digits go to the vocabulary in both: they are e-mail words with numbers
    // ("madsen8"), rare under their indexed prefix, whose candidates mostly fail the check
    // (and digits may match the phone column, which the check does not read).
    if (limit > 0) {
        QStringList quickWords;
        int letterWords = 0;
        const QString quick = buildMatch(text, [&](const QString &word) -> QString {
            if (word.size() <= kMaxIndexedPrefix)
                return QLatin1Char('"') + word + QStringLiteral("\"*");
            if (!std::all_of(word.cbegin(), word.cend(), [](QChar ch) { return ch.isLetter(); }))
                return vocabularyTerm(word, quickWords);
            ++letterWords;
            quickWords.append(foldForSearch(word));
            return QLatin1Char('"') + word.left(kMaxIndexedPrefix) + QStringLiteral("\"*");
        });
        if (failure)
            return *failure;
        if (impossible)
            return QList<Customer>();
        if (letterWords > 0 && !quick.isEmpty()) {
            auto ids = checkedCandidates(quick, quickWords, limit, kMaxCandidates, kQuickBudget);
            if (!ids)
                return ids.error();
            if (ids->size() == limit) {
                auto rows = byIds(*ids);
                if (!rows)
                    return rows.error();
                return sortedByName(std::move(*rows));
            }
        }
    }

    QStringList longWords;
    const QString match = buildMatch(text, [&](const QString &word) -> QString {
        if (word.size() <= kMaxIndexedPrefix)
            return QLatin1Char('"') + word + QStringLiteral("\"*");
        return vocabularyTerm(word, longWords);
    });
    if (failure)
        return *failure;
    if (match.isEmpty() || impossible || limit <= 0)
        return QList<Customer>();
    // The FTS query picks the rowids; the join reads only those rows by primary key.
    // Without words to check, the first rows are the answer. With them, candidates stream
    // in and reading stops at the limit; the number of candidates looked at is bounded so a
    // keystroke stays cheap. The FTS table is the outer loop of a plain join, not a subquery
    // with a LIMIT: SQLite materializes such a subquery, which computed all 4,000 candidates
    // before the first row (5-18 ms at a million customers for "Petra Rasmuss").
    if (!longWords.isEmpty()) {
        auto ids = checkedCandidates(match, longWords, limit, kMaxCandidates);
        if (!ids)
            return ids.error();
        auto rows = byIds(*ids);
        if (!rows)
            return rows.error();
        return sortedByName(std::move(*rows));
    }
    auto found = m_statements->exec(
        QStringLiteral("SELECT %1 FROM customers_fts f JOIN customers c ON c.id = f.rowid"
                       " WHERE customers_fts MATCH ? LIMIT ?")
            .arg(QLatin1StringView(kColumns)),
        {match, limit});
    if (!found)
        return found.error();
    QSqlQuery &q = **found;
    QList<Customer> out;
    out.reserve(limit);
    while (out.size() < limit && q.next())
        out.append(fromRow(q));
    return sortedByName(std::move(out));
}

Result<QList<CustomerId>> CustomerRepository::checkedCandidates(
    const QString &match, const QStringList &words, int limit, int maxCandidates, int budget)
{
    // Candidates stream in; only what the check reads is fetched, the answer's full rows
    // are read afterwards by id (parsing every column of thousands of candidates was most of
    // a long word's time).
    auto found = m_statements->exec(
        QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.email, c.number FROM"
                       " customers_fts f JOIN customers c ON c.id = f.rowid"
                       " WHERE customers_fts MATCH ? LIMIT ?"),
        {match, maxCandidates});
    if (!found)
        return found.error();
    QSqlQuery &q = **found;
    QList<CustomerId> out;
    out.reserve(limit);
    int read = 0;
    Customer c;
    while (out.size() < limit && q.next()) {
        ++read;
        c.firstName = q.value(1).toString();
        c.lastName = q.value(2).toString();
        c.email = q.value(3).toString();
        c.number = q.value(4).toString();
        if (hasWordsWithPrefixes(c, words))
            out.append(CustomerId(q.value(0).toLongLong()));
        if (budget > 0 && read >= limit * kQuickCandidatesPerHit && read % limit == 0) {
            // At the rate so far, would the answer take more than the budget?
            if (out.isEmpty() || qint64(read) * limit > qint64(budget) * out.size())
                break;
        }
    }
    return out;
}

} // namespace parkett
