// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <memory>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;
class QTimer;

namespace parkett {

namespace protocol {
struct ChangesPage;
}

class Database;
class Outbox;
class ServerClient;
class SyncCache;
struct ServerReply;

/** Keeps the SQLite cache in step with the server. The first time: the catalogue, the seat
    plans and a snapshot of every on-sale performance (with a progress signal). Then, round
    after round: replay the outbox, pull the change feed from the last applied sequence in
    pages, and long-poll for more. A request without an answer takes the engine offline; it
    probes /health until the server answers and then goes on where it stopped. Tests (and a
    supervisor) can force it offline. */
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    SyncEngine(Database &db,
               ServerClient &client,
               SyncCache &cache,
               Outbox &outbox,
               QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    /** Seconds the change feed may wait for news (the server allows up to 60). */
    void setPollWait(int seconds) { m_pollWait = seconds; }
    /** Milliseconds between probes while offline. */
    void setRetryInterval(int ms);

    /** Starts syncing: the initial sync when the cache has none, then rounds. */
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    bool isOnline() const { return m_online; }
    bool isForcedOffline() const { return m_forcedOffline; }
    /** Forced offline: nothing is sent, requests in flight are aborted, sales go to the
        lease and the outbox. Switching it off probes the server at once. */
    void setForcedOffline(bool offline);

    /** Fetches the catalogue, plans and snapshots again into the cache (also run by start()
        when the cache was never synced). */
    void initialSync();
    /** Starts a round now: a poll in flight is cut short so the outbox goes out at once. */
    void kick();

    QDateTime lastSyncAt() const;
    qint64 lastSequence() const;

Q_SIGNALS:
    void onlineChanged(bool online);
    /** Initial sync progress: \a done of \a total requests; \a what is being fetched. */
    void progress(int done, int total, const QString &what);
    void initialSyncFinished(bool ok, const QString &error);
    /** Changes were applied up to \a sequence. */
    void changesApplied(qint64 sequence, int count);
    void lastSyncChanged(const QDateTime &at);
    /** The cache has every change the server had when the last page came. */
    void caughtUp(qint64 sequence);
    void syncFailed(const QString &error);

private:
    void round();
    void pull();
    void probe();
    void setOnline(bool online);
    /** Handles a reply that failed; returns true when it did (the caller stops). */
    bool failed(const ServerReply &reply, const QString &what);
    void nextInitialStep();
    /** Fetches a step of the initial sync, unless it is on its way already. */
    void requestInitial(const QString &path);
    void applyInitialStep(const QString &path, const ServerReply &reply);
    /** The WAL the initial sync wrote copied into the file in the background (automatic
        checkpoints come back on after it). */
    void endInitialWrites();
    void stopInitialRequests();
    void finishInitial(bool ok, const QString &error);
    Result<void> applyChanges(const protocol::ChangesPage &page);
    void markSynced();

    Database &m_db;
    ServerClient &m_client;
    SyncCache &m_cache;
    Outbox &m_outbox;
    QTimer *m_probeTimer = nullptr;
    QPointer<QNetworkReply> m_poll;
    int m_pollWait = 25;
    bool m_running = false;
    bool m_online = false;
    bool m_forcedOffline = false;
    bool m_busy = false;
    bool m_refetchCatalog = false;
    bool m_kicked = false;

    // The initial sync walks a list of requests.
    bool m_initialRunning = false;
    QStringList m_initialSteps;
    int m_initialDone = 0;
    int m_initialTotal = 0;
    qint64 m_initialSequence = 0;
    int m_initialRound = 0; ///< answers of an earlier round are dropped
    QHash<QString, QPointer<QNetworkReply>> m_initialRequests;           ///< in flight
    QHash<QString, std::shared_ptr<const ServerReply>> m_initialAnswers; ///< came before their turn
};

} // namespace parkett
