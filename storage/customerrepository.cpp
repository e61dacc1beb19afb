// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerrepository.h"

#include "storage/database.h"

#include <algorithm>

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
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        word.clear();
    };
    for (QChar ch : t) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            word += ch;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
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
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QList<Customer>();
    // The FTS query picks the rowids; the join reads only those rows by primary key.
    if (!m_searchQuery.isValid() && m_searchQuery.lastQuery().isEmpty()) {
        m_searchQuery = QSqlQuery(m_db.connection());
        m_searchQuery.setForwardOnly(true);
        if (!m_searchQuery.prepare(QStringLiteral(
                "SELECT c.id, c.number, c.first_name, c.last_name, c.email, c.phone, c.created_at"
                " FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT ?) f"
                " JOIN customers c ON c.id = f.rowid")))
            return sqlError(m_searchQuery, QStringLiteral("customer search"));
    }
    QSqlQuery &q = m_searchQuery;
    q.bindValue(0, match);
    q.bindValue(1, limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("customer search"));
    QList<Customer> out;
    out.reserve(limit);
    while (q.next())
        out.append(fromRow(q));
    q.finish();
    std::sort(out.begin(), out.end(), [](const Customer &a, const Customer &b) {
        const int byLast = QString::localeAwareCompare(a.lastName, b.lastName);
        if (byLast != 0)
            return byLast < 0;
        const int byFirst = QString::localeAwareCompare(a.firstName, b.firstName);
        return byFirst != 0 ? byFirst < 0 : a.id < b.id;
    });
    return out;
}

} // namespace parkett
