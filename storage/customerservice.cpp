// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/customerservice.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"
#include "storage/statementcache.h"
#include "storage/userpasswords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace parkett {

namespace {

QVariant idOrNull(qint64 v)
{
    return v != 0 ? QVariant(v) : QVariant();
}

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

QJsonObject customerToJson(const Customer &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id.value);
    o.insert(QStringLiteral("number"), c.number);
    o.insert(QStringLiteral("created_at"), Database::timeText(c.createdAt));
    for (CustomerField f : customerFields())
        o.insert(customerFieldName(f), customerFieldValue(c, f));
    o.insert(QStringLiteral("alternative_emails"), QJsonArray::fromStringList(c.alternativeEmails));
    o.insert(QStringLiteral("web_account_id"), c.webAccount);
    o.insert(QStringLiteral("anonymised_at"), Database::timeText(c.anonymisedAt));
    return o;
}

Customer customerFromJson(const QJsonObject &o)
{
    Customer c;
    c.id = CustomerId(o.value(QStringLiteral("id")).toInteger());
    c.number = o.value(QStringLiteral("number")).toString();
    c.createdAt = Database::timeFromText(o.value(QStringLiteral("created_at")).toString());
    for (CustomerField f : customerFields()) {
        if (f != CustomerField::AlternativeEmails)
            setCustomerFieldValue(c, f, o.value(customerFieldName(f)).toString());
    }
    for (const QJsonValue &v : o.value(QStringLiteral("alternative_emails")).toArray())
        c.alternativeEmails.append(v.toString());
    c.webAccount = o.value(QStringLiteral("web_account_id")).toInteger();
    c.anonymisedAt = Database::timeFromText(o.value(QStringLiteral("anonymised_at")).toString());
    return c;
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idsFromJson(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toInteger());
    return out;
}

FlagDefinition flagFromRow(const QSqlQuery &q, int at)
{
    FlagDefinition f;
    f.id = q.value(at).toLongLong();
    f.code = q.value(at + 1).toString();
    f.name = q.value(at + 2).toString();
    f.colour = q.value(at + 3).toString();
    f.icon = q.value(at + 4).toString();
    f.kind = flagKindFromName(q.value(at + 5).toString()).hasValue()
                 ? *flagKindFromName(q.value(at + 5).toString())
                 : FlagKind::Info;
    return f;
}

constexpr const char *kFlagColumns = "d.id, d.code, d.name, d.colour, d.icon, d.kind";

} // namespace

CustomerService::CustomerService(Database &db, UserId user)
    : m_db(db)
    , m_repo(std::make_unique<CustomerRepository>(db))
    , m_statements(std::make_unique<StatementCache>(db))
    , m_user(user)
{}

CustomerService::~CustomerService() = default;

Result<void> CustomerService::log(CustomerId id,
                                  const QDateTime &now,
                                  const QString &action,
                                  const QString &field,
                                  const QString &oldValue,
                                  const QString &newValue)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO customer_history (customer_id, at, user_id,"
                                      " action, field, old_value, new_value)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {id.value,
                        Database::timeText(now),
                        idOrNull(m_user.value),
                        action,
                        field,
                        oldValue,
                        newValue});
    if (!q)
        return q.error();
    return {};
}

Result<void> CustomerService::touch(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("UPDATE customers SET revision = revision + 1 WHERE id = ?"),
                       {id.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("customer %1 not found").arg(id.value));
    return {};
}

Result<CustomerId> CustomerService::create(Customer customer, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (!customer.createdAt.isValid())
        customer.createdAt = now;
    customer.id = {}; // a new row: the store gives the id
    auto id = m_repo->add(customer);
    if (!id)
        return id.error();
    auto stored = m_repo->customer(*id);
    if (!stored)
        return stored.error();
    if (auto r = log(
            *id, now, QString::fromUtf16(history::kCreated), QString(), QString(), stored->number);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *id;
}

Result<CustomerId> CustomerService::adopt(Customer customer, const QDateTime &now)
{
    if (!customer.id.isValid() || customer.number.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a customer to adopt needs its id and number"));
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (!customer.createdAt.isValid())
        customer.createdAt = now;
    auto existing = m_repo->customer(customer.id);
    if (existing) {
        // The change feed brought the row first: it gets the fields the feed does not carry.
        customer.revision = existing->revision;
        customer.webAccount = existing->webAccount;
        if (auto r = m_repo->update(customer); !r)
            return r.error();
    } else if (existing.error().code == ErrorCode::NotFound) {
        if (auto r = m_repo->add(customer); !r)
            return r.error();
    } else {
        return existing.error();
    }
    if (auto r = log(customer.id,
                     now,
                     QString::fromUtf16(history::kCreated),
                     QString(),
                     QString(),
                     customer.number);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return customer.id;
}

Result<Customer> CustomerService::customer(CustomerId id)
{
    return m_repo->customer(id);
}

Result<QList<DuplicateCandidate>> CustomerService::duplicates(const Customer &customer,
                                                              double nameThreshold)
{
    QList<DuplicateCandidate> out;
    const Customer c = normalizedCustomer(customer);
    QStringList phones;
    for (const QString &p : {c.phone, c.mobile}) {
        if (!p.isEmpty())
            phones.append(p);
    }
    auto same = m_repo->withEmailOrPhone(c.email, phones, c.id);
    if (!same)
        return same.error();
    for (const Customer &other : std::as_const(*same)) {
        DuplicateCandidate d;
        d.customer = other;
        if (!c.email.isEmpty()) {
            if (other.email.compare(c.email, Qt::CaseInsensitive) == 0) {
                d.reasons |= DuplicateCandidate::SameEmail;
            } else {
                auto alternatives = m_repo->alternativeEmails(other.id);
                if (alternatives && alternatives->contains(c.email, Qt::CaseInsensitive))
                    d.reasons |= DuplicateCandidate::SameEmail;
            }
        }
        for (const QString &p : phones) {
            if (p == other.phone || p == other.mobile)
                d.reasons |= DuplicateCandidate::SamePhone;
        }
        d.similarity = nameSimilarity(c.displayName(), other.displayName());
        if (d.similarity >= nameThreshold)
            d.reasons |= DuplicateCandidate::SimilarName;
        out.append(d);
    }
    // Similar names: candidates that share the surname's start, checked by edit distance.
    const QString surname = c.lastName.isEmpty() ? c.firstName : c.lastName;
    if (surname.size() >= 2) {
        auto byName = m_repo->searchNames(surname.left(3), 400);
        if (!byName)
            return byName.error();
        QSet<qint64> seen;
        for (const DuplicateCandidate &d : std::as_const(out))
            seen.insert(d.customer.id.value);
        for (const Customer &other : std::as_const(*byName)) {
            if (other.id == c.id || seen.contains(other.id.value))
                continue;
            const double similarity = nameSimilarity(c.displayName(), other.displayName());
            if (similarity >= nameThreshold)
                out.append(DuplicateCandidate{other, DuplicateCandidate::SimilarName, similarity});
        }
    }
    return out;
}

Result<CustomerSaveResult> CustomerService::save(const Customer &edited, const QDateTime &now)
{
    return saveFrom(edited, now, nullptr);
}

Result<CustomerSaveResult> CustomerService::save(const Customer &edited,
                                                 const QDateTime &now,
                                                 const Customer &base)
{
    return saveFrom(edited, now, &base);
}

Result<CustomerSaveResult> CustomerService::saveFrom(const Customer &edited,
                                                     const QDateTime &now,
                                                     const Customer *base)
{
    const QList<FieldError> errors = customerFieldErrors(edited);
    if (!errors.isEmpty())
        return makeError(ErrorCode::InvalidArgument, errors.first().message);
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = m_repo->customer(edited.id);
    if (!current)
        return current.error();
    CustomerSaveResult out;
    if (current->revision != edited.revision) {
        // Someone saved meanwhile: show both, overwrite nothing. What they changed is the
        // difference between the stored record and the one this edit started from is not
        // known here; the fields that differ now are the ones to look at.
        out.conflict = true;
        out.mine = edited;
        out.theirs = *current;
        out.theirChanges = diffCustomers(edited, *current);
        return out;
    }
    Customer toWrite = normalizedCustomer(edited);
    // The web link and anonymisation are not contact fields; they have their own actions.
    toWrite.webAccount = current->webAccount;
    toWrite.webAccountEmail = current->webAccountEmail;
    Customer before = base ? *base : *current;
    before.webAccount = current->webAccount;
    before.webAccountEmail = current->webAccountEmail;
    const QList<FieldChange> changes = diffCustomers(before, toWrite);
    if (changes.isEmpty() && diffCustomers(*current, toWrite).isEmpty()) {
        out.saved = *current;
        return out;
    }
    if (auto r = m_repo->update(toWrite); !r)
        return r.error();
    for (const FieldChange &change : changes) {
        if (auto r = log(edited.id,
                         now,
                         QString::fromUtf16(history::kChanged),
                         customerFieldName(change.field),
                         change.oldValue,
                         change.newValue);
            !r)
            return r.error();
    }
    auto saved = m_repo->customer(edited.id);
    if (!saved)
        return saved.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    out.saved = *saved;
    return out;
}

Result<QList<FlagDefinition>> CustomerService::flagDefinitions()
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customer_flag_definitions d"
                                      " ORDER BY d.sort_order, d.id")
                           .arg(QLatin1StringView(kFlagColumns)));
    if (!q)
        return q.error();
    QList<FlagDefinition> out;
    while (q->next())
        out.append(flagFromRow(*q, 0));
    return out;
}

Result<qint64> CustomerService::defineFlag(const FlagDefinition &flag)
{
    if (auto v = validateFlagDefinition(flag); !v)
        return v.error();
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO customer_flag_definitions (code, name, colour, icon, kind,"
                       " sort_order) VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0)"
                       " + 1 FROM customer_flag_definitions))"),
        {flag.code, flag.name, flag.colour, flag.icon, flagKindName(flag.kind)});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<FlagDefinition>> CustomerService::flags(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM customer_flags f JOIN"
                                      " customer_flag_definitions d ON d.id = f.flag_id"
                                      " WHERE f.customer_id = ? ORDER BY d.sort_order, d.id")
                           .arg(QLatin1StringView(kFlagColumns)),
                       {id.value});
    if (!q)
        return q.error();
    QList<FlagDefinition> out;
    while (q->next())
        out.append(flagFromRow(*q, 0));
    return out;
}

Result<QString> CustomerService::flagName(qint64 flag)
{
    auto name = m_db.scalar(QStringLiteral(
                                "SELECT code FROM customer_flag_definitions WHERE id = ?"),
                            {flag});
    if (!name)
        return name.error();
    if (!name->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no flag with id %1").arg(flag));
    return name->toString();
}

Result<void> CustomerService::addFlag(CustomerId id, qint64 flag, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto code = flagName(flag);
    if (!code)
        return code.error();
    auto q = m_db.exec(QStringLiteral("INSERT INTO customer_flags (customer_id, flag_id, added_at,"
                                      " user_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                       {id.value, flag, Database::timeText(now), idOrNull(m_user.value)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return {}; // already set: nothing to log
    if (auto r = log(id, now, QString::fromUtf16(history::kFlagAdded), *code); !r)
        return r;
    return tx.commit();
}

Result<void> CustomerService::removeFlag(CustomerId id, qint64 flag, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto code = flagName(flag);
    if (!code)
        return code.error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM customer_flags WHERE customer_id = ? AND"
                                      " flag_id = ?"),
                       {id.value, flag});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return {};
    if (auto r = log(id, now, QString::fromUtf16(history::kFlagRemoved), *code); !r)
        return r;
    return tx.commit();
}

Result<QList<ConsentRecord>> CustomerService::consents(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral("SELECT k.id, k.purpose, k.channel, k.granted, k.at,"
                                      " k.source, k.user_id, coalesce(u.name, '')"
                                      " FROM customer_consents k LEFT JOIN users u"
                                      " ON u.id = k.user_id WHERE k.customer_id = ? ORDER BY k.id"),
                       {id.value});
    if (!q)
        return q.error();
    QList<ConsentRecord> out;
    while (q->next()) {
        ConsentRecord r;
        r.id = q->value(0).toLongLong();
        auto purpose = consentPurposeFromName(q->value(1).toString());
        auto channel = consentChannelFromName(q->value(2).toString());
        auto source = consentSourceFromName(q->value(5).toString());
        if (!purpose || !channel || !source)
            return makeError(ErrorCode::CorruptDatabase,
                             QStringLiteral("consent %1 has an unknown purpose, channel or source")
                                 .arg(r.id));
        r.purpose = *purpose;
        r.channel = *channel;
        r.granted = q->value(3).toInt() != 0;
        r.at = Database::timeFromText(q->value(4).toString());
        r.source = *source;
        r.user = UserId(q->value(6).toLongLong());
        r.userName = q->value(7).toString();
        out.append(r);
    }
    return out;
}

Result<void> CustomerService::recordConsent(CustomerId id,
                                            ConsentPurpose purpose,
                                            ConsentChannel channel,
                                            bool granted,
                                            ConsentSource source,
                                            const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto before = consents(id);
    if (!before)
        return before.error();
    const bool had = hasConsent(*before, purpose, channel);
    auto q = m_db.exec(QStringLiteral(
                           "INSERT INTO customer_consents (customer_id, purpose, channel,"
                           " granted, at, source, user_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {id.value,
                        consentPurposeName(purpose),
                        consentChannelName(channel),
                        granted ? 1 : 0,
                        Database::timeText(now),
                        consentSourceName(source),
                        idOrNull(m_user.value)});
    if (!q)
        return q.error();
    const QString field = consentPurposeName(purpose) + QLatin1Char('/')
                          + consentChannelName(channel);
    auto text = [&source](bool on) {
        return (on ? QStringLiteral("granted") : QStringLiteral("withdrawn")) + QStringLiteral(" (")
               + consentSourceName(source) + QLatin1Char(')');
    };
    if (auto r = log(id,
                     now,
                     QString::fromUtf16(history::kConsent),
                     field,
                     had ? QStringLiteral("granted") : QStringLiteral("withdrawn"),
                     text(granted));
        !r)
        return r;
    return tx.commit();
}

Result<QList<Customer>> CustomerService::mailingList(ConsentPurpose purpose, ConsentChannel channel)
{
    // The latest record per customer decides; anonymised customers never receive anything.
    auto q = m_db.exec(QStringLiteral(
                           "SELECT k.customer_id FROM customer_consents k"
                           " JOIN customers c ON c.id = k.customer_id AND c.anonymised_at IS NULL"
                           " WHERE k.purpose = ? AND k.channel = ? AND k.id = (SELECT max(k2.id)"
                           " FROM customer_consents k2 WHERE k2.customer_id = k.customer_id"
                           " AND k2.purpose = k.purpose AND k2.channel = k.channel)"
                           " AND k.granted = 1 ORDER BY k.customer_id"),
                       {consentPurposeName(purpose), consentChannelName(channel)});
    if (!q)
        return q.error();
    QList<CustomerId> ids;
    while (q->next())
        ids.append(CustomerId(q->value(0).toLongLong()));
    return m_repo->byIds(ids);
}

Result<QList<CustomerHistoryEntry>> CustomerService::history(CustomerId id)
{
    auto q = m_db.exec(QStringLiteral(
                           "SELECT h.id, h.at, h.user_id, coalesce(u.name, ''), h.action,"
                           " h.field, h.old_value, h.new_value FROM customer_history h"
                           " LEFT JOIN users u ON u.id = h.user_id"
                           " WHERE h.customer_id = ? ORDER BY h.id"),
                       {id.value});
    if (!q)
        return q.error();
    QList<CustomerHistoryEntry> out;
    while (q->next())
        out.append(CustomerHistoryEntry{q->value(0).toLongLong(),
                                        Database::timeFromText(q->value(1).toString()),
                                        UserId(q->value(2).toLongLong()),
                                        q->value(3).toString(),
                                        q->value(4).toString(),
                                        q->value(5).toString(),
                                        q->value(6).toString(),
                                        q->value(7).toString()});
    return out;
}

Result<QList<WebAccount>> CustomerService::findWebAccounts(const QString &emailPrefix, int limit)
{
    const QString t = emailPrefix.trimmed();
    if (t.isEmpty())
        return QList<WebAccount>();
    auto q = m_db.exec(QStringLiteral(
                           "SELECT id, email, name FROM web_accounts"
                           " WHERE email >= ? COLLATE NOCASE AND email < ? COLLATE NOCASE"
                           " ORDER BY email COLLATE NOCASE LIMIT ?"),
                       {t, t + QChar(0xffff), limit});
    if (!q)
        return q.error();
    QList<WebAccount> out;
    while (q->next())
        out.append(
            WebAccount{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<qint64> CustomerService::addWebAccount(const WebAccount &account, const QDateTime &now)
{
    if (!isValidEmail(account.email))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("'%1' is not a valid e-mail address").arg(account.email));
    auto q = m_db.exec(QStringLiteral("INSERT INTO web_accounts (email, name, created_at)"
                                      " VALUES (?, ?, ?)"),
                       {account.email, account.name, Database::timeText(now)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<void> CustomerService::linkWebAccount(CustomerId id, qint64 account, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = m_repo->customer(id);
    if (!current)
        return current.error();
    auto email = m_db.scalar(QStringLiteral("SELECT email FROM web_accounts WHERE id = ?"),
                             {account});
    if (!email)
        return email.error();
    if (!email->isValid())
        return makeError(ErrorCode::NotFound, QStringLiteral("no web account %1").arg(account));
    auto other = m_db.scalar(QStringLiteral("SELECT number FROM customers WHERE web_account_id = ?"
                                            " AND id <> ?"),
                             {account, id.value});
    if (!other)
        return other.error();
    if (other->isValid())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the web account %1 is linked to customer %2")
                             .arg(email->toString(), other->toString()));
    if (auto q = m_db.exec(QStringLiteral("UPDATE customers SET web_account_id = ?,"
                                          " revision = revision + 1 WHERE id = ?"),
                           {account, id.value});
        !q)
        return q.error();
    if (auto r = log(id,
                     now,
                     QString::fromUtf16(history::kWebLinked),
                     customerFieldName(CustomerField::WebAccount),
                     current->webAccountEmail,
                     email->toString());
        !r)
        return r;
    return tx.commit();
}

Result<void> CustomerService::unlinkWebAccount(CustomerId id, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto current = m_repo->customer(id);
    if (!current)
        return current.error();
    if (current->webAccount == 0)
        return {};
    if (auto q = m_db.exec(QStringLiteral("UPDATE customers SET web_account_id = NULL,"
                                          " revision = revision + 1 WHERE id = ?"),
                           {id.value});
        !q)
        return q.error();
    if (auto r = log(id,
                     now,
                     QString::fromUtf16(history::kWebUnlinked),
                     customerFieldName(CustomerField::WebAccount),
                     current->webAccountEmail,
                     QString());
        !r)
        return r;
    return tx.commit();
}

Result<bool> CustomerService::alternativeEmailsEnabled()
{
    auto q = m_statements->exec(
        QStringLiteral("SELECT value FROM customer_settings WHERE key = 'alternative_emails'"));
    if (!q)
        return q.error();
    return (*q)->next() && (*q)->value(0).toString() == QLatin1StringView("1");
}

Result<void> CustomerService::setAlternativeEmailsEnabled(bool enabled)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO customer_settings (key, value)"
                                      " VALUES ('alternative_emails', ?) ON CONFLICT (key)"
                                      " DO UPDATE SET value = excluded.value"),
                       {enabled ? QStringLiteral("1") : QStringLiteral("0")});
    if (!q)
        return q.error();
    return {};
}

Result<QList<CustomerSearchHit>> CustomerService::search(const QString &text, int limit)
{
    auto alternatives = alternativeEmailsEnabled();
    if (!alternatives)
        return alternatives.error();
    auto keys = m_repo->searchKeys(text, limit, *alternatives);
    if (!keys)
        return keys.error();
    QList<CustomerId> keyIds;
    QHash<qint64, QString> matched;
    for (const CustomerKeyHit &hit : std::as_const(*keys)) {
        keyIds.append(hit.customer);
        matched.insert(hit.customer.value, hit.key);
    }
    auto byKey = m_repo->byIds(keyIds);
    if (!byKey)
        return byKey.error();
    QList<CustomerSearchHit> out;
    QSet<qint64> seen;
    for (Customer &c : *byKey) {
        seen.insert(c.id.value);
        const QString key = matched.value(c.id.value);
        out.append(CustomerSearchHit{std::move(c), {}, key});
    }
    if (out.size() < limit) {
        // "C-0012" is a customer number being typed: its unique index answers, not the names.
        auto names = CustomerRepository::isCustomerNumberLike(text)
                         ? m_repo->byNumberPrefix(text, limit)
                         : m_repo->searchNames(text, limit);
        if (!names)
            return names.error();
        for (Customer &c : *names) {
            if (out.size() >= limit)
                break;
            if (!seen.contains(c.id.value))
                out.append(CustomerSearchHit{std::move(c), {}, {}});
        }
    }
    if (out.isEmpty())
        return out;
    // Flags of all hits in one prepared query.
    QStringList ids;
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < out.size(); ++i) {
        ids.append(QString::number(out.at(i).customer.id.value));
        rowOf.insert(out.at(i).customer.id.value, i);
    }
    auto q = m_statements->exec(
        QStringLiteral("SELECT f.customer_id, %1 FROM customer_flags f JOIN"
                       " customer_flag_definitions d ON d.id = f.flag_id WHERE f.customer_id IN"
                       " (SELECT value FROM json_each(?)) ORDER BY d.sort_order, d.id")
            .arg(QLatin1StringView(kFlagColumns)),
        {QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']')});
    if (!q)
        return q.error();
    while ((*q)->next())
        out[rowOf.value((*q)->value(0).toLongLong())].flags.append(flagFromRow(**q, 1));
    return out;
}

Result<QList<CustomerOrderRow>> CustomerService::orders(CustomerId id)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT o.id, o.number, o.status, coalesce(ch.kind, 'box-office'), p.starts_at,"
            " pr.title, o.total, o.currency, o.created_at, o.reserved_until,"
            " (SELECT count(*) FROM tickets t WHERE t.order_id = o.id)"
            " FROM orders o JOIN performances p ON p.id = o.performance_id"
            " JOIN productions pr ON pr.id = p.production_id"
            " LEFT JOIN channels ch ON ch.id = o.channel_id"
            " WHERE o.customer_id = ? ORDER BY p.starts_at DESC, o.id DESC"),
        {id.value});
    if (!q)
        return q.error();
    QList<CustomerOrderRow> out;
    QHash<QString, Currency> currencies;
    while (q->next()) {
        CustomerOrderRow r;
        r.id = OrderId(q->value(0).toLongLong());
        r.number = q->value(1).toString();
        auto status = orderStatusFromName(q->value(2).toString());
        r.status = status ? *status : OrderStatus::Cancelled;
        auto channel = channelKindFromName(q->value(3).toString());
        r.channel = channel ? *channel : SalesChannelKind::BoxOffice;
        r.performanceAt = Database::timeFromText(q->value(4).toString());
        r.production = q->value(5).toString();
        const QString code = q->value(7).toString();
        auto cur = currencies.constFind(code);
        if (cur == currencies.cend())
            cur = currencies.insert(code, Currency::fromCode(code));
        r.total = Money(q->value(6).toLongLong(), *cur);
        r.createdAt = Database::timeFromText(q->value(8).toString());
        r.reservedUntil = Database::timeFromText(q->value(9).toString());
        r.tickets = q->value(10).toInt();
        out.append(std::move(r));
    }
    q->finish();
    // Subscription and season tags of the same orders, in one query.
    auto tags = m_statements->exec(
        QStringLiteral(
            "SELECT t.order_id, t.kind, t.name FROM orders o JOIN order_tags t"
            " ON t.order_id = o.id WHERE o.customer_id = ? ORDER BY t.kind DESC, t.name"),
        {id.value});
    if (!tags)
        return tags.error();
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < out.size(); ++i)
        rowOf.insert(out.at(i).id.value, i);
    while ((*tags)->next()) {
        const auto row = rowOf.constFind((*tags)->value(0).toLongLong());
        const auto kind = orderTagKindFromName((*tags)->value(1).toString());
        if (row != rowOf.cend() && kind)
            out[*row].tags.append(OrderTag{*kind, (*tags)->value(2).toString()});
    }
    return out;
}

Result<void> CustomerService::addOrderTag(OrderId order, const OrderTag &tag, const QDateTime &now)
{
    const QString name = tag.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a tag needs a name"));
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral("INSERT INTO order_tags (order_id, kind, name)"
                                      " SELECT id, ?, ? FROM orders WHERE id = ?"
                                      " ON CONFLICT DO NOTHING"),
                       {orderTagKindName(tag.kind), name, order.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0) {
        auto exists = m_db.scalar(QStringLiteral("SELECT 1 FROM orders WHERE id = ?"),
                                  {order.value});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("order %1 not found").arg(order.value));
        return {}; // already tagged
    }
    if (auto h = m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail,"
                                          " user_id) VALUES (?, ?, 'tagged', ?, ?)"),
                           {order.value,
                            Database::timeText(now),
                            orderTagKindName(tag.kind) + QLatin1Char(' ') + name,
                            idOrNull(m_user.value)});
        !h)
        return h.error();
    return tx.commit();
}

Result<void> CustomerService::removeOrderTag(OrderId order,
                                             const OrderTag &tag,
                                             const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral(
                           "DELETE FROM order_tags WHERE order_id = ? AND kind = ? AND name = ?"),
                       {order.value, orderTagKindName(tag.kind), tag.name});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("the order has no such tag"));
    if (auto h = m_db.exec(QStringLiteral("INSERT INTO order_history (order_id, at, event, detail,"
                                          " user_id) VALUES (?, ?, 'untagged', ?, ?)"),
                           {order.value,
                            Database::timeText(now),
                            orderTagKindName(tag.kind) + QLatin1Char(' ') + tag.name,
                            idOrNull(m_user.value)});
        !h)
        return h.error();
    return tx.commit();
}

Result<Order> CustomerService::order(OrderId id)
{
    return OrderRepository(m_db).order(id);
}

Result<qint64> CustomerService::merge(CustomerId survivorId,
                                      CustomerId otherId,
                                      const QMap<CustomerField, MergeSide> &choices,
                                      const QDateTime &now)
{
    if (survivorId == otherId)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a customer cannot be merged with itself"));
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto survivor = m_repo->customer(survivorId);
    if (!survivor)
        return survivor.error();
    auto other = m_repo->customer(otherId);
    if (!other)
        return other.error();
    auto ids = [this](const QString &sql, CustomerId id) -> Result<QList<qint64>> {
        auto q = m_db.exec(sql, {id.value});
        if (!q)
            return q.error();
        QList<qint64> out;
        while (q->next())
            out.append(q->value(0).toLongLong());
        return out;
    };
    auto orders = ids(QStringLiteral("SELECT id FROM orders WHERE customer_id = ?"), otherId);
    auto survivorOrders = ids(QStringLiteral("SELECT id FROM orders WHERE customer_id = ?"),
                              survivorId);
    auto consentIds = ids(QStringLiteral("SELECT id FROM customer_consents WHERE customer_id = ?"),
                          otherId);
    auto historyIds = ids(QStringLiteral("SELECT id FROM customer_history WHERE customer_id = ?"),
                          otherId);
    auto survivorFlags = ids(QStringLiteral("SELECT flag_id FROM customer_flags"
                                            " WHERE customer_id = ?"),
                             survivorId);
    auto otherFlags = ids(QStringLiteral(
                              "SELECT flag_id FROM customer_flags WHERE customer_id = ?"),
                          otherId);
    for (const auto *r :
         {&orders, &survivorOrders, &consentIds, &historyIds, &survivorFlags, &otherFlags}) {
        if (!*r)
            return r->error();
    }
    const QJsonObject snapshot{{QStringLiteral("survivor"), customerToJson(*survivor)},
                               {QStringLiteral("other"), customerToJson(*other)},
                               {QStringLiteral("orders"), idsToJson(*orders)},
                               {QStringLiteral("consents"), idsToJson(*consentIds)},
                               {QStringLiteral("history"), idsToJson(*historyIds)},
                               {QStringLiteral("survivor_flags"), idsToJson(*survivorFlags)},
                               {QStringLiteral("other_flags"), idsToJson(*otherFlags)}};

    Customer merged = mergedCustomer(*survivor, *other, choices);
    // The other's web link moves with the merge; it must leave the other record first.
    if (auto q = m_db.exec(QStringLiteral(
                               "UPDATE customers SET web_account_id = NULL WHERE id = ?"),
                           {otherId.value});
        !q)
        return q.error();
    if (auto r = m_repo->writeRaw(merged); !r)
        return r.error();
    const QList<FieldChange> changes = diffCustomers(*survivor, merged);
    for (const char *sql :
         {"UPDATE orders SET customer_id = ? WHERE customer_id = ?",
          "UPDATE customer_consents SET customer_id = ? WHERE customer_id = ?",
          "UPDATE customer_history SET customer_id = ? WHERE customer_id = ?",
          "INSERT OR IGNORE INTO customer_flags (customer_id, flag_id, added_at, user_id)"
          " SELECT ?1, flag_id, added_at, user_id FROM customer_flags WHERE customer_id = ?2"}) {
        if (auto q = m_db.exec(QString::fromLatin1(sql), {survivorId.value, otherId.value}); !q)
            return q.error();
    }
    for (const char *sql : {"DELETE FROM customer_flags WHERE customer_id = ?",
                            "DELETE FROM customer_emails WHERE customer_id = ?",
                            "DELETE FROM customers WHERE id = ?"}) {
        if (auto q = m_db.exec(QString::fromLatin1(sql), {otherId.value}); !q)
            return q.error();
    }
    // A merge must not lose an order: every order of both is now the survivor's.
    auto after = m_db.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = ?"),
                             {survivorId.value});
    if (!after)
        return after.error();
    if (after->toLongLong() != orders->size() + survivorOrders->size())
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("the merge would lose orders; nothing was changed"));
    auto q = m_db.exec(QStringLiteral("INSERT INTO customer_merges (survivor_id, merged_id, at,"
                                      " user_id, snapshot) VALUES (?, ?, ?, ?, ?)"),
                       {survivorId.value,
                        otherId.value,
                        Database::timeText(now),
                        idOrNull(m_user.value),
                        QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    const qint64 mergeId = q->lastInsertId().toLongLong();
    if (auto r = log(survivorId,
                     now,
                     QString::fromUtf16(history::kMerged),
                     QString(),
                     other->number,
                     QStringLiteral("%1 order(s) moved; merge %2").arg(orders->size()).arg(mergeId));
        !r)
        return r.error();
    for (const FieldChange &change : changes) {
        if (auto r = log(survivorId,
                         now,
                         QString::fromUtf16(history::kChanged),
                         customerFieldName(change.field),
                         change.oldValue,
                         change.newValue);
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return mergeId;
}

Result<CustomerId> CustomerService::undoMerge(qint64 mergeId, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto q = m_db.exec(QStringLiteral("SELECT survivor_id, merged_id, at, snapshot, undone_at"
                                      " FROM customer_merges WHERE id = ?"),
                       {mergeId});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("no merge %1").arg(mergeId));
    const CustomerId survivorId(q->value(0).toLongLong());
    const CustomerId otherId(q->value(1).toLongLong());
    const QDateTime at = Database::timeFromText(q->value(2).toString());
    const QJsonObject snapshot = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
    const bool undone = !q->value(4).toString().isEmpty();
    q->finish();
    if (undone)
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("merge %1 was already undone").arg(mergeId));
    if (!canUndoMerge(at, now))
        return makeError(ErrorCode::IllegalTransition,
                         QStringLiteral("merge %1 is older than %2 days and cannot be undone")
                             .arg(mergeId)
                             .arg(kMergeUndoDays));
    const Customer survivorBefore = customerFromJson(
        snapshot.value(QStringLiteral("survivor")).toObject());
    const Customer otherBefore = customerFromJson(
        snapshot.value(QStringLiteral("other")).toObject());
    // The other customer comes back with its id and number.
    auto ins = m_db.exec(
        QStringLiteral("INSERT INTO customers (id, number, created_at) VALUES (?, ?, ?)"),
        {otherId.value, otherBefore.number, Database::timeText(otherBefore.createdAt)});
    if (!ins)
        return ins.error();
    Customer survivorNow = survivorBefore;
    if (auto r = m_repo->writeRaw(survivorNow); !r)
        return r.error();
    if (auto r = m_repo->writeRaw(otherBefore); !r)
        return r.error();
    auto moveBack = [&](const char *table, const QString &key) -> Result<void> {
        const QList<qint64> ids = idsFromJson(snapshot.value(key));
        if (ids.isEmpty())
            return {};
        auto u = m_db.exec(QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?"
                                          " AND id IN (%2)")
                               .arg(QLatin1StringView(table), idList(ids)),
                           {otherId.value, survivorId.value});
        if (!u)
            return u.error();
        return {};
    };
    if (auto r = moveBack("orders", QStringLiteral("orders")); !r)
        return r.error();
    if (auto r = moveBack("customer_consents", QStringLiteral("consents")); !r)
        return r.error();
    if (auto r = moveBack("customer_history", QStringLiteral("history")); !r)
        return r.error();
    const QList<qint64> survivorFlags = idsFromJson(
        snapshot.value(QStringLiteral("survivor_flags")));
    const QList<qint64> otherFlags = idsFromJson(snapshot.value(QStringLiteral("other_flags")));
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM customer_flags WHERE customer_id = ? AND"
                                          " flag_id NOT IN (%1)")
                               .arg(survivorFlags.isEmpty() ? QStringLiteral("0")
                                                            : idList(survivorFlags)),
                           {survivorId.value});
        !d)
        return d.error();
    for (qint64 flag : otherFlags) {
        if (auto i = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO customer_flags (customer_id,"
                                              " flag_id, added_at, user_id) VALUES (?, ?, ?, ?)"),
                               {otherId.value, flag, Database::timeText(at), idOrNull(m_user.value)});
            !i)
            return i.error();
    }
    if (auto u = m_db.exec(QStringLiteral("UPDATE customer_merges SET undone_at = ? WHERE id = ?"),
                           {Database::timeText(now), mergeId});
        !u)
        return u.error();
    for (CustomerId id : {survivorId, otherId}) {
        if (auto r = log(id,
                         now,
                         QString::fromUtf16(history::kMergeUndone),
                         QString(),
                         QString(),
                         QStringLiteral("merge %1").arg(mergeId));
            !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return otherId;
}

Result<QList<MergeRecord>> CustomerService::merges(CustomerId survivor)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, survivor_id, merged_id, at, undone_at, snapshot"
                                      " FROM customer_merges WHERE survivor_id = ? ORDER BY id"),
                       {survivor.value});
    if (!q)
        return q.error();
    QList<MergeRecord> out;
    while (q->next()) {
        const QJsonObject snapshot = QJsonDocument::fromJson(q->value(5).toString().toUtf8())
                                         .object();
        out.append(MergeRecord{q->value(0).toLongLong(),
                               CustomerId(q->value(1).toLongLong()),
                               CustomerId(q->value(2).toLongLong()),
                               snapshot.value(QStringLiteral("other"))
                                   .toObject()
                                   .value(QStringLiteral("number"))
                                   .toString(),
                               Database::timeFromText(q->value(3).toString()),
                               Database::timeFromText(q->value(4).toString())});
    }
    return out;
}

Result<CustomerDossier> CustomerService::exportDossier(CustomerId id, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    CustomerDossier d;
    d.exportedAt = now;
    auto c = m_repo->customer(id);
    if (!c)
        return c.error();
    d.customer = *c;
    auto f = flags(id);
    if (!f)
        return f.error();
    d.flags = *f;
    auto k = consents(id);
    if (!k)
        return k.error();
    d.consents = *k;
    auto rows = orders(id);
    if (!rows)
        return rows.error();
    OrderRepository orderRepo(m_db);
    for (const CustomerOrderRow &row : std::as_const(*rows)) {
        DossierOrder o;
        o.number = row.number;
        o.status = orderStatusName(row.status);
        o.channel = channelKindName(row.channel);
        o.createdAt = row.createdAt;
        o.performance = row.production;
        o.performanceAt = row.performanceAt;
        o.total = row.total.toString();
        auto full = orderRepo.order(row.id);
        if (!full)
            return full.error();
        for (const Ticket &t : full->tickets())
            o.tickets.append(t.label + QStringLiteral(" (") + t.barcode + QLatin1Char(')'));
        for (const Payment &p : full->payments())
            o.payments.append(paymentMethodName(p.method) + QLatin1Char(' ') + p.amount.toString());
        d.orders.append(o);
    }
    if (auto r = log(id, now, QString::fromUtf16(history::kExported)); !r)
        return r.error();
    auto h = history(id);
    if (!h)
        return h.error();
    d.history = *h;
    if (auto r = tx.commit(); !r)
        return r.error();
    return d;
}

Result<void> CustomerService::anonymise(CustomerId id, const QDateTime &now)
{
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto c = m_repo->customer(id);
    if (!c)
        return c.error();
    if (c->isAnonymised())
        return {};
    if (auto r = m_repo->writeRaw(anonymisedCustomer(*c, now)); !r)
        return r;
    // Earlier history entries hold old contact values: they go too; the entries stay.
    for (const char *sql : {"UPDATE customer_history SET old_value = '', new_value = ''"
                            " WHERE customer_id = ?",
                            "DELETE FROM customer_flags WHERE customer_id = ?"}) {
        if (auto q = m_db.exec(QString::fromLatin1(sql), {id.value}); !q)
            return q.error();
    }
    if (auto r = log(id, now, QString::fromUtf16(history::kAnonymised)); !r)
        return r;
    return tx.commit();
}

Result<void> CustomerService::checkSaleAllowed(CustomerId id)
{
    if (!id.isValid())
        return {};
    auto f = flags(id);
    if (!f)
        return f.error();
    return parkett::checkSaleAllowed(*f, false);
}

Result<QString> CustomerService::approveSale(CustomerId id,
                                             const SupervisorApproval &approval,
                                             const QDateTime &now)
{
    if (!id.isValid())
        return QString();
    auto f = flags(id);
    if (!f)
        return f.error();
    auto decision = decideBlockedSale(*f, approval);
    if (!decision)
        return decision.error();
    if (*decision == BlockedSaleDecision::Allowed)
        return QString();
    auto supervisor = approveBlockedSale(id, approval.login, approval.password, now);
    if (!supervisor)
        return supervisor.error();
    return approval.login;
}

Result<bool> CustomerService::isSupervisor(UserId user)
{
    auto role = m_db.scalar(QStringLiteral("SELECT role FROM users WHERE id = ?"), {user.value});
    if (!role)
        return role.error();
    const QString r = role->toString();
    return r == QLatin1StringView("supervisor") || r == QLatin1StringView("admin");
}

Result<UserId> CustomerService::approveBlockedSale(CustomerId id,
                                                   const QString &login,
                                                   const QString &password,
                                                   const QDateTime &now)
{
    auto supervisor = UserPasswords(m_db).verifySupervisor(login, password);
    if (!supervisor)
        return supervisor.error();
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM users WHERE id = ?"),
                            {supervisor->value});
    if (!name)
        return name.error();
    // Who allowed it, by name and login, as the history shows it.
    if (auto r = log(id,
                     now,
                     QString::fromUtf16(history::kSaleOverride),
                     QString(),
                     QString(),
                     QStringLiteral("%1 (%2)").arg(name->toString(), login));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return *supervisor;
}

} // namespace parkett
