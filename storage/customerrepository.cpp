// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerrepository.h"

#include "storage/database.h"

#include <algorithm>
#include <optional>

#include <QRegularExpression>
#include <QSqlQuery>

namespace parkett {

namespace {

constexpr const char *kColumns = "id, number, first_name, last_name, email, phone, created_at";

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
    return c;
}

} // namespace

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
    static const QRegularExpression phoneLike(QStringLiteral("^[+(]?[0-9][0-9 ()./-]*$"));
    QString digits;
    for (QChar ch : t) {
        if (ch.isDigit() && ch.unicode() < 128)
            digits += ch;
    }
    if (phoneLike.match(t).hasMatch() && digits.size() >= 3) {
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
    if (!customer.phone.isEmpty())
        customer.phone = *normalizePhone(customer.phone);
    if (!customer.createdAt.isValid())
        customer.createdAt = QDateTime::currentDateTimeUtc();
    if (customer.number.isEmpty()) {
        auto next = m_db.scalar(
            QStringLiteral("INSERT INTO counters (name, value) VALUES ('customer', 1)"
                           " ON CONFLICT (name) DO UPDATE SET value = value + 1"
                           " RETURNING value"));
        if (!next)
            return next.error();
        customer.number = QStringLiteral("C-%1").arg(next->toLongLong(), 6, 10, QLatin1Char('0'));
    }
    auto q = m_db.exec(
        QStringLiteral(
            "INSERT INTO customers (number, first_name, last_name, email, phone, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        {customer.number,
         customer.firstName,
         customer.lastName,
         customer.email,
         customer.phone,
         Database::timeText(customer.createdAt)});
    if (!q)
        return q.error();
    return CustomerId(q->lastInsertId().toLongLong());
}

Result<void> CustomerRepository::update(const Customer &customer)
{
    if (auto v = validateCustomer(customer); !v)
        return v.error();
    const QString phone = customer.phone.isEmpty() ? QString() : *normalizePhone(customer.phone);
    auto q = m_db.exec(
        QStringLiteral("UPDATE customers SET first_name = ?, last_name = ?, email = ?, phone = ?"
                       " WHERE id = ?"),
        {customer.firstName, customer.lastName, customer.email, phone, customer.id.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("customer %1 not found").arg(customer.id.value));
    return {};
}

Result<Customer> CustomerRepository::customer(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customers WHERE id = ?")
                           .arg(QLatin1StringView(kColumns)),
                       {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(id.value));
    return fromRow(*q);
}

Result<Customer> CustomerRepository::byNumber(const QString &number)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customers WHERE number = ?")
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

Result<QList<Customer>> CustomerRepository::search(const QString &text, int limit)
{
    // Words up to the longest prefix index are prefix queries on that index. A longer word is
    // expanded to the indexed words it starts (from the FTS vocabulary) when there are few,
    // so the query reads those words' doclists lazily instead of merging them all first.
    QStringList longWords;
    bool impossible = false;
    std::optional<Error> failure;
    const QString match = buildMatch(text, [&](const QString &word) -> QString {
        if (word.size() <= kMaxIndexedPrefix)
            return QLatin1Char('"') + word + QStringLiteral("\"*");
        const QString folded = foldForSearch(word);
        QString upper = folded;
        upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
        auto vocab = m_db.exec(QStringLiteral("SELECT term, doc FROM customers_fts_vocab"
                                              " WHERE term >= ? AND term < ? LIMIT ?"),
                               {folded, upper, kMaxExpandedTerms + 1});
        if (!vocab) {
            failure = vocab.error();
            return QString();
        }
        QStringList exact;
        qint64 docs = 0;
        while (vocab->next()) {
            exact.append(QLatin1Char('"') + vocab->value(0).toString() + QLatin1Char('"'));
            docs += vocab->value(1).toLongLong();
        }
        if (exact.isEmpty()) {
            impossible = true;
            return QString();
        }
        if (exact.size() <= kMaxExpandedTerms)
            return QLatin1Char('(') + exact.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        if (docs < kLargeDoclist) {
            // Many different words share this long prefix and each is rare (e-mail names with
            // numbers): the plain prefix query reads only their short doclists.
            return QLatin1Char('"') + word + QStringLiteral("\"*");
        }
        // A common word ("christensen") and many rare ones: the indexed prefix finds the
        // candidates lazily and each is checked for the whole word.
        longWords.append(folded);
        return QLatin1Char('"') + word.left(kMaxIndexedPrefix) + QStringLiteral("\"*");
    });
    if (failure)
        return *failure;
    if (match.isEmpty() || impossible || limit <= 0)
        return QList<Customer>();
    // The FTS query picks the rowids; the join reads only those rows by primary key.
    if (!m_searchPrepared) {
        m_searchQuery = QSqlQuery(m_db.connection());
        m_searchQuery.setForwardOnly(true);
        if (!m_searchQuery.prepare(QStringLiteral(
                "SELECT c.id, c.number, c.first_name, c.last_name, c.email, c.phone, c.created_at"
                " FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ? OFFSET "
                "?) f"
                " JOIN customers c ON c.id = f.rowid")))
            return sqlError(m_searchQuery, QStringLiteral("customer search"));
        m_searchPrepared = true;
    }
    QSqlQuery &q = m_searchQuery;
    QList<Customer> out;
    out.reserve(limit);
    // Without words to check, the first rows are the answer. With them, candidates stream
    // in (the FTS subquery runs as a co-routine) and reading stops at the limit; the number
    // of candidates looked at is bounded so a keystroke stays cheap.
    q.bindValue(0, match);
    q.bindValue(1, longWords.isEmpty() ? limit : kMaxCandidates);
    q.bindValue(2, 0);
    if (!q.exec())
        return sqlError(q, QStringLiteral("customer search"));
    while (out.size() < limit && q.next()) {
        Customer c = fromRow(q);
        if (longWords.isEmpty() || hasWordsWithPrefixes(c, longWords))
            out.append(std::move(c));
    }
    q.finish();
    // Sort keys are computed once per row, not once per comparison.
    QList<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i)
        keys.append({m_collator.sortKey(out.at(i).lastName + QChar(1) + out.at(i).firstName), i});
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first) < 0;
    });
    QList<Customer> sorted;
    sorted.reserve(out.size());
    for (const auto &k : keys)
        sorted.append(std::move(out[k.second]));
    return sorted;
}

} // namespace parkett
