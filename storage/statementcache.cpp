// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statementcache.h"

#include "storage/database.h"

namespace parkett {

Result<CachedQuery> StatementCache::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    if (!m_keeping) {
        auto q = m_db.exec(sql, binds);
        if (!q)
            return q.error();
        return CachedQuery(std::move(*q));
    }
    const auto what = [&sql] { return sql.section(QLatin1Char(' '), 0, 2); };
    auto it = m_kept.find(sql);
    if (it == m_kept.end()) {
        // Each ? becomes :p0, :p1...: QtSql binds a named value with one lookup, where a
        // positional one first formats its name (a QString::arg for every value).
        Kept kept;
        QString named;
        bool quoted = false;
        for (QChar c : sql) {
            if (c == QLatin1Char('\''))
                quoted = !quoted;
            if (c == QLatin1Char('?') && !quoted) {
                kept.names.append(QStringLiteral(":p%1").arg(kept.names.size()));
                named += kept.names.constLast();
            } else {
                named += c;
            }
        }
        kept.query = std::make_shared<QSqlQuery>(m_db.connection());
        kept.query->setForwardOnly(true);
        if (!kept.query->prepare(named))
            return sqlError(*kept.query, what());
        it = m_kept.insert(sql, kept);
    }
    QSqlQuery &q = *it->query;
    if (qsizetype(binds.size()) != it->names.size())
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("%1: %2 values for %3 placeholders")
                             .arg(what())
                             .arg(binds.size())
                             .arg(it->names.size()));
    qsizetype i = 0;
    for (const QVariant &v : binds) {
        // As Database::exec: a null QString is "no text", not SQL NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(it->names.at(i++), QStringLiteral(""));
        else
            q.bindValue(it->names.at(i++), v);
    }
    if (!q.exec())
        return sqlError(q, what());
    return CachedQuery(&q);
}

Result<QVariant> StatementCache::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0) : QVariant();
}

void StatementCache::setKeeping(bool keeping)
{
    m_keeping = keeping;
    if (!keeping)
        m_kept.clear();
}

} // namespace parkett
