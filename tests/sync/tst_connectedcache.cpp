// SPDX-License-Identifier: GPL-3.0-or-later
// Connected mode beside a standalone box office: the server's data goes into a file of its
// own, synced from the real server (tests/support), and the standalone file stays as it was.
#include "sync/connectedcache.h"

#include "storage/database.h"
#include "storage/demoseeder.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "tests/support/serverfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::testing;
using namespace Qt::StringLiterals;

class tst_ConnectedCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneFilePerServerBesideTheStandaloneOne();
    void whatCountsAsAStandaloneBoxOffice();
    void syncIntoItsOwnFileLeavesTheStandaloneIntact();

private:
    PgCluster m_pg;
    ServerProcess m_server;
};

void tst_ConnectedCache::initTestCase()
{
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_server.start(m_pg.conninfo(), {}, &error), qPrintable(error));
}

void tst_ConnectedCache::cleanupTestCase()
{
    m_server.kill();
    m_pg.stop();
}

void tst_ConnectedCache::oneFilePerServerBesideTheStandaloneOne()
{
    const QString dir = QDir::root().filePath(u"data"_s);
    QCOMPARE(ConnectedCache::pathFor(QDir(dir).filePath(u"parkett.sqlite"_s),
                                     QUrl(u"http://127.0.0.1:8080"_s)),
             QDir(dir).filePath(u"parkett-127.0.0.1-8080.sqlite"_s));
    QCOMPARE(ConnectedCache::pathFor(QDir(dir).filePath(u"parkett.sqlite"_s),
                                     QUrl(u"https://Box.Example/api"_s)),
             QDir(dir).filePath(u"parkett-box.example.sqlite"_s));
    QVERIFY(ConnectedCache::pathFor(QDir(dir).filePath(u"a.sqlite"_s), QUrl(u"http://x:1"_s))
            != ConnectedCache::pathFor(QDir(dir).filePath(u"a.sqlite"_s), QUrl(u"http://y:1"_s)));
}

void tst_ConnectedCache::whatCountsAsAStandaloneBoxOffice()
{
    QTemporaryDir dir;
    auto empty = Database::open(dir.filePath(u"empty.sqlite"_s));
    QVERIFY(empty);
    QCOMPARE(*ConnectedCache::holdsStandaloneBoxOffice(**empty), false);
    auto seeded = Database::open(dir.filePath(u"demo.sqlite"_s));
    QVERIFY(seeded);
    QVERIFY(seedDemo(**seeded, QDateTime::currentDateTimeUtc()));
    QCOMPARE(*ConnectedCache::holdsStandaloneBoxOffice(**seeded), true);
    // A cache whose first sync was cut off after the catalogue is still a cache.
    auto cut = Database::open(dir.filePath(u"cut.sqlite"_s));
    QVERIFY(cut);
    QVERIFY(SyncState(**cut).setValue(ConnectedCache::initialSyncStartedKey(), u"x"_s));
    QVERIFY((*cut)->exec(u"INSERT INTO venues (id, name) VALUES (1, 'Stadtsaal')"_s));
    QCOMPARE(*ConnectedCache::holdsStandaloneBoxOffice(**cut), false);
    // A standalone file is nobody's cache: opening it as one is refused.
    auto other = Database::open(dir.filePath(u"other.sqlite"_s));
    QVERIFY(other);
    const QUrl server(u"http://127.0.0.1:9"_s);
    {
        auto taken = Database::open(ConnectedCache::pathFor((*other)->path(), server));
        QVERIFY(taken);
        QVERIFY(seedDemo(**taken, QDateTime::currentDateTimeUtc()));
    }
    auto refused = ConnectedCache::open(**other, server);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QVERIFY(ConnectedCache::linkedCache(**other).isEmpty());
}

void tst_ConnectedCache::syncIntoItsOwnFileLeavesTheStandaloneIntact()
{
    QTemporaryDir dir;
    auto standalone = Database::open(dir.filePath(u"parkett.sqlite"_s));
    QVERIFY(standalone);
    QVERIFY(seedDemo(**standalone, QDateTime::currentDateTimeUtc()));
    auto scalar = [](Database &db, const QString &sql) { return db.scalar(sql)->toString(); };
    const QString venues = scalar(**standalone, u"SELECT count(*) FROM venues"_s);
    const QString orders = scalar(**standalone, u"SELECT count(*) FROM orders"_s);
    const QString name = scalar(**standalone, u"SELECT name FROM venues ORDER BY id LIMIT 1"_s);

    auto cache = ConnectedCache::open(**standalone, m_server.url());
    QVERIFY2(cache, cache ? "" : qPrintable(cache.error().message));
    const QString cachePath = (*cache)->path();
    QCOMPARE(cachePath, ConnectedCache::pathFor((*standalone)->path(), m_server.url()));
    QCOMPARE(ConnectedCache::linkedCache(**standalone), cachePath);
    QCOMPARE(ConnectedCache::fileToOpen(**standalone), cachePath);
    QCOMPARE(ConnectedCache::standaloneFile(**cache), (*standalone)->path());

    // Sign in and sync into the server's file.
    ServerClient client;
    client.setBaseUrl(m_server.url());
    std::optional<ServerReply> reply;
    client.login(u"counter"_s, demoPassword(), 1, this, [&reply](const ServerReply &r) {
        reply = r;
    });
    QVERIFY(QTest::qWaitFor([&] { return reply.has_value(); }, 30000));
    QVERIFY(reply->isSuccess());
    client.setToken(reply->body.value(u"token"_s).toString());
    SyncCache syncCache(**cache, 1);
    Outbox outbox(**cache, &syncCache);
    SyncEngine engine(**cache, client, syncCache, outbox);
    QSignalSpy finished(&engine, &SyncEngine::initialSyncFinished);
    engine.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    engine.stop();
    QVERIFY(scalar(**cache, u"SELECT count(*) FROM performances"_s).toInt() > 0);
    QCOMPARE(*ConnectedCache::holdsStandaloneBoxOffice(**cache), false);

    // The standalone box office is as it was.
    QCOMPARE(scalar(**standalone, u"SELECT count(*) FROM venues"_s), venues);
    QCOMPARE(scalar(**standalone, u"SELECT count(*) FROM orders"_s), orders);
    QCOMPARE(scalar(**standalone, u"SELECT name FROM venues ORDER BY id LIMIT 1"_s), name);
    QVERIFY(SyncState(**standalone).serverUrl().isEmpty());
    QCOMPARE(*ConnectedCache::holdsStandaloneBoxOffice(**standalone), true);

    // Back to standalone: the link goes, the server's file stays for the next time.
    auto back = ConnectedCache::leave(**cache);
    QVERIFY(back);
    QCOMPARE(*back, (*standalone)->path());
    QVERIFY(ConnectedCache::linkedCache(**standalone).isEmpty());
    QCOMPARE(ConnectedCache::fileToOpen(**standalone), (*standalone)->path());
    QVERIFY(QFileInfo::exists(cachePath));
}

QTEST_GUILESS_MAIN(tst_ConnectedCache)
#include "tst_connectedcache.moc"
