// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncservices.h"

#include "sync/offlinesales.h"
#include "sync/onlinesales.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/session.h"
#include "sync/supervisorqueue.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "sync/terminalleases.h"
#include "sync/tokenstore.h"

namespace parkett {

SyncServices::SyncServices(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(new ServerClient(this))
    , m_tokens(new TokenStore(QStringLiteral("Parkett"), this))
    , m_session(new Session(db, *m_client, *m_tokens, this))
    , m_cache(std::make_unique<SyncCache>(db, SyncState(db).terminalId()))
    , m_outbox(new Outbox(db, m_cache.get(), this))
    , m_engine(new SyncEngine(db, *m_client, *m_cache, *m_outbox, this))
    , m_online(new OnlineSales(db, *m_client, *m_cache, this))
    , m_leases(new TerminalLeases(db, *m_client, this))
{
    connect(m_session, &Session::signedIn, this, &SyncServices::signedIn);
    connect(m_session, &Session::signedOut, this, [this] { m_engine->stop(); });
}

SyncServices::~SyncServices()
{
    m_engine->stop();
}

SupervisorQueue SyncServices::supervisorQueue()
{
    return SupervisorQueue(m_db);
}

OfflineSales SyncServices::offlineSales()
{
    const SyncState state(m_db);
    return OfflineSales(m_db,
                        *m_outbox,
                        state.terminalId(),
                        UserId(state.userId()),
                        ChannelId(state.channelId()));
}

bool SyncServices::isConfigured() const
{
    return !SyncState(m_db).serverUrl().isEmpty();
}

void SyncServices::startIfConfigured()
{
    if (!isConfigured())
        return;
    m_session->restore(this, [this](Result<void> restored) {
        // Without a token the engine still shows the outbox; signing in starts it.
        if (!restored)
            return;
    });
}

void SyncServices::signedIn()
{
    m_cache->setTerminal(SyncState(m_db).terminalId());
    m_engine->start();
}

} // namespace parkett
