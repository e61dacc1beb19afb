// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <libpq-fe.h>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace parkett::server {

/** A statement that failed, with PostgreSQL's SQLSTATE and the constraint it hit. Thrown
    inside the server's database threads only and caught by Database::transact(); it never
    leaves the server module. */
class PgError : public std::runtime_error
{
public:
    PgError(QString sqlState, QString constraint, const QString &message, bool connectionLost);

    QString sqlState() const { return m_sqlState; }
    QString constraint() const { return m_constraint; }
    bool isUniqueViolation() const { return m_sqlState == u"23505"; }
    /** Serialization failure or deadlock: the transaction may simply be run again. */
    bool isRetryable() const { return m_sqlState == u"40001" || m_sqlState == u"40P01"; }
    bool isConnectionLost() const { return m_connectionLost; }
    QString message() const { return QString::fromUtf8(what()); }

private:
    QString m_sqlState;
    QString m_constraint;
    bool m_connectionLost = false;
};

/** Statement parameters in PostgreSQL's text format; a missing value is SQL NULL. */
class PgParams
{
public:
    PgParams &operator<<(qint64 value);
    PgParams &operator<<(int value) { return *this << qint64(value); }
    PgParams &operator<<(bool value);
    PgParams &operator<<(const QString &value);
    PgParams &operator<<(const QByteArray &value);
    PgParams &operator<<(const char *value);
    PgParams &operator<<(const QDateTime &value); ///< NULL when invalid
    PgParams &operator<<(std::nullptr_t);
    /** An id, NULL when 0. */
    PgParams &id(qint64 value);
    /** A PostgreSQL array literal of integers: {1,2,3}. */
    PgParams &array(const std::vector<qint64> &values);
    /** A PostgreSQL array literal of texts, every element quoted: {"a, b","c"}. */
    PgParams &textArray(const QStringList &values);

    int size() const { return int(m_values.size()); }
    std::vector<const char *> pointers() const;

private:
    std::vector<std::optional<QByteArray>> m_values;
};

/** One result: rows of text values. */
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult *result)
        : m_result(result, &PQclear)
    {}

    int rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const;
    qint64 integer(int row, int column) const; ///< 0 for NULL
    bool boolean(int row, int column) const;
    QDateTime time(int row, int column) const; ///< invalid for NULL
    /** Rows affected by INSERT/UPDATE/DELETE. */
    int affected() const;

private:
    std::shared_ptr<PGresult> m_result;
};

/** One libpq connection owned by one thread, with its prepared statements. */
class PgConnection
{
public:
    explicit PgConnection(QByteArray conninfo);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /** Connects (or reconnects); false with lastError() when the server does not answer. */
    bool open();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }
    PGconn *handle() const { return m_conn; }

    /** Lets the connection busy-wait up to \a budget for each answer before sleeping, when
        \a allowed says there is a core to spare (asked before each wait). */
    void setSpin(std::chrono::microseconds budget, std::function<bool()> allowed);

    /** Runs \a sql (several statements allowed) without parameters. Throws PgError. */
    PgResult exec(const char *sql);
    /** Runs a statement with parameters; prepared once per connection under its text. */
    PgResult query(const char *sql, const PgParams &params = {});

    /** Queues a statement whose result nobody reads (BEGIN, an INSERT, COMMIT). Queued
        statements go to the server in one pipeline with the next query() or flush(), so a
        transaction's writes cost one round trip instead of one each; an error in any of them
        is thrown there. */
    void defer(const char *sql, const PgParams &params = {});
    /** Sends the queued statements and waits for them. Throws PgError. */
    void flush();
    /** Drops the queued statements and rolls back whatever transaction is open. Never throws. */
    void rollback();

    /** A statement with its parameters, as queued by defer(). */
    struct Statement
    {
        const char *sql;
        PgParams params;
    };
    /** Takes the queued statements out of the queue, unsent: one transaction's worth of work
        built with defer(), to be run by transactions(). */
    std::vector<Statement> takeDeferred();
    /** Runs each list of statements as a transaction of its own (libpq's implicit
        transaction up to a sync point), all of them in one pipeline: one round trip for the
        lot. Each commits or fails alone; the answer holds, per transaction, the error that
        rolled it back or nothing. The queue must be empty. Throws PgError only when the
        connection is lost before anything was read; a loss while reading fails the
        transactions not yet answered, which may or may not have committed. */
    std::vector<std::optional<PgError>> transactions(const std::vector<std::vector<Statement>> &work);

private:
    using Deferred = Statement;
    /** A statement sent in a pipeline: its preparation (when first seen on this connection)
        and its execution each give one result. */
    struct Sent
    {
        const char *sql;
        bool prepare;
    };

    /** Sends \a statement in pipeline mode, prepared first when new, and notes what was
        sent in \a sent. False when the connection refused it. */
    bool send(const Statement &statement, std::vector<Sent> &sent);
    /** Forgets the preparations among \a sent: they never reached the server. */
    void forgetPrepared(const std::vector<Sent> &sent);

    /** The error a failed result stands for (the result is freed). */
    PgError errorOf(PGresult *result) const;
    PgResult check(PGresult *result);
    /** The next result, as PQgetResult, after spinning for it when allowed. */
    PGresult *nextResult();
    /** The prepared statement's name for \a sql; \a fresh tells whether it must be prepared. */
    const std::string &statementName(const char *sql, bool *fresh);
    /** Sends the queued statements and then \a last (when not null) in one pipeline; returns
        \a last's result. */
    PgResult pipeline(const char *last, const PgParams *lastParams);

    QByteArray m_conninfo;
    PGconn *m_conn = nullptr;
    QString m_lastError;
    /// Statement texts (string literals, so their address is their identity) prepared on this
    /// connection, by the name they were prepared under.
    std::unordered_map<const char *, std::string> m_prepared;
    /// Names are never reused: a statement whose preparation failed is forgotten, and the
    /// next one must not take the name of one still prepared.
    quint64 m_statements = 0;
    std::vector<Deferred> m_deferred;
    std::chrono::microseconds m_spinBudget{0};
    std::function<bool()> m_spinAllowed;
};

/** A time in PostgreSQL's text form, UTC with microseconds. */
QByteArray pgTime(const QDateTime &time);

} // namespace parkett::server
