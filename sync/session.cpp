// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/session.h"

#include "protocol/jsonreader.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncstate.h"
#include "sync/tokenstore.h"

#include <QPointer>

namespace parkett {

Session::Session(Database &db, ServerClient &client, TokenStore &tokens, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_tokens(tokens)
{}

bool Session::isSignedIn() const
{
    return m_client.hasToken();
}

QString Session::login() const
{
    return SyncState(m_db).login();
}

QUrl Session::server() const
{
    return SyncState(m_db).serverUrl();
}

void Session::login(const QUrl &server,
                    const QString &login,
                    const QString &password,
                    qint64 terminal,
                    QObject *context,
                    Done done)
{
    m_client.setBaseUrl(server);
    QPointer<QObject> guard(context);
    m_client.login(login, password, terminal, this, [=, this](const ServerReply &reply) {
        if (!guard)
            return;
        if (!reply.isSuccess()) {
            done(reply.toError());
            return;
        }
        protocol::JsonReader json(reply.body);
        const QString token = json.string(u"token");
        protocol::JsonReader userJson = json.object(u"user");
        const qint64 userId = userJson.integer(u"id");
        const qint64 channelId = json.object(u"channel").integer(u"id");
        protocol::JsonReader termJson = json.object(u"terminal");
        const qint64 terminalId = termJson.integer(u"id");
        const QString terminalName = termJson.optionalString(u"name");
        if (!json.ok()) {
            done(makeError(ErrorCode::ParseError,
                           QStringLiteral("the server's login answer is malformed: %1")
                               .arg(json.error())));
            return;
        }
        const QJsonObject user = userJson.json();
        {
            TransactionGuard tx(m_db);
            SyncState state(m_db);
            for (auto r : {state.setServerUrl(server),
                           state.setLogin(login),
                           state.setTerminalId(terminalId),
                           state.setValue(QStringLiteral("terminal_name"), terminalName),
                           state.setValue(QStringLiteral("user_id"), QString::number(userId)),
                           state.setValue(QStringLiteral("channel_id"), QString::number(channelId)),
                           SyncCache(m_db).applyUser(user)}) {
                if (!r) {
                    done(r.error());
                    return;
                }
            }
            if (auto r = tx.commit(); !r) {
                done(r.error());
                return;
            }
        }
        m_identity = reply.body;
        m_identity.remove(QStringLiteral("token"));
        m_tokens.write(TokenStore::accountKey(server, login),
                       token,
                       this,
                       [=, this](Result<void> stored) {
                           // Signed in even when the keychain refuses: only the restore
                           // after a restart needs it, and that asks for the password again.
                           m_client.setToken(token);
                           Q_EMIT signedIn();
                           if (guard)
                               done(stored);
                       });
    });
}

void Session::restore(QObject *context, Done done)
{
    const QUrl url = server();
    const QString account = login();
    if (url.isEmpty() || account.isEmpty()) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("no server is configured")));
        return;
    }
    m_client.setBaseUrl(url);
    QPointer<QObject> guard(context);
    m_tokens.read(TokenStore::accountKey(url, account), this, [=, this](Result<QString> token) {
        if (token) {
            m_client.setToken(*token);
            Q_EMIT signedIn();
        }
        if (!guard)
            return;
        if (token)
            done(Result<void>());
        else
            done(token.error());
    });
}

void Session::logout(QObject *context, Done done)
{
    const QString account = TokenStore::accountKey(server(), login());
    QPointer<QObject> guard(context);
    auto forget = [=, this] {
        m_client.setToken(QString());
        m_tokens.remove(account, this, [=, this](Result<void> removed) {
            Q_EMIT signedOut();
            if (guard)
                done(removed);
        });
    };
    if (!m_client.hasToken()) {
        forget();
        return;
    }
    m_client.send("POST",
                  QStringLiteral("/v1/logout"),
                  {},
                  QUuid::createUuid(),
                  this,
                  [forget](const ServerReply &) { forget(); });
}

} // namespace parkett
