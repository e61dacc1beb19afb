// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <memory>

#include <QObject>

namespace parkett {

class Database;
class OfflineSales;
class OnlineSales;
class Outbox;
class ServerClient;
class Session;
class SupervisorQueue;
class SyncCache;
class SyncEngine;
class TerminalLeases;
class TokenStore;

/** Connected mode for one local store, as the composition root builds it: the server client,
    the keychain, the session, the cache writer, the outbox, the sync engine and the sales
    paths. Signing in points the cache at the terminal and starts syncing; signing out stops
    it (the outbox is kept for the next sign-in). */
class SyncServices final : public QObject
{
    Q_OBJECT

public:
    explicit SyncServices(Database &db, QObject *parent = nullptr);
    ~SyncServices() override;
    Q_DISABLE_COPY_MOVE(SyncServices)

    Database &database() { return m_db; }
    ServerClient &client() { return *m_client; }
    TokenStore &tokens() { return *m_tokens; }
    Session &session() { return *m_session; }
    SyncCache &cache() { return *m_cache; }
    Outbox &outbox() { return *m_outbox; }
    SyncEngine &engine() { return *m_engine; }
    OnlineSales &onlineSales() { return *m_online; }
    TerminalLeases &leases() { return *m_leases; }
    SupervisorQueue supervisorQueue();
    /** Offline sales from this terminal's lease, as the signed-in user. */
    OfflineSales offlineSales();

    /** A server is configured: restores the session from the keychain and starts syncing. */
    void startIfConfigured();
    bool isConfigured() const;

private:
    void signedIn();

    Database &m_db;
    ServerClient *m_client = nullptr;
    TokenStore *m_tokens = nullptr;
    Session *m_session = nullptr;
    std::unique_ptr<SyncCache> m_cache;
    Outbox *m_outbox = nullptr;
    SyncEngine *m_engine = nullptr;
    OnlineSales *m_online = nullptr;
    TerminalLeases *m_leases = nullptr;
};

} // namespace parkett
