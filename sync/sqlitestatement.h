// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <vector>

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace parkett {

class Database;

/** One statement run through SQLite's C API on a Database's own connection, inside whatever
    transaction that connection has open. It exists for one measured hot path only: writing
    the orders and tickets of a snapshot into a performance the cache holds nothing of (the
    initial sync), where QtSql's per-value binding cost a good part of the write
    (docs/benchmarks.md, issue 6). Everything else goes through QtSql, as ARCHITECTURE.md says.

    Values are bound by their 1-based position. Text is bound as UTF-8 from a buffer the
    statement keeps until the value is bound again, so SQLite never copies it. The statement is
    finalized when the object goes. */
class SqliteStatement
{
public:
    /** The connection's sqlite3 handle, or nullptr when the QSQLITE driver does not give one
        (the caller then takes the QtSql way). */
    static sqlite3 *handle(Database &db);
    /** Prepares \a sql on \a db (which must have a handle) for repeated use. */
    static Result<SqliteStatement> prepare(Database &db, const char *sql);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    void bindNull(int i);
    void bindInteger(int i, qint64 value);
    /** NULL for 0, as the cache stores an id the server left out. */
    void bindIdOrNull(int i, qint64 value);
    /** A null QString is empty text, not NULL (as Database::exec binds it). */
    void bindText(int i, const QString &value);
    /** NULL for empty text. */
    void bindTextOrNull(int i, const QString &value);

    /** Runs a statement that returns no rows and makes it ready for the next values; the
        error carries SQLite's message (a unique index's refusal is ErrorCode::Conflict). */
    Result<void> run();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, int parameters);
    void checkBind(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_text; ///< the UTF-8 of each bound text, by position
    int m_bindError = 0;            ///< the first refused value since the last run
};

} // namespace parkett
