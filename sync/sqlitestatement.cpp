// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sqlitestatement.h"

#include "storage/database.h"

#include <utility>

#include <sqlite3.h>

#include <QSqlDriver>

namespace parkett {

namespace {

Error sqliteError(sqlite3 *db, int code, const QByteArray &what)
{
    const int extended = sqlite3_extended_errcode(db);
    const ErrorCode errorCode = extended == SQLITE_CONSTRAINT_UNIQUE
                                        || extended == SQLITE_CONSTRAINT_PRIMARYKEY
                                    ? ErrorCode::Conflict
                                : code == SQLITE_CORRUPT || code == SQLITE_NOTADB
                                    ? ErrorCode::CorruptDatabase
                                    : ErrorCode::StorageFailure;
    return makeError(errorCode,
                     QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                                  QString::fromUtf8(sqlite3_errmsg(db))));
}

/** The statement's first words, to name it in an error. */
QByteArray firstWords(const char *sql)
{
    const QByteArray text(sql);
    qsizetype end = 0;
    for (int words = 0; words < 3 && end >= 0; ++words)
        end = text.indexOf(' ', end + 1);
    return end < 0 ? text : text.left(end);
}

} // namespace

sqlite3 *SqliteStatement::handle(Database &db)
{
    // Qt documents this way to the driver's handle; the type name tells that it is SQLite's.
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(Database &db, const char *sql)
{
    sqlite3 *connection = handle(db);
    if (!connection)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("the SQLite connection has no native handle"));
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare_v3(
        connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(connection, rc, firstWords(sql));
    }
    return SqliteStatement(connection, statement, sqlite3_bind_parameter_count(statement));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, int parameters)
    : m_db(db)
    , m_statement(statement)
    , m_text(std::size_t(parameters) + 1)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_text(std::move(other.m_text))
    , m_bindError(other.m_bindError)
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op for nullptr
}

void SqliteStatement::bindNull(int i)
{
    checkBind(sqlite3_bind_null(m_statement, i));
}

void SqliteStatement::bindInteger(int i, qint64 value)
{
    checkBind(sqlite3_bind_int64(m_statement, i, value));
}

void SqliteStatement::bindIdOrNull(int i, qint64 value)
{
    if (value == 0)
        bindNull(i);
    else
        bindInteger(i, value);
}

void SqliteStatement::bindText(int i, const QString &value)
{
    if (i <= 0 || std::size_t(i) >= m_text.size()) {
        checkBind(SQLITE_RANGE);
        return;
    }
    // The buffer stays until the value is bound again, so SQLite may keep pointing at it.
    QByteArray &utf8 = m_text[std::size_t(i)];
    utf8 = value.toUtf8();
    checkBind(sqlite3_bind_text(m_statement, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC));
}

void SqliteStatement::bindTextOrNull(int i, const QString &value)
{
    if (value.isEmpty())
        bindNull(i);
    else
        bindText(i, value);
}

void SqliteStatement::checkBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Result<void> SqliteStatement::run()
{
    if (m_bindError != SQLITE_OK) {
        const int rc = std::exchange(m_bindError, SQLITE_OK);
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("%1: a value was not bound (%2)")
                             .arg(QString::fromUtf8(firstWords(sqlite3_sql(m_statement))),
                                  QString::fromUtf8(sqlite3_errstr(rc))));
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return {};
    }
    // Read before the reset, which would report the error again.
    Error error = sqliteError(m_db, rc, firstWords(sqlite3_sql(m_statement)));
    sqlite3_reset(m_statement);
    return error;
}

} // namespace parkett
