// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/session.h"

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
        const QString token = reply.body.value(QStringLiteral("token")).toString();
        if (token.isEmpty()) {
            done(makeError(ErrorCode::ParseError, QStringLiteral("the server sent no token")));
            return;
        }
        const QJsonObject user = reply.body.value(QStringLiteral("user")).toObject();
        const QJsonObject channel = reply.body.value(QStringLiteral("channel")).toObject();
        const QJsonObject term = reply.body.value(QStringLiteral("terminal")).toObject();
        {
            TransactionGuard tx(m_db);
            SyncState state(m_db);
            for (auto r :
                 {state.setServerUrl(server),
                  state.setLogin(login),
                  state.setTerminalId(term.value(QStringLiteral("id")).toInteger()),
                  state.setValue(QStringLiteral("terminal_name"),
                                 term.value(QStringLiteral("name")).toString()),
                  state.setValue(QStringLiteral("user_id"),
                                 QString::number(user.value(QStringLiteral("id")).toInteger())),
                  state.setValue(QStringLiteral("channel_id"),
                                 QString::number(channel.value(QStringLiteral("id")).toInteger())),
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
