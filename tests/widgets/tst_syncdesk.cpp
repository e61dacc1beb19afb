// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/syncdesk.h"

#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "tests/sync/fakeserver.h"
#include "widgets/syncstatuswidget.h"

#include <QAction>
#include <QJsonArray>
#include <QMainWindow>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_SyncDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void menuAndStatusAreInstalled();
    void statusShowsOutboxAndRefusals();
    void workOfflineSwitchesTheEngine();
    void quittingWithAFullOutboxWarns();
    void statusFollowsTheServer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServices> m_sync;
};

void tst_SyncDesk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    m_sync = std::make_unique<SyncServices>(*m_db);
}

void tst_SyncDesk::cleanup()
{
    m_sync.reset();
    m_db.reset();
    m_dir.reset();
}

void tst_SyncDesk::menuAndStatusAreInstalled()
{
    QMainWindow window;
    auto *desk = new SyncDesk(&window, *m_sync);
    QVERIFY(window.menuBar()->findChild<QMenu *>(u"serverMenu"_s));
    QVERIFY(window.findChild<QAction *>(u"serverSettingsAction"_s));
    QVERIFY(window.findChild<QAction *>(u"supervisorQueueAction"_s));
    QCOMPARE(desk->statusWidget()->parentWidget(), window.statusBar());
    QCOMPARE(desk->statusWidget()->stateText(), u"Not connected"_s);
    QCOMPARE(desk->statusWidget()->lastSyncText(), u"Never synced"_s);
    QCOMPARE(desk->statusWidget()->outboxText(), u"Outbox: 0"_s);
    QVERIFY(desk->statusWidget()->supervisorText().isEmpty());
}

void tst_SyncDesk::statusShowsOutboxAndRefusals()
{
    QMainWindow window;
    auto *desk = new SyncDesk(&window, *m_sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Outbox &outbox = m_sync->outbox();
    for (int i = 0; i < 3; ++i)
        QVERIFY(outbox.append("POST",
                              u"/v1/offline-orders"_s,
                              {{u"n"_s, i}},
                              QDateTime::currentDateTimeUtc()));
    outbox.announce();
    QCOMPARE(desk->statusWidget()->outboxText(), u"Outbox: 3"_s);

    // The server refuses the second; the status shows it waits for a supervisor.
    parkett::test::FakeServer server;
    server.setHandler([](const parkett::test::FakeServer::Request &r) {
        return r.json().value(u"n"_s).toInt() == 1
                   ? parkett::test::FakeServer::Response::error(409, u"lease_missing"_s, u"gone"_s)
                   : parkett::test::FakeServer::Response::json(201, {});
    });
    ServerClient client;
    client.setBaseUrl(server.url());
    QSignalSpy finished(&outbox, &Outbox::replayFinished);
    outbox.replay(client);
    QVERIFY(finished.wait(20000));
    QCOMPARE(desk->statusWidget()->outboxText(), u"Outbox: 0"_s);
    QCOMPARE(desk->statusWidget()->supervisorText(), u"1 refused"_s);
}

void tst_SyncDesk::workOfflineSwitchesTheEngine()
{
    QMainWindow window;
    auto *desk = new SyncDesk(&window, *m_sync);
    desk->workOfflineAction()->trigger();
    QVERIFY(m_sync->engine().isForcedOffline());
    QCOMPARE(desk->statusWidget()->stateText(), u"Offline (by choice)"_s);
    desk->workOfflineAction()->trigger();
    QVERIFY(!m_sync->engine().isForcedOffline());
}

void tst_SyncDesk::quittingWithAFullOutboxWarns()
{
    QMainWindow window;
    auto *desk = new SyncDesk(&window, *m_sync);
    int asked = -1;
    bool answer = false;
    desk->setQuitConfirmation([&](int depth) {
        asked = depth;
        return answer;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing in the outbox: no question.
    QVERIFY(window.close());
    QCOMPARE(asked, -1);
    window.show();
    QVERIFY(m_sync->outbox().append("POST",
                                    u"/v1/offline-orders"_s,
                                    {},
                                    QDateTime::currentDateTimeUtc()));
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    answer = true;
    QVERIFY(window.close());
    QCOMPARE(*m_sync->outbox().depth(), 1); // kept for the next start
}

void tst_SyncDesk::statusFollowsTheServer()
{
    // A server that answers /health, an empty catalogue and an empty change feed.
    parkett::test::FakeServer server;
    server.setHandler([](const parkett::test::FakeServer::Request &r) {
        if (r.path == u"/v1/catalog"_s)
            return parkett::test::FakeServer::Response::json(200,
                                                             {{u"sequence"_s, 5},
                                                              {u"venues"_s, QJsonArray{}},
                                                              {u"plans"_s, QJsonArray{}},
                                                              {u"productions"_s, QJsonArray{}},
                                                              {u"priceTypes"_s, QJsonArray{}},
                                                              {u"performances"_s, QJsonArray{}},
                                                              {u"prices"_s, QJsonArray{}},
                                                              {u"channels"_s, QJsonArray{}}});
        if (r.path.startsWith(u"/v1/changes"_s))
            return parkett::test::FakeServer::Response::json(200,
                                                             {{u"changes"_s, QJsonArray{}},
                                                              {u"last"_s, 5},
                                                              {u"more"_s, false}});
        return parkett::test::FakeServer::Response::json(200, {{u"status"_s, u"ok"_s}});
    });
    QMainWindow window;
    auto *desk = new SyncDesk(&window, *m_sync);
    m_sync->client().setBaseUrl(server.url());
    m_sync->client().setToken(u"t"_s);
    m_sync->engine().setPollWait(0);
    QSignalSpy caughtUp(&m_sync->engine(), &SyncEngine::caughtUp);
    m_sync->engine().start();
    QVERIFY(caughtUp.wait(20000));
    QCOMPARE(desk->statusWidget()->stateText(), u"Online"_s);
    QVERIFY(desk->statusWidget()->lastSyncText().startsWith(u"Synced "_s));
    m_sync->engine().setForcedOffline(true);
    QCOMPARE(desk->statusWidget()->stateText(), u"Offline (by choice)"_s);
}

QTEST_MAIN(tst_SyncDesk)
#include "tst_syncdesk.moc"
