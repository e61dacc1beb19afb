// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pg.h"

#include <QTimeZone>

#include <chrono>

#include <sched.h>

namespace parkett::server {

PgError::PgError(QString sqlState, QString constraint, const QString &message, bool connectionLost)
    : std::runtime_error(message.toStdString())
    , m_sqlState(std::move(sqlState))
    , m_constraint(std::move(constraint))
    , m_connectionLost(connectionLost)
{}

PgParams &PgParams::operator<<(qint64 value)
{
    m_values.emplace_back(QByteArray::number(value));
    return *this;
}

PgParams &PgParams::operator<<(bool value)
{
    m_values.emplace_back(QByteArray(value ? "t" : "f"));
    return *this;
}

PgParams &PgParams::operator<<(const QString &value)
{
    m_values.emplace_back(value.toUtf8());
    return *this;
}

PgParams &PgParams::operator<<(const QByteArray &value)
{
    m_values.emplace_back(value);
    return *this;
}

PgParams &PgParams::operator<<(const char *value)
{
    m_values.emplace_back(QByteArray(value));
    return *this;
}

PgParams &PgParams::operator<<(const QDateTime &value)
{
    if (value.isValid())
        m_values.emplace_back(pgTime(value));
    else
        m_values.emplace_back(std::nullopt);
    return *this;
}

PgParams &PgParams::operator<<(std::nullptr_t)
{
    m_values.emplace_back(std::nullopt);
    return *this;
}

PgParams &PgParams::id(qint64 value)
{
    if (value != 0)
        return *this << value;
    return *this << nullptr;
}

PgParams &PgParams::array(const std::vector<qint64> &values)
{
    QByteArray text("{");
    for (size_t i = 0; i < values.size(); ++i) {
        if (i)
            text += ',';
        text += QByteArray::number(values[i]);
    }
    text += '}';
    m_values.emplace_back(text);
    return *this;
}

PgParams &PgParams::textArray(const QStringList &values)
{
    // Every element quoted, with backslash before a quote or a backslash: {"a, b","c\"d"}.
    QByteArray text("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            text += ',';
        text += '"';
        for (char ch : values.at(i).toUtf8()) {
            if (ch == '"' || ch == '\\')
                text += '\\';
            text += ch;
        }
        text += '"';
    }
    text += '}';
    m_values.emplace_back(text);
    return *this;
}

std::vector<const char *> PgParams::pointers() const
{
    std::vector<const char *> out;
    out.reserve(m_values.size());
    for (const auto &v : m_values)
        out.push_back(v ? v->constData() : nullptr);
    return out;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

QByteArray PgResult::bytes(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column),
                      PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::integer(int row, int column) const
{
    if (isNull(row, column))
        return 0;
    return QByteArray::fromRawData(PQgetvalue(m_result.get(), row, column),
                                   PQgetlength(m_result.get(), row, column))
        .toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result.get(), row, column)[0] == 't';
}

QDateTime PgResult::time(int row, int column) const
{
    if (isNull(row, column))
        return {};
    // The server runs every session with TimeZone=UTC and ISO DateStyle:
    // "2026-11-29 19:30:00.123456+00".
    QByteArray raw = bytes(row, column);
    raw.replace(' ', 'T');
    if (raw.endsWith("+00"))
        raw.chop(3);
    QDateTime t = QDateTime::fromString(QString::fromLatin1(raw), Qt::ISODateWithMs);
    if (!t.isValid()) {
        // Microseconds: Qt reads at most milliseconds.
        const qsizetype dot = raw.indexOf('.');
        if (dot > 0)
            raw.truncate(dot + 4);
        t = QDateTime::fromString(QString::fromLatin1(raw), Qt::ISODateWithMs);
    }
    t.setTimeZone(QTimeZone::utc());
    return t;
}

int PgResult::affected() const
{
    return QByteArray(PQcmdTuples(m_result.get())).toInt();
}

PgConnection::PgConnection(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
{}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::open()
{
    if (m_conn)
        PQfinish(m_conn);
    m_prepared.clear();
    m_deferred.clear();
    m_conn = PQconnectdb(m_conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_lastError = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    PGresult *r = PQexec(m_conn,
                         "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD';"
                         " SET client_encoding = 'UTF8'");
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        m_lastError = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    PQclear(r);
    return ok;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

PgError PgConnection::errorOf(PGresult *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *constraint = result ? PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME) : nullptr;
    QString message = QString::fromUtf8(result ? PQresultErrorMessage(result)
                                               : PQerrorMessage(m_conn))
                          .trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    PgError error(state ? QString::fromLatin1(state) : QString(),
                  constraint ? QString::fromUtf8(constraint) : QString(),
                  message,
                  !m_conn || PQstatus(m_conn) != CONNECTION_OK);
    PQclear(result);
    return error;
}

PgResult PgConnection::check(PGresult *result)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(result);
    throw errorOf(result);
}

PgResult PgConnection::exec(const char *sql)
{
    if (!m_conn)
        throw PgError({}, {}, QStringLiteral("no database connection"), true);
    flush();
    return check(PQexec(m_conn, sql));
}

const std::string &PgConnection::statementName(const char *sql, bool *fresh)
{
    auto it = m_prepared.find(sql);
    *fresh = it == m_prepared.end();
    if (*fresh)
        it = m_prepared.emplace(sql, "p" + std::to_string(++m_statements)).first;
    return it->second;
}

PgResult PgConnection::query(const char *sql, const PgParams &params)
{
    if (!m_conn)
        throw PgError({}, {}, QStringLiteral("no database connection"), true);
    if (!m_deferred.empty())
        return pipeline(sql, &params);
    bool fresh = false;
    const std::string &name = statementName(sql, &fresh);
    if (fresh) {
        try {
            check(PQprepare(m_conn, name.c_str(), sql, params.size(), nullptr));
        } catch (const PgError &) {
            m_prepared.erase(sql);
            throw;
        }
    }
    const std::vector<const char *> values = params.pointers();
    if (PQsendQueryPrepared(m_conn, name.c_str(), params.size(), values.data(), nullptr, nullptr, 0)
        != 1)
        return check(nullptr);
    PGresult *last = nullptr;
    while (PGresult *r = nextResult()) {
        PQclear(last);
        last = r;
    }
    return check(last);
}

void PgConnection::setSpin(std::chrono::microseconds budget, std::function<bool()> allowed)
{
    m_spinBudget = budget;
    m_spinAllowed = std::move(allowed);
}

PGresult *PgConnection::nextResult()
{
    // Sleeping in poll() until the answer arrives costs a wake-up per statement, which on a
    // virtual machine's idle CPU is a good part of a short statement's time. With a core to
    // spare, keep reading for a while first; sched_yield lets the backend run here should the
    // kernel have put it on this CPU.
    if (m_spinBudget.count() > 0 && PQisBusy(m_conn) && m_spinAllowed && m_spinAllowed()) {
        const auto deadline = std::chrono::steady_clock::now() + m_spinBudget;
        while (PQconsumeInput(m_conn) == 1 && PQisBusy(m_conn)
               && std::chrono::steady_clock::now() < deadline)
            sched_yield();
    }
    return PQgetResult(m_conn);
}

void PgConnection::defer(const char *sql, const PgParams &params)
{
    m_deferred.push_back(Deferred{sql, params});
}

void PgConnection::flush()
{
    if (!m_deferred.empty())
        pipeline(nullptr, nullptr);
}

void PgConnection::rollback()
{
    m_deferred.clear();
    if (isOpen()) {
        if (PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF)
            PQexitPipelineMode(m_conn);
        PQclear(PQexec(m_conn, "ROLLBACK"));
    }
}

PgResult PgConnection::pipeline(const char *last, const PgParams *lastParams)
{
    std::vector<Deferred> batch;
    batch.swap(m_deferred);
    if (last)
        batch.push_back(Deferred{last, *lastParams});
    if (!m_conn)
        throw PgError({}, {}, QStringLiteral("no database connection"), true);
    if (PQenterPipelineMode(m_conn) != 1)
        check(nullptr);

    // Each statement is prepared (once per connection) and executed; the results come back
    // in the same order, one or two per statement, and a sync ends the pipeline.
    std::vector<Sent> sent;
    sent.reserve(batch.size() * 2);
    bool ok = true;
    for (const Deferred &d : batch)
        ok = ok && send(d, sent);
    ok = ok && PQpipelineSync(m_conn) == 1;
    if (!ok) {
        // The connection broke while sending: nothing can be read back.
        forgetPrepared(sent);
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQexitPipelineMode(m_conn);
        throw PgError({}, {}, message, !isOpen());
    }

    PGresult *failure = nullptr;
    PgResult result;
    for (size_t i = 0; i < sent.size(); ++i) {
        // One result per statement, then a null that ends it.
        PGresult *r = nextResult();
        if (!r)
            break; // the connection is gone
        while (PGresult *extra = PQgetResult(m_conn))
            PQclear(extra);
        const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
        const bool good = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!good && sent[i].prepare)
            m_prepared.erase(sent[i].sql);
        if (!good && !failure && status != PGRES_PIPELINE_ABORTED) {
            failure = r;
            continue;
        }
        if (good && last && i + 1 == sent.size())
            result = PgResult(r);
        else
            PQclear(r);
    }
    // The sync's own result.
    while (PGresult *r = PQgetResult(m_conn)) {
        const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
        PQclear(r);
        if (sync)
            break;
    }
    PQexitPipelineMode(m_conn);
    if (failure)
        check(failure); // throws
    if (!isOpen())
        check(nullptr);
    return result;
}

bool PgConnection::send(const Statement &statement, std::vector<Sent> &sent)
{
    bool fresh = false;
    const std::string &name = statementName(statement.sql, &fresh);
    if (fresh) {
        sent.push_back({statement.sql, true}); // forgotten again should sending fail
        if (PQsendPrepare(m_conn, name.c_str(), statement.sql, statement.params.size(), nullptr)
            != 1)
            return false;
    }
    const std::vector<const char *> values = statement.params.pointers();
    const bool ok = PQsendQueryPrepared(m_conn,
                                        name.c_str(),
                                        statement.params.size(),
                                        values.data(),
                                        nullptr,
                                        nullptr,
                                        0)
                    == 1;
    sent.push_back({statement.sql, false});
    return ok;
}

void PgConnection::forgetPrepared(const std::vector<Sent> &sent)
{
    for (const Sent &s : sent) {
        if (s.prepare)
            m_prepared.erase(s.sql);
    }
}

std::vector<PgConnection::Statement> PgConnection::takeDeferred()
{
    std::vector<Statement> taken;
    taken.swap(m_deferred);
    return taken;
}

std::vector<std::optional<PgError>> PgConnection::transactions(
    const std::vector<std::vector<Statement>> &work)
{
    flush();
    if (!m_conn)
        throw PgError({}, {}, QStringLiteral("no database connection"), true);
    if (PQenterPipelineMode(m_conn) != 1)
        check(nullptr);
    std::vector<std::vector<Sent>> sent(work.size());
    bool ok = true;
    for (size_t t = 0; t < work.size() && ok; ++t) {
        for (const Statement &st : work[t])
            ok = ok && send(st, sent[t]);
        // The sync point ends the implicit transaction: it commits, or rolls back on error.
        ok = ok && PQpipelineSync(m_conn) == 1;
    }
    if (!ok) {
        for (const std::vector<Sent> &list : sent)
            forgetPrepared(list);
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQexitPipelineMode(m_conn);
        throw PgError({}, {}, message, !isOpen());
    }

    std::vector<std::optional<PgError>> errors(work.size());
    bool lost = false;
    for (size_t t = 0; t < work.size(); ++t) {
        for (const Sent &s : sent[t]) {
            PGresult *r = lost ? nullptr : nextResult();
            if (!r) {
                lost = true;
                break;
            }
            while (PGresult *extra = PQgetResult(m_conn))
                PQclear(extra);
            const ExecStatusType status = PQresultStatus(r);
            const bool good = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
            if (!good && s.prepare)
                m_prepared.erase(s.sql);
            if (!good && !errors[t] && status != PGRES_PIPELINE_ABORTED)
                errors[t] = errorOf(r);
            else
                PQclear(r);
        }
        // The transaction's sync point.
        while (PGresult *r = lost ? nullptr : PQgetResult(m_conn)) {
            const bool sync = PQresultStatus(r) == PGRES_PIPELINE_SYNC;
            PQclear(r);
            if (sync)
                break;
        }
        if (lost || !isOpen()) {
            lost = true;
            if (!errors[t] || !errors[t]->isConnectionLost())
                errors[t] = PgError({},
                                    {},
                                    QStringLiteral("the connection was lost before the "
                                                   "transaction's answer"),
                                    true);
        }
    }
    PQexitPipelineMode(m_conn);
    return errors;
}

QByteArray pgTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz+00")).toLatin1();
}

} // namespace parkett::server
