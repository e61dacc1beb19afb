// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <atomic>
#include <initializer_list>
#include <memory>
#include <thread>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace parkett {

/** The local SQLite store: one file, one named connection owned by this object (use it from
    the thread that opened it). Opening checks the file before anything is written: a file
    that is not a database, or one from a newer schema, is refused and left untouched. */
class Database
{
public:
    static constexpr int kSchemaVersion = 13;

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /** Opens (creating if needed) and upgrades to kSchemaVersion. */
    static Result<std::unique_ptr<Database>> open(const QString &path);
    /** Opens and upgrades only to \a version; for upgrade-path tests. */
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);

    QSqlDatabase &connection() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_version; }

    /** Turns SQLite's automatic checkpoint off for this connection (a bulk write such as the
        initial sync: its commit would otherwise copy tens of megabytes from the WAL into the
        file before returning) or on again. The WAL keeps everything durable meanwhile. */
    Result<void> setAutoCheckpoint(bool on);
    /** Copies the WAL into the database file on a thread and connection of its own: a
        passive checkpoint, which neither waits for nor holds up this connection's readers
        and writers. This connection's automatic checkpoint is off until it is done (the
        first transaction after that turns it on again). One at a time; a second call waits
        for the first. */
    void checkpointInBackground();
    /** Waits until a background checkpoint has finished (and turns the automatic one on
        again); true when it succeeded (or none ran). */
    bool waitForCheckpoint();

    /** SQLite's integrity_check; ok or the first problems it reports. */
    Result<void> integrityCheck();

    /** Runs \a sql with positional bindings; the error names the statement's first words. */
    Result<QSqlQuery> exec(const QString &sql, std::initializer_list<QVariant> binds = {});
    /** Value of the first column of the first row, or an invalid QVariant. */
    Result<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> binds = {});

    /** Time text as stored: UTC ISO 8601 with milliseconds, sortable as text. */
    static QString timeText(const QDateTime &t);
    static QDateTime timeFromText(const QString &text);

private:
    Database(QString path, QSqlDatabase db);
    static Result<std::unique_ptr<Database>> openImpl(const QString &path, int targetVersion);
    static Result<int> inspectExisting(const QString &path);
    Result<void> upgrade(int targetVersion);
    /** Joins a background checkpoint that has finished; cheap when there is none. */
    void settleCheckpoint();

    friend class TransactionGuard;
    QString m_path;
    QSqlDatabase m_db;
    int m_version = 0;
    int m_transactionDepth = 0;
    std::thread m_checkpoint;
    std::atomic<bool> m_checkpointOk{true};
    std::atomic<bool> m_checkpointFinished{false};
};

/** RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
    commit() succeeded. IMMEDIATE takes the write lock up front, so two processes racing for
    the same seat serialise and the second sees the first's sale. Guards nest: an inner guard
    is a savepoint, so a service call inside a larger unit of work commits with it or not at
    all. */
class TransactionGuard
{
public:
    explicit TransactionGuard(Database &db);
    ~TransactionGuard();
    Q_DISABLE_COPY_MOVE(TransactionGuard)

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_error; }
    Result<void> commit();

private:
    Database &m_db;
    bool m_active = false;
    int m_level = 0;
    Error m_error;
};

Error sqlError(const QSqlQuery &query, const QString &what);

} // namespace parkett
