// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/outbox.h"

#include "fakeserver.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/supervisorqueue.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_Outbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appendGoesWithItsTransaction();
    void replaySendsInOrderWithTheirIds();
    void replayedAnswerCountsAsSent();
    void refusalGoesToTheSupervisorQueue();
    void noAnswerLeavesItPendingAndStops();
    void serverDownLeavesItPending();
    void keptAcrossRestart();

private:
    QUuid append(int n);
    bool replay(Outbox &outbox);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(20, 0), Qt::UTC);
};

void tst_Outbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
}

void tst_Outbox::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QUuid tst_Outbox::append(int n)
{
    Outbox outbox(*m_db);
    auto op = outbox.append("POST", u"/v1/offline-orders"_s, {{u"n"_s, n}}, m_now);
    return op ? *op : QUuid();
}

bool tst_Outbox::replay(Outbox &outbox)
{
    ServerClient *client = findChild<ServerClient *>();
    if (!client)
        return false;
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    QSignalSpy interrupted(&outbox, &Outbox::replayInterrupted);
    outbox.replay(*client);
    return QTest::qWaitFor([&] { return !finished.isEmpty() || !interrupted.isEmpty(); }, 20000);
}

void tst_Outbox::appendGoesWithItsTransaction()
{
    Outbox outbox(*m_db);
    {
        TransactionGuard tx(*m_db);
        QVERIFY(outbox.append("POST", u"/v1/offline-orders"_s, {}, m_now));
        // no commit: the local effect failed, the operation goes with it
    }
    QCOMPARE(*outbox.depth(), 0);
    {
        TransactionGuard tx(*m_db);
        QVERIFY(outbox.append("POST", u"/v1/offline-orders"_s, {}, m_now));
        QVERIFY(tx.commit());
    }
    QCOMPARE(*outbox.depth(), 1);
    QSignalSpy depth(&outbox, &Outbox::depthChanged);
    outbox.announce();
    QCOMPARE(depth.size(), 1);
    QCOMPARE(depth.first().first().toInt(), 1);
}

void tst_Outbox::replaySendsInOrderWithTheirIds()
{
    const QList<QUuid> ops = {append(1), append(2), append(3)};
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        return FakeServer::Response::json(201, {{u"ok"_s, true}});
    });
    auto *client = new ServerClient(this);
    client->setBaseUrl(server.url());
    Outbox outbox(*m_db);
    QSignalSpy sent(&outbox, &Outbox::operationSent);
    QVERIFY(replay(outbox));
    delete client;
    QCOMPARE(sent.size(), 3);
    QCOMPARE(server.requests().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(server.requests().at(i).headers.value("operation-id"),
                 ops.at(i).toString(QUuid::WithoutBraces).toLatin1());
        QCOMPARE(server.requests().at(i).json().value(u"n"_s).toInt(), i + 1);
        QCOMPARE(server.requests().at(i).path, u"/v1/offline-orders"_s);
    }
    QCOMPARE(*outbox.depth(), 0);
    const auto entries = *outbox.entries();
    QCOMPARE(entries.size(), 3);
    for (const OutboxEntry &e : entries) {
        QCOMPARE(e.state, OutboxEntry::State::Sent);
        QCOMPARE(e.attempts, 1);
    }
}

void tst_Outbox::replayedAnswerCountsAsSent()
{
    const QUuid op = append(1);
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        auto r = FakeServer::Response::json(201, {});
        r.headers.append(qMakePair(QByteArray("Operation-Replayed"), QByteArray("true")));
        return r;
    });
    auto *client = new ServerClient(this);
    client->setBaseUrl(server.url());
    Outbox outbox(*m_db);
    QVERIFY(replay(outbox));
    delete client;
    QCOMPARE(outbox.entry(op)->state, OutboxEntry::State::Sent);
    QCOMPARE(*outbox.depth(), 0);
}

void tst_Outbox::refusalGoesToTheSupervisorQueue()
{
    append(1);
    const QUuid refused = append(2);
    append(3);
    FakeServer server;
    server.setHandler([](const FakeServer::Request &r) {
        if (r.json().value(u"n"_s).toInt() == 2)
            return FakeServer::Response::json(
                409,
                {{u"error"_s,
                  QJsonObject{{u"code"_s, u"lease_missing"_s},
                              {u"message"_s, u"seat 2001 is no longer leased to terminal 2"_s},
                              {u"details"_s, QJsonObject{{u"seats"_s, QJsonArray{2001}}}}}}});
        return FakeServer::Response::json(201, {});
    });
    auto *client = new ServerClient(this);
    client->setBaseUrl(server.url());
    Outbox outbox(*m_db);
    QSignalSpy refusedSpy(&outbox, &Outbox::operationRefused);
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    QVERIFY(replay(outbox));
    delete client;
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QCOMPARE(refusedSpy.size(), 1);
    // The refusal did not stop the others, and nothing was dropped.
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(outbox.entry(refused)->state, OutboxEntry::State::Refused);
    QCOMPARE(outbox.entries()->size(), 3);
    QCOMPARE(*outbox.depth(), 0);

    SupervisorQueue queue(*m_db);
    QCOMPARE(*queue.openCount(), 1);
    const SupervisorItem item = queue.items()->first();
    QCOMPARE(item.operation, refused);
    QCOMPARE(item.httpStatus, 409);
    QCOMPARE(item.code, u"lease_missing"_s);
    QCOMPARE(item.message, u"seat 2001 is no longer leased to terminal 2"_s);
    QCOMPARE(item.seats(), QList<SeatId>{SeatId(2001)});
    QCOMPARE(item.route, u"/v1/offline-orders"_s);
}

void tst_Outbox::noAnswerLeavesItPendingAndStops()
{
    const QUuid first = append(1);
    append(2);
    FakeServer server;
    bool cutting = true;
    server.setHandler([&cutting](const FakeServer::Request &) {
        // The connection is cut before an answer: the server may or may not have applied
        // it, so the client must send it again with the same id. (Qt itself tries again on
        // a fresh connection once; those tries are cut too.)
        return cutting ? FakeServer::Response::cutConnection()
                       : FakeServer::Response::json(201, {});
    });
    auto *client = new ServerClient(this);
    client->setBaseUrl(server.url());
    Outbox outbox(*m_db);
    QSignalSpy interrupted(&outbox, &Outbox::replayInterrupted);
    QVERIFY(replay(outbox));
    QCOMPARE(interrupted.size(), 1);
    const QByteArray firstId = first.toString(QUuid::WithoutBraces).toLatin1();
    const qsizetype tries = server.requests().size();
    QVERIFY(tries >= 1);
    for (const FakeServer::Request &r : server.requests())
        QCOMPARE(r.headers.value("operation-id"), firstId); // the second never overtakes
    QCOMPARE(*outbox.depth(), 2);
    QCOMPARE(outbox.entry(first)->state, OutboxEntry::State::Pending);
    QCOMPARE(outbox.entry(first)->attempts, 1);
    QVERIFY(!outbox.entry(first)->lastError.isEmpty());
    QVERIFY(!outbox.isReplaying());

    cutting = false;
    QVERIFY(replay(outbox));
    delete client;
    QCOMPARE(*outbox.depth(), 0);
    QCOMPARE(server.requests().size(), tries + 2);
    QCOMPARE(server.requests().at(tries).headers.value("operation-id"), firstId);
    QCOMPARE(outbox.entry(first)->attempts, 2);
    QCOMPARE(outbox.entry(first)->state, OutboxEntry::State::Sent);
}

void tst_Outbox::serverDownLeavesItPending()
{
    const QUuid op = append(1);
    FakeServer server;
    server.setHandler([](const FakeServer::Request &) {
        return FakeServer::Response::error(503, u"unavailable"_s, u"database down"_s);
    });
    auto *client = new ServerClient(this);
    client->setBaseUrl(server.url());
    Outbox outbox(*m_db);
    QSignalSpy interrupted(&outbox, &Outbox::replayInterrupted);
    QVERIFY(replay(outbox));
    delete client;
    QCOMPARE(interrupted.size(), 1);
    QCOMPARE(outbox.entry(op)->state, OutboxEntry::State::Pending);
    QCOMPARE(*SupervisorQueue(*m_db).openCount(), 0);
}

void tst_Outbox::keptAcrossRestart()
{
    const QUuid op = append(7);
    m_db.reset();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    Outbox outbox(*m_db);
    QCOMPARE(*outbox.depth(), 1);
    const OutboxEntry e = *outbox.entry(op);
    QCOMPARE(e.method, QByteArray("POST"));
    QCOMPARE(e.body.value(u"n"_s).toInt(), 7);
    QCOMPARE(e.createdAt, m_now);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
