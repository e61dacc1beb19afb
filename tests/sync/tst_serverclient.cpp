// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/serverclient.h"

#include "fakeserver.h"

#include <QJsonArray>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(parkett::ErrorCode)

class tst_ServerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatingCallsCarryOperationIdAndToken();
    void getHasNoOperationId();
    void basePathAndQueryKept();
    void errorBodyBecomesError_data();
    void errorBodyBecomesError();
    void replayedAnswerIsMarked();
    void cutConnectionIsNetworkFailure();
    void loginSendsNoOperationId();
    void successThatIsNotJsonSaysWhy();

private:
    ServerReply call(ServerClient &client, const std::function<void(ServerClient::Callback)> &start);
};

ServerReply tst_ServerClient::call(ServerClient &client,
                                   const std::function<void(ServerClient::Callback)> &start)
{
    Q_UNUSED(client)
    std::optional<ServerReply> out;
    start([&out](const ServerReply &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return {};
    return *out;
}

void tst_ServerClient::mutatingCallsCarryOperationIdAndToken()
{
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        return FakeServer::Response::json(201, {{u"order"_s, QJsonObject{{u"id"_s, 17}}}});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    client.setToken(u"tok"_s);
    const QUuid op = QUuid::createUuid();
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.send("POST", u"/v1/orders"_s, {{u"hold"_s, u"h"_s}}, op, this, done);
    });
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.isSuccess());
    QCOMPARE(reply.body.value(u"order"_s).toObject().value(u"id"_s).toInt(), 17);
    QCOMPARE(server.requests().size(), 1);
    const FakeServer::Request &r = server.requests().first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, u"/v1/orders"_s);
    QCOMPARE(r.headers.value("operation-id"), op.toString(QUuid::WithoutBraces).toLatin1());
    QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer tok"));
    QVERIFY(r.headers.value("content-type").startsWith("application/json"));
    QCOMPARE(r.json().value(u"hold"_s).toString(), u"h"_s);

    // DELETE carries its operation id too.
    const QUuid del = QUuid::createUuid();
    call(client, [&](ServerClient::Callback done) {
        client.send("DELETE", u"/v1/holds/abc"_s, {}, del, this, done);
    });
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).method, QByteArray("DELETE"));
    QCOMPARE(server.requests().at(1).headers.value("operation-id"),
             del.toString(QUuid::WithoutBraces).toLatin1());
}

void tst_ServerClient::getHasNoOperationId()
{
    FakeServer server;
    ServerClient client;
    client.setBaseUrl(server.url());
    client.setToken(u"tok"_s);
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.get(u"/v1/catalog"_s, this, done);
    });
    QCOMPARE(reply.status, 200);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests().first().headers.contains("operation-id"));
    QCOMPARE(server.requests().first().headers.value("authorization"), QByteArray("Bearer tok"));
}

void tst_ServerClient::basePathAndQueryKept()
{
    FakeServer server;
    ServerClient client;
    QUrl base = server.url();
    base.setPath(u"/parkett/"_s);
    client.setBaseUrl(base);
    call(client, [&](ServerClient::Callback done) {
        client.get(u"/v1/changes?since=812&limit=500&wait=0"_s, this, done);
    });
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, u"/parkett/v1/changes?since=812&limit=500&wait=0"_s);
}

void tst_ServerClient::errorBodyBecomesError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<bool>("refusal");
    QTest::addColumn<bool>("transient");
    QTest::newRow("seat") << 409 << u"seat_unavailable"_s << ErrorCode::SeatUnavailable << true
                          << false;
    QTest::newRow("lease") << 409 << u"lease_missing"_s << ErrorCode::SeatUnavailable << true
                           << false;
    QTest::newRow("hold") << 409 << u"hold_expired"_s << ErrorCode::ReservationExpired << true
                          << false;
    QTest::newRow("rules") << 422 << u"rule_violation"_s << ErrorCode::RuleViolation << true
                           << false;
    QTest::newRow("reused") << 409 << u"operation_reused"_s << ErrorCode::Conflict << true << false;
    QTest::newRow("missing") << 404 << u"not_found"_s << ErrorCode::NotFound << true << false;
    QTest::newRow("forbidden") << 403 << u"forbidden"_s << ErrorCode::PermissionDenied << true
                               << false;
    QTest::newRow("bad") << 400 << u"bad_request"_s << ErrorCode::InvalidArgument << true << false;
    QTest::newRow("token") << 401 << u"unauthenticated"_s << ErrorCode::InvalidArgument << false
                           << true;
    QTest::newRow("db down") << 503 << u"unavailable"_s << ErrorCode::StorageFailure << false
                             << true;
}

void tst_ServerClient::errorBodyBecomesError()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, refusal);
    QFETCH(bool, transient);
    FakeServer server;
    server.setHandler([&](const FakeServer::Request &) {
        auto response = FakeServer::Response::json(
            status,
            {{u"error"_s,
              QJsonObject{{u"code"_s, code},
                          {u"message"_s, u"seat 1042 is sold"_s},
                          {u"details"_s, QJsonObject{{u"seats"_s, QJsonArray{1042}}}}}}});
        return response;
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.send("POST", u"/v1/holds"_s, {}, QUuid::createUuid(), this, done);
    });
    QCOMPARE(reply.status, status);
    QVERIFY(!reply.isSuccess());
    QCOMPARE(reply.code, code);
    QCOMPARE(reply.message, u"seat 1042 is sold"_s);
    QCOMPARE(reply.details.value(u"seats"_s).toArray().first().toInt(), 1042);
    QCOMPARE(reply.isRefusal(), refusal);
    QCOMPARE(reply.isTransient(), transient);
    const Error error = reply.toError();
    QCOMPARE(error.code, expected);
    QVERIFY(error.message.contains(u"seat 1042 is sold"_s));
}

void tst_ServerClient::replayedAnswerIsMarked()
{
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        auto response = FakeServer::Response::json(201, {{u"order"_s, QJsonObject{}}});
        response.headers.append(qMakePair(QByteArray("Operation-Replayed"), QByteArray("true")));
        return response;
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.send("POST", u"/v1/orders"_s, {}, QUuid::createUuid(), this, done);
    });
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.replayed);
}

void tst_ServerClient::successThatIsNotJsonSaysWhy()
{
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        return FakeServer::Response{200, QByteArrayLiteral("{\"changes\": [1, 2"), {}, false};
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.get(u"/v1/changes?since=0"_s, this, done);
    });
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QVERIFY2(reply.message.startsWith(u"malformed JSON at offset"_s), qPrintable(reply.message));
}

void tst_ServerClient::cutConnectionIsNetworkFailure()
{
    FakeServer server;
    server.setHandler(
        [](const FakeServer::Request &) { return FakeServer::Response::cutConnection(); });
    ServerClient client;
    client.setBaseUrl(server.url());
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.send("POST", u"/v1/orders"_s, {}, QUuid::createUuid(), this, done);
    });
    QCOMPARE(reply.status, 0);
    QVERIFY(reply.isNetworkFailure());
    QVERIFY(reply.isTransient());
    QVERIFY(!reply.isRefusal());
    QVERIFY(!reply.networkError.isEmpty());
    QCOMPARE(reply.toError().code, ErrorCode::StorageFailure);
    QCOMPARE(client.requestsInFlight(), 0);
}

void tst_ServerClient::loginSendsNoOperationId()
{
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        return FakeServer::Response::json(200, {{u"token"_s, u"t"_s}});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    const ServerReply reply = call(client, [&](ServerClient::Callback done) {
        client.login(u"anna"_s, u"secret"_s, 3, this, done);
    });
    QCOMPARE(reply.body.value(u"token"_s).toString(), u"t"_s);
    const FakeServer::Request &r = server.requests().first();
    QCOMPARE(r.path, u"/v1/login"_s);
    QVERIFY(!r.headers.contains("operation-id"));
    QVERIFY(!r.headers.contains("authorization"));
    QCOMPARE(r.json().value(u"login"_s).toString(), u"anna"_s);
    QCOMPARE(r.json().value(u"password"_s).toString(), u"secret"_s);
    QCOMPARE(r.json().value(u"terminal"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(tst_ServerClient)
#include "tst_serverclient.moc"
