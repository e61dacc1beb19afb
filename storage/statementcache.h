// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <initializer_list>
#include <memory>
#include <utility>

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace parkett {

class Database;

/** A statement of a StatementCache, executed and positioned before its first row. Reading
    ends when it goes out of scope: the statement is reset so it holds no read lock. */
class CachedQuery
{
public:
    explicit CachedQuery(QSqlQuery *query)
        : m_query(query)
    {}
    CachedQuery(CachedQuery &&other) noexcept
        : m_query(std::exchange(other.m_query, nullptr))
    {}
    CachedQuery &operator=(CachedQuery &&) = delete;
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;
    ~CachedQuery()
    {
        if (m_query)
            m_query->finish();
    }

    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }

private:
    QSqlQuery *m_query;
};

/** Statements prepared once per connection and kept: search as you type runs the same few
    statements on every keystroke, and preparing them is a good part of a keystroke's time. */
class StatementCache
{
public:
    explicit StatementCache(Database &db)
        : m_db(db)
    {}
    Q_DISABLE_COPY_MOVE(StatementCache)

    /** Runs \a sql (prepared on first use) with positional \a binds. */
    Result<CachedQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});

private:
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries; ///< stable addresses while read
};

} // namespace parkett
