// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace parkett::testing {

/** A private PostgreSQL cluster for one test run: initdb into a temporary folder, listening on
    127.0.0.1 on a free port and a socket inside the folder, trust authentication, fsync off
    (nothing here must survive a power cut). Run as root, the cluster runs as the postgres
    system user, since PostgreSQL refuses root. Stopped and deleted by the destructor. */
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();

    bool start(QString *error);
    void stop();
    /** libpq connection string of the database "parkett". */
    QString conninfo() const;
    quint16 port() const { return m_port; }
    /** Runs SQL through psql; the output of the last statement, trimmed (unaligned, tuples only). */
    QString sql(const QString &statement, QString *error = nullptr) const;

private:
    QStringList asOwner(const QString &program, const QStringList &args) const;
    bool run(const QString &program, const QStringList &args, QString *error) const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

/** parkett-server as a child process on 127.0.0.1 and a free port. */
class ServerProcess
{
public:
    ~ServerProcess();

    /** Starts the server built with the tests (seeding the demo on first start) and waits for
        /health. */
    bool start(const QString &conninfo, const QStringList &extraArgs, QString *error);
    /** SIGKILL: no chance to finish anything. */
    void kill();
    /** SIGTERM and wait: the graceful shutdown. */
    bool terminate();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url(const QString &path = {}) const;
    QByteArray log() const;

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_conninfo;
    QStringList m_args;
    quint16 m_port = 0;
};

/** A blocking JSON-over-HTTP client for tests. */
struct HttpReply
{
    int status = 0; ///< 0 when the connection failed
    QByteArray body;
    QJsonObject json;
    bool replayed = false;
    QString networkError;
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
};

class TestClient
{
public:
    explicit TestClient(QUrl base);
    ~TestClient();

    HttpReply request(const QByteArray &method,
                      const QString &path,
                      const QByteArray &body = {},
                      const QString &operationId = {});
    HttpReply get(const QString &path) { return request("GET", path); }
    /** A POST with a fresh operation id (or \a operationId). */
    HttpReply post(const QString &path, const QJsonObject &body, const QString &operationId = {});
    /** Signs in; true when a token came back. */
    bool login(const QString &login, const QString &password, qint64 terminal);
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setBase(QUrl base) { m_base = std::move(base); }
    /** Gives up on a request after \a ms (0: never); a request cut off this way has status 0. */
    void setTimeout(int ms) { m_timeout = ms; }

private:
    QUrl m_base;
    QByteArray m_token;
    int m_timeout = 30000;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

/** A private cluster and a server seeded with the demo venue, with the counter and the
    supervisor signed in at terminal 1: what most server tests start from. */
struct DemoServer
{
    PgCluster pg;
    ServerProcess server;
    std::unique_ptr<TestClient> counter;
    std::unique_ptr<TestClient> supervisor;

    bool start(QString *error, const QStringList &serverArgs = {});
    void stop();
};

/** The base of a test class run against the demo: the cluster and the server of DemoServer,
    started before the first test function with the counter and the supervisor signed in at
    terminal 1, and stopped after the last one. */
class DemoServerTest : public QObject
{
    Q_OBJECT

protected Q_SLOTS:
    virtual void initTestCase();
    virtual void cleanupTestCase();

protected:
    PgCluster m_pg;
    ServerProcess m_server;
    std::unique_ptr<TestClient> m_counter;
    std::unique_ptr<TestClient> m_supervisor;
};

/** The demo's password for every seeded user. */
inline QString demoPassword()
{
    return QStringLiteral("parkett-demo");
}

QString newOperationId();

/** The body of POST /v1/holds for \a seats of \a performance. */
QJsonObject holdBody(qint64 performance, const QList<qint64> &seats, int ttlSeconds = 600);
/** The body of POST /v1/orders selling every seat of \a hold at price type 1, paid by card. */
QJsonObject confirmBody(const QString &hold, const QList<qint64> &seats, qint64 amount);
/** Holds \a seat of \a performance and reserves it for \a customer for an hour through
    \a client: an order with no price to know. Its id, or 0 (with the server's answer as a
    warning) when the server refused. */
qint64 reserveFor(TestClient &client, qint64 performance, qint64 seat, qint64 customer);

} // namespace parkett::testing
