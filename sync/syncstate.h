// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace parkett {

class Database;

/** Where this cache stands with its server, kept in the sync_state table: the server URL,
    the change-feed cursor, the last good sync, this terminal and who signed in. Never the
    token (that lives in the keychain, see TokenStore). */
class SyncState
{
public:
    explicit SyncState(Database &db)
        : m_db(db)
    {}

    QString value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);
    Result<void> remove(const QString &key);

    QUrl serverUrl() const;
    Result<void> setServerUrl(const QUrl &url);
    /** The sequence of the last change applied to the cache; 0 before the initial sync. */
    qint64 lastSequence() const;
    Result<void> setLastSequence(qint64 sequence);
    QDateTime lastSyncAt() const;
    Result<void> setLastSyncAt(const QDateTime &at);
    qint64 terminalId() const;
    Result<void> setTerminalId(qint64 id);
    QString login() const;
    Result<void> setLogin(const QString &login);
    qint64 userId() const;
    qint64 channelId() const;

private:
    Database &m_db;
};

} // namespace parkett
