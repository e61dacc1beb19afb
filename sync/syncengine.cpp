// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include "protocol/messages.h"
#include "storage/database.h"
#include "sync/connectedcache.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncstate.h"

#include <utility>

#include <QJsonArray>
#include <QNetworkReply>
#include <QTimer>

namespace parkett {

namespace {

const QString kInitialSyncKey = ConnectedCache::initialSyncDoneKey();

} // namespace

SyncEngine::SyncEngine(
    Database &db, ServerClient &client, SyncCache &cache, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_client(client)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(2000);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncEngine::probe);
    connect(&m_outbox, &Outbox::replayFinished, this, [this](int, int) {
        if (m_busy)
            pull();
    });
    connect(&m_outbox, &Outbox::replayInterrupted, this, [this](const QString &reason) {
        if (!m_busy)
            return;
        m_busy = false;
        if (!m_forcedOffline)
            Q_EMIT syncFailed(reason);
        setOnline(false);
        m_probeTimer->start();
    });
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    if (m_poll)
        m_poll->abort();
}

void SyncEngine::setRetryInterval(int ms)
{
    m_probeTimer->setInterval(ms);
}

QDateTime SyncEngine::lastSyncAt() const
{
    return SyncState(m_db).lastSyncAt();
}

qint64 SyncEngine::lastSequence() const
{
    return SyncState(m_db).lastSequence();
}

void SyncEngine::start()
{
    m_running = true;
    round();
}

void SyncEngine::stop()
{
    m_running = false;
    m_probeTimer->stop();
    m_outbox.stop();
    if (m_poll)
        m_poll->abort();
}

void SyncEngine::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void SyncEngine::setForcedOffline(bool offline)
{
    if (m_forcedOffline == offline)
        return;
    m_forcedOffline = offline;
    if (offline) {
        m_probeTimer->stop();
        m_outbox.stop();
        m_client.abortAll();
        setOnline(false);
    } else if (m_running) {
        probe();
    }
}

void SyncEngine::kick()
{
    if (!m_running || m_forcedOffline)
        return;
    if (m_poll) {
        m_kicked = true;
        m_poll->abort();
        return;
    }
    round();
}

bool SyncEngine::failed(const ServerReply &reply, const QString &what)
{
    if (reply.isSuccess())
        return false;
    m_busy = false;
    if (!m_forcedOffline && !(reply.isNetworkFailure() || reply.status >= 500))
        Q_EMIT syncFailed(QStringLiteral("%1: %2").arg(what, reply.toError().message));
    if (reply.isNetworkFailure() || reply.status >= 500)
        setOnline(false);
    if (m_running && !m_forcedOffline)
        m_probeTimer->start();
    return true;
}

void SyncEngine::probe()
{
    if (!m_running || m_forcedOffline)
        return;
    m_client.get(
        QStringLiteral("/health"),
        this,
        [this](const ServerReply &reply) {
            if (!m_running || m_forcedOffline)
                return;
            if (reply.status == 200) {
                setOnline(true);
                round();
            } else {
                setOnline(false);
                m_probeTimer->start();
            }
        },
        5000);
}

void SyncEngine::round()
{
    if (!m_running || m_forcedOffline || m_busy)
        return;
    if (SyncState(m_db).value(kInitialSyncKey).isEmpty()) {
        initialSync();
        return;
    }
    m_busy = true;
    m_outbox.replay(m_client); // replayFinished pulls the change feed
}

void SyncEngine::pull()
{
    if (!m_running || m_forcedOffline) {
        m_busy = false;
        return;
    }
    const QString path = QStringLiteral("/v1/changes?since=%1&limit=500&wait=%2")
                             .arg(lastSequence())
                             .arg(m_pollWait);
    m_poll = m_client.get(
        path,
        this,
        [this](const ServerReply &reply) {
            m_poll = nullptr;
            if (m_kicked) {
                m_kicked = false;
                m_busy = false;
                round();
                return;
            }
            if (failed(reply, tr("change feed")))
                return;
            setOnline(true);
            auto page = protocol::ChangesPage::fromJson(reply.body);
            if (!page) {
                m_busy = false;
                Q_EMIT syncFailed(
                    tr("The server's change feed is malformed: %1").arg(page.error().message));
                if (m_running && !m_forcedOffline)
                    m_probeTimer->start();
                return;
            }
            if (auto r = applyChanges(*page); !r) {
                m_busy = false;
                Q_EMIT syncFailed(r.error().message);
                if (m_running && !m_forcedOffline)
                    m_probeTimer->start();
                return;
            }
            auto expired = m_cache.expireHolds(QDateTime::currentDateTimeUtc());
            if (expired && *expired > 0 && page->changes.isEmpty())
                Q_EMIT changesApplied(lastSequence(), 0);
            markSynced();
            const bool more = page->more;
            const bool empty = page->changes.isEmpty();
            if (m_refetchCatalog) {
                m_refetchCatalog = false;
                m_busy = false;
                initialSync();
                return;
            }
            if (more) {
                pull();
                return;
            }
            m_busy = false;
            Q_EMIT caughtUp(lastSequence());
            // Without a long-poll an empty page would make this spin; wait a little then.
            if (empty && m_pollWait == 0)
                QTimer::singleShot(m_probeTimer->interval(), this, &SyncEngine::round);
            else
                QTimer::singleShot(0, this, &SyncEngine::round);
        },
        m_pollWait * 1000 + 15000);
}

Result<void> SyncEngine::applyChanges(const protocol::ChangesPage &page)
{
    if (page.changes.isEmpty() && page.last <= lastSequence())
        return {};
    TransactionGuard tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    qint64 last = lastSequence();
    for (const protocol::WireChange &change : page.changes) {
        auto r = m_cache.applyChange(change);
        if (!r)
            return r.error();
        if (*r)
            m_refetchCatalog = true;
        last = std::max(last, change.seq);
    }
    last = std::max(last, page.last);
    if (auto r = SyncState(m_db).setLastSequence(last); !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    if (!page.changes.isEmpty())
        Q_EMIT changesApplied(last, int(page.changes.size()));
    return {};
}

void SyncEngine::markSynced()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    (void) SyncState(m_db).setLastSyncAt(now);
    Q_EMIT lastSyncChanged(now);
}

void SyncEngine::initialSync()
{
    if (m_initialRunning || m_forcedOffline)
        return;
    // The cache takes the server's ids: a standalone box office in the same file would be
    // overwritten row by row. Connected mode keeps its own file (ConnectedCache).
    auto standalone = ConnectedCache::holdsStandaloneBoxOffice(m_db);
    if (!standalone || *standalone) {
        const QString error = standalone
                                  ? tr("%1 holds a standalone box office; connected mode keeps the "
                                       "server's data in a file of its own (sign in from Server > "
                                       "Server settings)")
                                        .arg(m_db.path())
                                  : standalone.error().message;
        Q_EMIT initialSyncFinished(false, error);
        Q_EMIT syncFailed(error);
        return;
    }
    if (SyncState(m_db).value(ConnectedCache::initialSyncStartedKey()).isEmpty())
        (void) SyncState(m_db).setValue(ConnectedCache::initialSyncStartedKey(),
                                        Database::timeText(QDateTime::currentDateTimeUtc()));
    m_initialRunning = true;
    m_busy = true;
    // The snapshots' commits leave the WAL as it is; it goes into the file on a thread of its
    // own when the initial sync ends (endInitialWrites).
    (void) m_db.setAutoCheckpoint(false);
    ++m_initialRound;
    stopInitialRequests();
    m_initialSteps = {QStringLiteral("/v1/catalog")};
    m_initialDone = 0;
    m_initialTotal = 1;
    m_initialSequence = 0;
    nextInitialStep();
}

void SyncEngine::nextInitialStep()
{
    if (m_forcedOffline) {
        finishInitial(false, tr("offline"));
        return;
    }
    if (m_initialSteps.isEmpty()) {
        finishInitial(true, QString());
        return;
    }
    const QString path = m_initialSteps.constFirst();
    Q_EMIT progress(m_initialDone, m_initialTotal, path);
    // The next answer is fetched while this one is written: the server makes the stadium's
    // snapshot while the client writes its plan (docs/benchmarks.md, issue 6).
    requestInitial(path);
    if (m_initialSteps.size() > 1)
        requestInitial(m_initialSteps.at(1));
    if (const auto answer = m_initialAnswers.take(path)) // came while the last step was written
        applyInitialStep(path, *answer);
}

void SyncEngine::requestInitial(const QString &path)
{
    if (m_initialRequests.contains(path))
        return;
    const int round = m_initialRound;
    m_initialRequests
        .insert(path, m_client.get(path, this, [this, path, round](const ServerReply &reply) {
            if (!m_initialRunning || round != m_initialRound)
                return; // for an initial sync that ended, or started again
            m_initialRequests.remove(path);
            if (m_initialSteps.isEmpty() || m_initialSteps.constFirst() != path)
                m_initialAnswers.insert(path, std::make_shared<const ServerReply>(reply));
            else
                applyInitialStep(path, reply);
        }));
}

void SyncEngine::applyInitialStep(const QString &path, const ServerReply &reply)
{
    m_initialSteps.removeFirst();
    if (!reply.isSuccess()) {
        const QString error = reply.toError().message;
        m_initialRunning = false;
        stopInitialRequests();
        endInitialWrites();
        Q_EMIT initialSyncFinished(false, error);
        failed(reply, path);
        return;
    }
    setOnline(true);
    Result<void> applied;
    if (path == QLatin1StringView("/v1/catalog")) {
        protocol::JsonReader json(reply.body);
        m_initialSequence = json.integer(u"sequence");
        auto plans = json.ok()
                         ? m_cache.applyCatalog(reply.body, QDateTime::currentDateTimeUtc())
                         : Result<QList<SeatPlanId>>(makeError(
                             ErrorCode::ParseError,
                             tr("The server's catalogue is malformed: %1").arg(json.error())));
        if (!plans) {
            applied = plans.error();
        } else {
            for (SeatPlanId plan : std::as_const(*plans))
                m_initialSteps.append(QStringLiteral("/v1/plans/%1").arg(plan.value));
            auto performances = m_cache.onSalePerformances();
            if (!performances) {
                applied = performances.error();
            } else {
                for (PerformanceId p : std::as_const(*performances))
                    m_initialSteps.append(
                        QStringLiteral("/v1/performances/%1/snapshot").arg(p.value));
            }
        }
        m_initialTotal = 1 + int(m_initialSteps.size());
    } else if (path.startsWith(QLatin1StringView("/v1/plans/"))) {
        applied = m_cache.applyPlan(reply.body);
    } else {
        applied = m_cache.applySnapshot(reply.body);
    }
    if (!applied) {
        finishInitial(false, applied.error().message);
        return;
    }
    ++m_initialDone;
    Q_EMIT progress(m_initialDone, m_initialTotal, path);
    nextInitialStep();
}

void SyncEngine::finishInitial(bool ok, const QString &error)
{
    m_initialRunning = false;
    m_busy = false;
    stopInitialRequests();
    endInitialWrites();
    if (!ok) {
        Q_EMIT initialSyncFinished(false, error);
        Q_EMIT syncFailed(error);
        if (m_running && !m_forcedOffline)
            m_probeTimer->start();
        return;
    }
    SyncState state(m_db);
    // A refetch of the catalogue keeps the cursor where the change feed left it.
    if (state.value(kInitialSyncKey).isEmpty())
        (void) state.setLastSequence(m_initialSequence);
    (void) state.setValue(kInitialSyncKey, Database::timeText(QDateTime::currentDateTimeUtc()));
    markSynced();
    Q_EMIT initialSyncFinished(true, QString());
    if (m_running)
        QTimer::singleShot(0, this, &SyncEngine::round);
}

void SyncEngine::endInitialWrites()
{
    m_db.checkpointInBackground();
}

void SyncEngine::stopInitialRequests()
{
    // An answer fetched ahead is not wanted any more once the initial sync ends.
    const auto requests = std::exchange(m_initialRequests, {});
    for (const QPointer<QNetworkReply> &request : requests) {
        if (request)
            request->abort();
    }
    m_initialAnswers.clear();
}

} // namespace parkett
