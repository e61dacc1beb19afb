// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <initializer_list>
#include <memory>
#include <utility>

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace parkett {

class Database;

/** A statement of a StatementCache, executed and positioned before its first row. Reading
    ends when it goes out of scope: the statement is reset so it holds no read lock. A
    statement of a cache that does not keep them is its own and goes with it. */
class CachedQuery
{
public:
    /** Borrows a kept statement until it goes out of scope. */
    explicit CachedQuery(QSqlQuery *kept)
        : m_query(kept)
    {}
    /** Owns a statement run once. */
    explicit CachedQuery(QSqlQuery &&once)
        : m_owned(std::make_unique<QSqlQuery>(std::move(once)))
        , m_query(m_owned.get())
    {}
    CachedQuery(CachedQuery &&other) noexcept
        : m_owned(std::move(other.m_owned))
        , m_query(std::exchange(other.m_query, nullptr))
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

    bool next() const { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query;
};

/** Statements prepared once per connection and kept: search as you type runs the same few
    statements on every keystroke, and a sync snapshot the same few for each of its orders;
    preparing them is a good part of that time. Values bind as Database::exec binds them: a
    null QString is empty text, SQL NULL is a null QVariant. While it does not keep
    (setKeeping(false)), each statement runs once through Database::exec. */
class StatementCache
{
public:
    explicit StatementCache(Database &db, bool keeping = true)
        : m_db(db)
        , m_keeping(keeping)
    {}
    Q_DISABLE_COPY_MOVE(StatementCache)

    /** Runs \a sql (prepared on first use while keeping) with positional \a binds (?). */
    Result<CachedQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    /** Value of the first column of the first row, or an invalid QVariant. */
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {});

    bool isKeeping() const { return m_keeping; }
    /** Starts or stops keeping statements; stopping drops those kept. */
    void setKeeping(bool keeping);

private:
    struct Kept
    {
        std::shared_ptr<QSqlQuery> query; ///< stable address while read
        QStringList names;                ///< its placeholders, :p0, :p1...
    };

    Database &m_db;
    bool m_keeping = true;
    QHash<QString, Kept> m_kept;
};

} // namespace parkett
