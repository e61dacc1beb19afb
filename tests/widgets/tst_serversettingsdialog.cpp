// SPDX-License-Identifier: GPL-3.0-or-later
// Runs under tests/sync/with-keyring.sh: signing in stores the token in a real Secret Service.
#include "widgets/serversettingsdialog.h"

#include "storage/database.h"
#include "storage/demoseeder.h"
#include "sync/connectedcache.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/session.h"
#include "sync/syncengine.h"
#include "sync/syncservices.h"
#include "sync/syncstate.h"
#include "sync/tokenstore.h"
#include "tests/sync/fakeserver.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace parkett;
using namespace parkett::test;
using namespace Qt::StringLiterals;

class tst_ServerSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInKeepsTheTokenInTheKeychainOnly();
    void wrongPasswordSaysSo();
    void signOutWarnsWhenTheOutboxIsNotEmpty();
    void aStandaloneFileSignsInToAFileOfItsOwn();

private:
    bool signIn(ServerSettingsDialog &dialog, const QString &password);
    Result<QString> keychainToken();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncServices> m_sync;
    std::unique_ptr<FakeServer> m_server;
    QString m_token;
};

void tst_ServerSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
    m_sync = std::make_unique<SyncServices>(*m_db);
    m_sync->engine().setForcedOffline(true); // this test is about the session only
    m_token = u"token-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_server = std::make_unique<FakeServer>();
    m_server->setHandler([this](const FakeServer::Request &r) {
        if (r.path == u"/v1/login"_s) {
            if (r.json().value(u"password"_s).toString() != u"right"_s)
                return FakeServer::Response::error(401,
                                                   u"unauthenticated"_s,
                                                   u"wrong login or password"_s);
            return FakeServer::Response::json(
                200,
                {{u"token"_s, m_token},
                 {u"user"_s,
                  QJsonObject{{u"id"_s, 3},
                              {u"login"_s, u"counter"_s},
                              {u"name"_s, u"Counter staff"_s},
                              {u"role"_s, u"box-office"_s}}},
                 {u"channel"_s,
                  QJsonObject{{u"id"_s, 1},
                              {u"name"_s, u"Box office"_s},
                              {u"kind"_s, u"box-office"_s}}},
                 {u"terminal"_s, QJsonObject{{u"id"_s, 2}, {u"name"_s, u"Counter 2"_s}}}});
        }
        return FakeServer::Response{204, {}, {}, false};
    });
}

void tst_ServerSettingsDialog::cleanup()
{
    m_sync.reset();
    m_server.reset();
    m_db.reset();
    m_dir.reset();
}

bool tst_ServerSettingsDialog::signIn(ServerSettingsDialog &dialog, const QString &password)
{
    dialog.urlEdit()->setText(m_server->url().toString());
    dialog.loginEdit()->setText(u"counter"_s);
    dialog.passwordEdit()->setText(password);
    dialog.terminalEdit()->setValue(2);
    QSignalSpy done(&dialog, &ServerSettingsDialog::sessionDone);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"signIn"_s), Qt::LeftButton);
    return done.wait(20000) && done.first().first().toBool();
}

Result<QString> tst_ServerSettingsDialog::keychainToken()
{
    std::optional<Result<QString>> out;
    m_sync->tokens().read(TokenStore::accountKey(m_server->url(), u"counter"_s),
                          this,
                          [&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::StorageFailure, u"no answer"_s);
    return *out;
}

void tst_ServerSettingsDialog::signInKeepsTheTokenInTheKeychainOnly()
{
    ServerSettingsDialog dialog(*m_sync);
    QVERIFY(signIn(dialog, u"right"_s));
    QVERIFY(m_sync->session().isSignedIn());
    QVERIFY2(dialog.statusText().contains(u"Signed in as counter"_s),
             qPrintable(dialog.statusText()));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    // The token is in the keychain and in the client, and nowhere in the database.
    QCOMPARE(*keychainToken(), m_token);
    QCOMPARE(m_sync->client().token(), m_token);
    auto rows = m_db->exec(u"SELECT value FROM sync_state"_s);
    QVERIFY(rows);
    while (rows->next())
        QVERIFY(!rows->value(0).toString().contains(m_token));
    SyncState state(*m_db);
    QCOMPARE(state.terminalId(), 2);
    QCOMPARE(state.login(), u"counter"_s);
    QCOMPARE(state.serverUrl(), m_server->url());
    // The password went to the server once and was never stored.
    QCOMPARE(m_server->requests().first().json().value(u"password"_s).toString(), u"right"_s);
}

void tst_ServerSettingsDialog::wrongPasswordSaysSo()
{
    ServerSettingsDialog dialog(*m_sync);
    QVERIFY(!signIn(dialog, u"wrong"_s));
    QVERIFY(!m_sync->session().isSignedIn());
    QVERIFY2(dialog.statusText().contains(u"wrong login or password"_s),
             qPrintable(dialog.statusText()));
    QVERIFY(!keychainToken());
}

void tst_ServerSettingsDialog::signOutWarnsWhenTheOutboxIsNotEmpty()
{
    ServerSettingsDialog dialog(*m_sync);
    QVERIFY(signIn(dialog, u"right"_s));
    QVERIFY(m_sync->outbox().append("POST",
                                    u"/v1/offline-orders"_s,
                                    {},
                                    QDateTime::currentDateTimeUtc()));
    int asked = -1;
    bool answer = false;
    dialog.setLogoutConfirmation([&](int depth) {
        asked = depth;
        return answer;
    });
    auto *signOut = dialog.findChild<QPushButton *>(u"signOut"_s);
    QSignalSpy done(&dialog, &ServerSettingsDialog::sessionDone);
    QTest::mouseClick(signOut, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(m_sync->session().isSignedIn()); // the user said no
    QCOMPARE(*keychainToken(), m_token);

    answer = true;
    done.clear();
    QTest::mouseClick(signOut, Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QVERIFY(!m_sync->session().isSignedIn());
    QVERIFY(m_sync->client().token().isEmpty());
    auto gone = keychainToken();
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    // The outbox is kept for the next sign-in.
    QCOMPARE(*m_sync->outbox().depth(), 1);
    QCOMPARE(m_server->requests().last().path, u"/v1/logout"_s);
}

void tst_ServerSettingsDialog::aStandaloneFileSignsInToAFileOfItsOwn()
{
    // The dialog's file holds a standalone box office: it says where connected mode keeps its
    // data, signs in to the server's own file and asks the client to switch to it.
    auto standalone = Database::open(m_dir->filePath(u"parkett.sqlite"_s));
    QVERIFY(standalone);
    QVERIFY(seedDemo(**standalone, QDateTime::currentDateTimeUtc()));
    const QString venues = (*standalone)->scalar(u"SELECT count(*) FROM venues"_s)->toString();
    SyncServices sync(**standalone);
    ServerSettingsDialog dialog(sync);
    QVERIFY2(dialog.fileNoteText().contains(u"standalone box office"_s),
             qPrintable(dialog.fileNoteText()));
    QVERIFY(dialog.standaloneButton()->isHidden());
    QSignalSpy switched(&dialog, &ServerSettingsDialog::databaseSwitchRequested);
    QVERIFY(signIn(dialog, u"right"_s));
    QCOMPARE(switched.size(), 1);
    const QString cachePath = ConnectedCache::pathFor((*standalone)->path(), m_server->url());
    QCOMPARE(switched.first().at(0).toString(), cachePath);
    QCOMPARE(dialog.switchPath(), cachePath);
    // The standalone file only learnt where the server's file is.
    QCOMPARE((*standalone)->scalar(u"SELECT count(*) FROM venues"_s)->toString(), venues);
    QVERIFY(SyncState(**standalone).serverUrl().isEmpty());
    QCOMPARE(ConnectedCache::fileToOpen(**standalone), cachePath);
    // The server's file has the session, and leads back to the standalone one.
    auto cache = Database::open(cachePath);
    QVERIFY(cache);
    QCOMPARE(SyncState(**cache).serverUrl(), m_server->url());
    QCOMPARE(SyncState(**cache).login(), u"counter"_s);
    QCOMPARE(SyncState(**cache).terminalId(), 2);
    SyncServices cacheSync(**cache);
    cacheSync.engine().setForcedOffline(true);
    ServerSettingsDialog fromCache(cacheSync);
    QVERIFY(fromCache.fileNoteText().contains(u"kept as it was"_s));
    QVERIFY(!fromCache.standaloneButton()->isHidden());
    QSignalSpy back(&fromCache, &ServerSettingsDialog::databaseSwitchRequested);
    fromCache.useStandalone();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().at(0).toString(), (*standalone)->path());
    QCOMPARE(ConnectedCache::fileToOpen(**standalone), (*standalone)->path());
}

QTEST_MAIN(tst_ServerSettingsDialog)
#include "tst_serversettingsdialog.moc"
