// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against a real Secret Service (gnome-keyring in a private D-Bus session, see
// with-keyring.sh): the token goes to the keychain and nowhere else.
#include "sync/tokenstore.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace parkett;
using namespace Qt::StringLiterals;

class tst_TokenStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountKeyNamesServerAndLogin();
    void writeReadRemove();
    void accountsAreSeparate();
    void removingWhatIsNotThereIsFine();
    void tokenIsNotWrittenToFiles();

private:
    Result<QString> read(TokenStore &store, const QString &account);
    Result<void> write(TokenStore &store, const QString &account, const QString &token);
    Result<void> remove(TokenStore &store, const QString &account);
    QString m_service;
};

void tst_TokenStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through with-keyring.sh: the test needs a Secret Service");
    // A service name of its own per run: nothing left from another run can answer.
    m_service = u"parkett-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QString> tst_TokenStore::read(TokenStore &store, const QString &account)
{
    std::optional<Result<QString>> out;
    store.read(account, this, [&out](Result<QString> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::StorageFailure, u"no answer from the keychain"_s);
    return *out;
}

Result<void> tst_TokenStore::write(TokenStore &store, const QString &account, const QString &token)
{
    std::optional<Result<void>> out;
    store.write(account, token, this, [&out](Result<void> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::StorageFailure, u"no answer from the keychain"_s);
    return *out;
}

Result<void> tst_TokenStore::remove(TokenStore &store, const QString &account)
{
    std::optional<Result<void>> out;
    store.remove(account, this, [&out](Result<void> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return makeError(ErrorCode::StorageFailure, u"no answer from the keychain"_s);
    return *out;
}

void tst_TokenStore::accountKeyNamesServerAndLogin()
{
    QCOMPARE(TokenStore::accountKey(QUrl(u"https://box.example:8443/api"_s), u"anna"_s),
             u"anna@box.example:8443"_s);
    QCOMPARE(TokenStore::accountKey(QUrl(u"https://box.example"_s), u"ben"_s), u"ben@box.example"_s);
}

void tst_TokenStore::writeReadRemove()
{
    TokenStore store(m_service);
    const QString account = u"anna@127.0.0.1:8080"_s;
    auto missing = read(store, account);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    auto written = write(store, account, u"token-1"_s);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    auto token = read(store, account);
    QVERIFY2(token, token ? "" : qPrintable(token.error().message));
    QCOMPARE(*token, u"token-1"_s);

    // A new login replaces the token.
    QVERIFY(write(store, account, u"token-2"_s));
    QCOMPARE(*read(store, account), u"token-2"_s);

    // Logout deletes it.
    QVERIFY(remove(store, account));
    auto gone = read(store, account);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);

    // Another store object (a restart) sees what the keychain holds.
    QVERIFY(write(store, account, u"token-3"_s));
    TokenStore again(m_service);
    QCOMPARE(*read(again, account), u"token-3"_s);
    QVERIFY(remove(again, account));
}

void tst_TokenStore::accountsAreSeparate()
{
    TokenStore store(m_service);
    QVERIFY(write(store, u"anna@a"_s, u"A"_s));
    QVERIFY(write(store, u"ben@a"_s, u"B"_s));
    QCOMPARE(*read(store, u"anna@a"_s), u"A"_s);
    QCOMPARE(*read(store, u"ben@a"_s), u"B"_s);
    QVERIFY(remove(store, u"anna@a"_s));
    QVERIFY(!read(store, u"anna@a"_s));
    QCOMPARE(*read(store, u"ben@a"_s), u"B"_s);
    // Another service (another program) does not see the entry.
    TokenStore other(m_service + u"-other"_s);
    QVERIFY(!read(other, u"ben@a"_s));
    QVERIFY(remove(store, u"ben@a"_s));
}

void tst_TokenStore::removingWhatIsNotThereIsFine()
{
    TokenStore store(m_service);
    auto r = remove(store, u"nobody@nowhere"_s);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
}

void tst_TokenStore::tokenIsNotWrittenToFiles()
{
    // No plain-text fallback: the token is in no settings file of this (throw-away) home.
    TokenStore store(m_service);
    const QString token = u"needle-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(write(store, u"anna@files"_s, token));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
    }
    QCOMPARE(*read(store, u"anna@files"_s), token);
    QVERIFY(remove(store, u"anna@files"_s));
}

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"
