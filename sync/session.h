// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace parkett {

class Database;
class ServerClient;
class TokenStore;

/** Signing in to a server and out again. The token goes to the keychain (TokenStore) and
    into the client; the server URL, login, terminal, user and channel go into the sync state
    of the cache. Signing out revokes the token on the server when it can be reached and
    always deletes it from the keychain. */
class Session final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    Session(Database &db, ServerClient &client, TokenStore &tokens, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(Session)

    void login(const QUrl &server,
               const QString &login,
               const QString &password,
               qint64 terminal,
               QObject *context,
               Done done);
    /** Signs in again with the stored URL and login and the token from the keychain. */
    void restore(QObject *context, Done done);
    void logout(QObject *context, Done done);

    bool isSignedIn() const;
    QString login() const;
    QUrl server() const;
    /** The answer of the last login: user, channel, terminal. */
    QJsonObject identity() const { return m_identity; }

Q_SIGNALS:
    void signedIn();
    void signedOut();

private:
    Database &m_db;
    ServerClient &m_client;
    TokenStore &m_tokens;
    QJsonObject m_identity;
};

} // namespace parkett
