// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

#include <QObject>
#include <QString>
#include <QUrl>

namespace parkett {

/** The session token in the operating system's keychain (Secret Service, Keychain, Credential
    Manager) through QtKeychain; never in settings or the database, and no plain-text
    fallback. One entry per server and login. Asynchronous: each call answers through a
    callback run only while \a context lives. */
class TokenStore final : public QObject
{
    Q_OBJECT

public:
    explicit TokenStore(QString service = QStringLiteral("Parkett"), QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TokenStore)

    QString service() const { return m_service; }

    /** The key of the entry for \a login at \a server: "anna@counter.example:8443". */
    static QString accountKey(const QUrl &server, const QString &login);

    /** Reads the token; NotFound when there is none. */
    void read(const QString &account, QObject *context, std::function<void(Result<QString>)> done);
    void write(const QString &account,
               const QString &token,
               QObject *context,
               std::function<void(Result<void>)> done);
    /** Deletes the token; deleting one that is not there is not an error. */
    void remove(const QString &account, QObject *context, std::function<void(Result<void>)> done);

private:
    QString m_service;
};

} // namespace parkett
