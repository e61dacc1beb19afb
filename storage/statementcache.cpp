// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statementcache.h"

#include "storage/database.h"

namespace parkett {

Result<CachedQuery> StatementCache::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return sqlError(*q, sql.left(40));
        it = m_queries.insert(sql, std::move(q));
    }
    QSqlQuery &q = **it;
    int i = 0;
    for (const QVariant &v : binds)
        q.bindValue(i++, v);
    if (!q.exec())
        return sqlError(q, sql.left(40));
    return CachedQuery(&q);
}

} // namespace parkett
