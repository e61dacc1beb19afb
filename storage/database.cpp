// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"

#include "storage/schema.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace parkett {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("parkett-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString firstWords(const QString &sql)
{
    return sql.simplified().section(QLatin1Char(' '), 0, 3);
}

Error tooNew(const QString &path, int version)
{
    return makeError(ErrorCode::SchemaTooNew,
                     QStringLiteral(
                         "%1 was written by a newer Parkett (schema %2; this version reads up to "
                         "%3). It was left as it is; update Parkett to open it.")
                         .arg(path)
                         .arg(version)
                         .arg(Database::kSchemaVersion));
}

} // namespace

Error sqlError(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const QString text = e.text();
    ErrorCode code = ErrorCode::StorageFailure;
    if (text.contains(QStringLiteral("UNIQUE constraint failed")))
        code = ErrorCode::Conflict;
    else if (text.contains(QStringLiteral("malformed"))
             || text.contains(QStringLiteral("not a database")))
        code = ErrorCode::CorruptDatabase;
    return makeError(code, QStringLiteral("%1: %2").arg(what, text));
}

Database::Database(QString path, QSqlDatabase db)
    : m_path(std::move(path))
    , m_db(std::move(db))
{}

Database::~Database()
{
    waitForCheckpoint();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<void> Database::setAutoCheckpoint(bool on)
{
    // 1000 pages is SQLite's default.
    auto r = exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint = 1000")
                     : QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    if (!r)
        return r.error();
    return {};
}

void Database::checkpointInBackground()
{
    waitForCheckpoint();
    // This connection's own automatic checkpoint stays off until the thread is done: a commit
    // here meanwhile would otherwise start the same copy on this thread.
    (void) setAutoCheckpoint(false);
    m_checkpointFinished = false;
    m_checkpoint = std::thread([this, path = m_path] {
        // A connection belongs to the thread that opened it: this one is opened, used and
        // removed here.
        static std::atomic<int> serial{0};
        const QString name = QStringLiteral("parkett-checkpoint-%1").arg(++serial);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                // Columns: busy (1 when it could not run), WAL frames, frames copied.
                ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next()
                     && q.value(0).toInt() == 0;
                if (!ok)
                    qWarning("background checkpoint of %s did not run: %s",
                             qUtf8Printable(path),
                             qUtf8Printable(q.lastError().text()));
            } else {
                qWarning("background checkpoint: cannot open %s: %s",
                         qUtf8Printable(path),
                         qUtf8Printable(db.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        m_checkpointOk = ok;
        m_checkpointFinished = true;
    });
}

bool Database::waitForCheckpoint()
{
    if (m_checkpoint.joinable()) {
        m_checkpoint.join();
        (void) setAutoCheckpoint(true);
    }
    return m_checkpointOk;
}

void Database::settleCheckpoint()
{
    if (m_checkpoint.joinable() && m_checkpointFinished)
        waitForCheckpoint();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openImpl(path, kSchemaVersion);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openImpl(path, version);
}

Result<int> Database::inspectExisting(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return 0;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100)
        return makeError(
            ErrorCode::CorruptDatabase,
            QStringLiteral(
                "%1 is not a Parkett database (not an SQLite file); it was left as it is")
                .arg(path));

    // The schema version is also SQLite's user_version, at offset 60 of the file header: a
    // file from a newer Parkett is refused before SQLite opens it at all.
    const quint32 userVersion = (quint32(quint8(header.at(60))) << 24)
                                | (quint32(quint8(header.at(61))) << 16)
                                | (quint32(quint8(header.at(62))) << 8)
                                | quint32(quint8(header.at(63)));
    // Fields with fixed values in every SQLite file: page size a power of two, and the
    // payload fractions 64/32/32. A header without them is damage, not a newer Parkett.
    const quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint32(quint8(header.at(17)));
    const bool pageSizeOk = pageSize == 1
                            || (pageSize >= 512 && pageSize <= 32768
                                && (pageSize & (pageSize - 1)) == 0);
    if (!pageSizeOk || header.at(21) != 64 || header.at(22) != 32 || header.at(23) != 32)
        return makeError(ErrorCode::CorruptDatabase,
                         QStringLiteral(
                             "%1 is damaged (its SQLite header is not valid); it was left as it is")
                             .arg(path));
    if (userVersion > quint32(kSchemaVersion))
        return tooNew(path, int(userVersion));

    // Look before touching: read-only, so a refused file stays byte for byte as it was. A
    // read-only open of a WAL database may still create its -wal and -shm files; those that
    // this look created are removed again when the file is refused.
    const QStringList sideFiles = {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    QStringList createdSideFiles;
    for (const QString &side : sideFiles) {
        if (!QFile::exists(side))
            createdSideFiles.append(side);
    }
    const QString name = nextConnectionName();
    int version = 0;
    Result<void> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = makeError(ErrorCode::CorruptDatabase,
                                QStringLiteral("cannot open %1: %2")
                                    .arg(path, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"))) {
                problem = makeError(ErrorCode::CorruptDatabase,
                                    QStringLiteral("%1 is damaged and was left as it is: %2")
                                        .arg(path, q.lastError().text()));
            } else if (q.next()) {
                QSqlQuery v(db);
                if (v.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
                    && v.next())
                    version = v.value(0).toInt();
                else
                    problem = makeError(
                        ErrorCode::CorruptDatabase,
                        QStringLiteral("%1 has no schema version and was left as it is").arg(path));
            } else {
                QSqlQuery any(db);
                if (any.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && any.next()
                    && any.value(0).toInt() > 0)
                    problem = makeError(
                        ErrorCode::CorruptDatabase,
                        QStringLiteral(
                            "%1 is an SQLite file of another program; it was left as it is")
                            .arg(path));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem || version > kSchemaVersion) {
        for (const QString &side : createdSideFiles)
            QFile::remove(side);
    }
    if (!problem)
        return problem.error();
    if (version > kSchemaVersion)
        return tooNew(path, version);
    return version;
}

Result<std::unique_ptr<Database>> Database::openImpl(const QString &path, int targetVersion)
{
    auto existing = inspectExisting(path);
    if (!existing)
        return existing.error();

    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    std::unique_ptr<Database> self(new Database(path, db));
    if (!self->m_db.open())
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("cannot open %1: %2")
                             .arg(path, self->m_db.lastError().text()));
    // Sales and the outbox must survive a power cut: WAL with a full sync on every commit.
    for (const char *pragma : {"PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON",
                               "PRAGMA busy_timeout = 10000",
                               // Reads (search as you type on a million customers) map the
                               // file instead of copying every page in with a system call.
                               "PRAGMA mmap_size = 1073741824",
                               "PRAGMA cache_size = -32768"}) {
        if (auto r = self->exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    self->m_version = *existing;
    if (auto r = self->upgrade(targetVersion); !r)
        return r.error();
    return self;
}

Result<void> Database::upgrade(int targetVersion)
{
    while (m_version < targetVersion) {
        const int next = m_version + 1;
        TransactionGuard tx(*this);
        if (!tx.isActive())
            return tx.beginError();
        // Another process may have upgraded while we waited for the lock.
        if (next > 1) {
            auto current = scalar(
                QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
            if (current && current->toInt() >= next) {
                m_version = current->toInt();
                continue;
            }
        } else {
            auto hasMeta = scalar(
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'meta'"));
            if (hasMeta && hasMeta->toInt() > 0) {
                auto current = scalar(
                    QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
                if (current) {
                    m_version = current->toInt();
                    continue;
                }
            }
        }
        for (const QString &sql : schema::upgradeStatements(next)) {
            if (auto r = exec(sql); !r)
                return makeError(r.error().code,
                                 QStringLiteral("upgrade to schema %1 failed: %2")
                                     .arg(next)
                                     .arg(r.error().message));
        }
        if (auto r = exec(QStringLiteral("PRAGMA user_version = %1").arg(next)); !r)
            return r.error();
        if (auto r = exec(QStringLiteral(
                              "INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                              " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {QString::number(next)});
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
        m_version = next;
    }
    return {};
}

Result<void> Database::integrityCheck()
{
    auto q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q)
        return q.error();
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1StringView("ok"))
            problems.append(line);
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::CorruptDatabase, problems.mid(0, 5).join(QStringLiteral("; ")));
    return {};
}

Result<QSqlQuery> Database::exec(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (binds.size() == 0) {
        if (!q.exec(sql))
            return sqlError(q, firstWords(sql));
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q, firstWords(sql));
    int i = 0;
    for (const QVariant &v : binds) {
        // A null QString means "no text" in our types, not SQL NULL; NULL is a null QVariant.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i++, QStringLiteral(""));
        else
            q.bindValue(i++, v);
    }
    if (!q.exec())
        return sqlError(q, firstWords(sql));
    return q;
}

Result<QVariant> Database::scalar(const QString &sql, std::initializer_list<QVariant> binds)
{
    auto q = exec(sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

QString Database::timeText(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::timeFromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    // Our own format, "2026-11-22T19:30:00.000Z", read directly: it is on every row we load.
    if (text.size() == 24 && text.at(23) == QLatin1Char('Z') && text.at(10) == QLatin1Char('T')) {
        auto num = [&text](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i) {
                const char16_t ch = text.at(i).unicode();
                if (ch < u'0' || ch > u'9')
                    return -1;
                v = v * 10 + (ch - u'0');
            }
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

TransactionGuard::TransactionGuard(Database &db)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    if (m_level == 0)
        m_db.settleCheckpoint();
    auto r = m_level == 0 ? m_db.exec(QStringLiteral("BEGIN IMMEDIATE"))
                          : m_db.exec(QStringLiteral("SAVEPOINT parkett_%1").arg(m_level));
    if (r) {
        m_active = true;
        ++m_db.m_transactionDepth;
    } else {
        m_error = r.error();
    }
}

TransactionGuard::~TransactionGuard()
{
    if (!m_active)
        return;
    if (m_level == 0) {
        (void) m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void) m_db.exec(QStringLiteral("ROLLBACK TO parkett_%1").arg(m_level));
        (void) m_db.exec(QStringLiteral("RELEASE parkett_%1").arg(m_level));
    }
    --m_db.m_transactionDepth;
}

Result<void> TransactionGuard::commit()
{
    if (!m_active)
        return makeError(ErrorCode::StorageFailure, QStringLiteral("no transaction to commit"));
    auto r = m_level == 0 ? m_db.exec(QStringLiteral("COMMIT"))
                          : m_db.exec(QStringLiteral("RELEASE parkett_%1").arg(m_level));
    if (!r)
        return r.error(); // the destructor rolls back
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace parkett
