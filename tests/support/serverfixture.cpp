// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/serverfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace parkett::testing {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool isRoot()
{
    return geteuid() == 0;
}

/** Runs \a command once this test process is gone, however it ended (a test killed by a
    timeout included), from a detached shell that checks every second: a killed test leaves
    no cluster or server running behind it. When the test ended normally, what it started is
    gone already and the command finds nothing to do. */
void afterThisProcess(const QString &script, const QStringList &args)
{
    const QString watch = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; %2")
                              .arg(QCoreApplication::applicationPid())
                              .arg(script);
    QProcess::startDetached(QStringLiteral("/bin/sh"),
                            QStringList{QStringLiteral("-c"),
                                        watch,
                                        QStringLiteral("parkett-reaper")}
                                + args);
}

} // namespace

QString newOperationId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject holdBody(qint64 performance, const QList<qint64> &seats, int ttlSeconds)
{
    QJsonArray array;
    for (qint64 s : seats)
        array.append(s);
    return QJsonObject{{QStringLiteral("performance"), performance},
                       {QStringLiteral("seats"), array},
                       {QStringLiteral("ttlSeconds"), ttlSeconds}};
}

QJsonObject confirmBody(const QString &hold, const QList<qint64> &seats, qint64 amount)
{
    QJsonArray lines;
    for (qint64 s : seats)
        lines.append(QJsonObject{{QStringLiteral("seat"), s}, {QStringLiteral("priceType"), 1}});
    return QJsonObject{{QStringLiteral("hold"), hold},
                       {QStringLiteral("lines"), lines},
                       {QStringLiteral("payment"),
                        QJsonObject{{QStringLiteral("method"), QStringLiteral("card")},
                                    {QStringLiteral("amount"), amount}}}};
}

qint64 reserveFor(TestClient &client, qint64 performance, qint64 seat, qint64 customer)
{
    const HttpReply hold = client.post(QStringLiteral("/v1/holds"), holdBody(performance, {seat}));
    if (hold.status != 201) {
        qWarning("hold refused: %s", hold.body.constData());
        return 0;
    }
    QJsonObject body = confirmBody(hold.json[u"hold"][u"id"].toString(), {seat}, 0);
    body.remove(QStringLiteral("payment"));
    body[QStringLiteral("reserveUntil")] = QDateTime::currentDateTimeUtc().addSecs(3600).toString(
        Qt::ISODateWithMs);
    body[QStringLiteral("customer")] = customer;
    const HttpReply order = client.post(QStringLiteral("/v1/orders"), body);
    if (order.status != 201) {
        qWarning("reservation refused: %s", order.body.constData());
        return 0;
    }
    return order.json[u"order"][u"id"].toInteger();
}

PgCluster::PgCluster()
{
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.toInt() < b.toInt();
    });
    if (!versions.isEmpty())
        m_bin = lib.filePath(versions.last() + QStringLiteral("/bin"));
}

PgCluster::~PgCluster()
{
    stop();
}

QStringList PgCluster::asOwner(const QString &program, const QStringList &args) const
{
    QStringList command;
    if (isRoot())
        command << QStringLiteral("runuser") << QStringLiteral("-u") << QStringLiteral("postgres")
                << QStringLiteral("--");
    command << QDir(m_bin).filePath(program);
    command << args;
    return command;
}

bool PgCluster::run(const QString &program, const QStringList &args, QString *error) const
{
    const QStringList command = asOwner(program, args);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2")
                         .arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgCluster::start(QString *error)
{
    if (m_bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed (Debian package postgresql)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/parkett-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (isRoot()) {
        const passwd *pw = getpwnam("postgres");
        if (!pw) {
            *error = QStringLiteral("running as root needs the postgres system user");
            return false;
        }
        if (chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to postgres").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"),
              data,
              QStringLiteral("-U"),
              QStringLiteral("parkett"),
              QStringLiteral("--auth=trust"),
              QStringLiteral("-E"),
              QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             error))
        return false;
    m_port = freePort();
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off"
                                           " -c synchronous_commit=off -c full_page_writes=off"
                                           " -c max_connections=300")
                                .arg(m_port)
                                .arg(m_dir->path())
                            // For profiling, e.g. "-c shared_preload_libraries=pg_stat_statements".
                            + u' ' + qEnvironmentVariable("PARKETT_TEST_PG_OPTIONS");
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"),
              data,
              QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")),
              QStringLiteral("-w"),
              QStringLiteral("-o"),
              options,
              QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    // Stopped by a reaper should this test be killed; the data folder goes with the stop.
    const QStringList stopCommand = asOwner(QStringLiteral("pg_ctl"),
                                            {QStringLiteral("-D"),
                                             data,
                                             QStringLiteral("-m"),
                                             QStringLiteral("immediate"),
                                             QStringLiteral("stop")});
    afterThisProcess(QStringLiteral("dir=\"$1\"; shift; if [ -d \"$dir\" ]; then"
                                    " \"$@\" >/dev/null 2>&1; rm -rf \"$dir\"; fi"),
                     QStringList{m_dir->path()} + stopCommand);
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"),
                QString::number(m_port),
                QStringLiteral("-U"),
                QStringLiteral("parkett"),
                QStringLiteral("parkett")},
               error);
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"),
         m_dir->filePath(QStringLiteral("data")),
         QStringLiteral("-m"),
         QStringLiteral("immediate"),
         QStringLiteral("stop")},
        nullptr);
    m_running = false;
}

QString PgCluster::conninfo() const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=parkett dbname=parkett").arg(m_port);
}

QString PgCluster::sql(const QString &statement, QString *error) const
{
    const QStringList command = asOwner(QStringLiteral("psql"),
                                        {QStringLiteral("-h"),
                                         QStringLiteral("127.0.0.1"),
                                         QStringLiteral("-p"),
                                         QString::number(m_port),
                                         QStringLiteral("-U"),
                                         QStringLiteral("parkett"),
                                         QStringLiteral("-d"),
                                         QStringLiteral("parkett"),
                                         QStringLiteral("-tAq"),
                                         QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"),
                                         QStringLiteral("-c"),
                                         statement});
    QProcess p;
    p.start(command.first(), command.mid(1));
    p.waitForFinished(60000);
    if (p.exitCode() != 0 && error)
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

ServerProcess::~ServerProcess()
{
    kill();
}

bool ServerProcess::start(const QString &conninfo, const QStringList &extraArgs, QString *error)
{
    m_conninfo = conninfo;
    m_args = extraArgs;
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    const QString portFile = m_dir->filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("server.log")),
                                     QIODevice::Append);
    QStringList args{QStringLiteral("--database"),
                     conninfo,
                     QStringLiteral("--port"),
                     m_port ? QString::number(m_port) : QStringLiteral("0"),
                     QStringLiteral("--port-file"),
                     portFile,
                     QStringLiteral("--seed-demo"),
                     QStringLiteral("--sweep-ms"),
                     QStringLiteral("200")};
    args << extraArgs;
    m_process->start(QStringLiteral(PARKETT_SERVER_BINARY), args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("parkett-server did not start: %1").arg(m_process->errorString());
        return false;
    }
    // Killed by a reaper should this test be killed (only while that process id is still a
    // parkett-server).
    afterThisProcess(QStringLiteral("grep -q parkett-server /proc/$1/cmdline 2>/dev/null"
                                    " && kill -9 $1"),
                     {QString::number(m_process->processId())});
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray text = f.readAll().trimmed();
            if (!text.isEmpty()) {
                m_port = quint16(text.toUInt());
                TestClient probe(url());
                if (probe.get(QStringLiteral("/health")).status == 200)
                    return true;
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("parkett-server exited: %1").arg(QString::fromUtf8(log()));
            return false;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("parkett-server did not answer /health: %1")
                 .arg(QString::fromUtf8(log()));
    return false;
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool ServerProcess::terminate()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->terminate();
    return m_process->waitForFinished(30000) && m_process->exitStatus() == QProcess::NormalExit
           && m_process->exitCode() == 0;
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QByteArray ServerProcess::log() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TestClient::TestClient(QUrl base)
    : m_base(std::move(base))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

TestClient::~TestClient() = default;

HttpReply TestClient::request(const QByteArray &method,
                              const QString &path,
                              const QByteArray &body,
                              const QString &operationId)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!operationId.isEmpty())
        request.setRawHeader("Operation-Id", operationId.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    if (m_timeout > 0)
        timer.start(m_timeout);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.replayed = reply->rawHeader("Operation-Replayed") == "true";
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

HttpReply TestClient::post(const QString &path, const QJsonObject &body, const QString &operationId)
{
    return request("POST",
                   path,
                   QJsonDocument(body).toJson(QJsonDocument::Compact),
                   operationId.isEmpty() ? newOperationId() : operationId);
}

bool TestClient::login(const QString &login, const QString &password, qint64 terminal)
{
    m_token.clear();
    const HttpReply r = request("POST",
                                QStringLiteral("/v1/login"),
                                QJsonDocument(QJsonObject{{QStringLiteral("login"), login},
                                                          {QStringLiteral("password"), password},
                                                          {QStringLiteral("terminal"), terminal}})
                                    .toJson());
    m_token = r.json.value(QStringLiteral("token")).toString().toLatin1();
    return r.status == 200 && !m_token.isEmpty();
}

namespace {

bool startDemo(PgCluster &pg,
               ServerProcess &server,
               std::unique_ptr<TestClient> &counter,
               std::unique_ptr<TestClient> &supervisor,
               const QStringList &serverArgs,
               QString *error)
{
    if (!pg.start(error) || !server.start(pg.conninfo(), serverArgs, error))
        return false;
    counter = std::make_unique<TestClient>(server.url());
    supervisor = std::make_unique<TestClient>(server.url());
    if (!counter->login(QStringLiteral("counter"), demoPassword(), 1)
        || !supervisor->login(QStringLiteral("supervisor"), demoPassword(), 1)) {
        *error = QStringLiteral("the demo users cannot sign in");
        return false;
    }
    return true;
}

void stopDemo(PgCluster &pg,
              ServerProcess &server,
              std::unique_ptr<TestClient> &counter,
              std::unique_ptr<TestClient> &supervisor)
{
    counter.reset();
    supervisor.reset();
    server.kill();
    pg.stop();
}

} // namespace

bool DemoServer::start(QString *error, const QStringList &serverArgs)
{
    return startDemo(pg, server, counter, supervisor, serverArgs, error);
}

void DemoServer::stop()
{
    stopDemo(pg, server, counter, supervisor);
}

void DemoServerTest::initTestCase()
{
    QString error;
    QVERIFY2(startDemo(m_pg, m_server, m_counter, m_supervisor, {}, &error), qPrintable(error));
}

void DemoServerTest::cleanupTestCase()
{
    stopDemo(m_pg, m_server, m_counter, m_supervisor);
}

} // namespace parkett::testing
