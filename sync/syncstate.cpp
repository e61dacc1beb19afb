// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncstate.h"

#include "storage/database.h"

namespace parkett {

QString SyncState::value(const QString &key) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    return v ? v->toString() : QString();
}

Result<void> SyncState::setValue(const QString &key, const QString &value)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {key, value});
    if (!q)
        return q.error();
    return {};
}

Result<void> SyncState::remove(const QString &key)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
    if (!q)
        return q.error();
    return {};
}

QUrl SyncState::serverUrl() const
{
    return QUrl(value(QStringLiteral("server_url")));
}

Result<void> SyncState::setServerUrl(const QUrl &url)
{
    return setValue(QStringLiteral("server_url"), url.toString());
}

qint64 SyncState::lastSequence() const
{
    return value(QStringLiteral("last_sequence")).toLongLong();
}

Result<void> SyncState::setLastSequence(qint64 sequence)
{
    return setValue(QStringLiteral("last_sequence"), QString::number(sequence));
}

QDateTime SyncState::lastSyncAt() const
{
    return Database::timeFromText(value(QStringLiteral("last_sync_at")));
}

Result<void> SyncState::setLastSyncAt(const QDateTime &at)
{
    return setValue(QStringLiteral("last_sync_at"), Database::timeText(at));
}

qint64 SyncState::terminalId() const
{
    return value(QStringLiteral("terminal_id")).toLongLong();
}

Result<void> SyncState::setTerminalId(qint64 id)
{
    return setValue(QStringLiteral("terminal_id"), QString::number(id));
}

QString SyncState::login() const
{
    return value(QStringLiteral("login"));
}

Result<void> SyncState::setLogin(const QString &login)
{
    return setValue(QStringLiteral("login"), login);
}

qint64 SyncState::userId() const
{
    return value(QStringLiteral("user_id")).toLongLong();
}

qint64 SyncState::channelId() const
{
    return value(QStringLiteral("channel_id")).toLongLong();
}

} // namespace parkett
