// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/syncedterminal.h"

#include "sync/syncstate.h"
#include "tests/support/serverfixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace parkett::testing {

SyncedTerminal::SyncedTerminal(const QString &path)
{
    if (auto opened = Database::open(path))
        db = std::move(*opened);
}

SyncedTerminal::SyncedTerminal()
    : dir(std::make_unique<QTemporaryDir>())
{
    if (auto opened = Database::open(dir->filePath(QStringLiteral("cache.sqlite"))))
        db = std::move(*opened);
}

bool SyncedTerminal::signIn(const QUrl &url, const QString &login, qint64 terminal)
{
    if (!db)
        return false;
    engine.reset();
    outbox.reset();
    cache.reset();
    server.setBaseUrl(url);
    std::optional<ServerReply> reply;
    server.login(login, demoPassword(), terminal, &server, [&reply](const ServerReply &r) {
        reply = r;
    });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 30000) || !reply->isSuccess())
        return false;
    server.setToken(reply->body.value(QStringLiteral("token")).toString());
    const qint64 t = reply->body.value(QStringLiteral("terminal"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toInteger();
    if (!SyncState(*db).setTerminalId(t))
        return false;
    cache = std::make_unique<SyncCache>(*db, t);
    if (!cache->applyUser(reply->body.value(QStringLiteral("user")).toObject()))
        return false;
    outbox = std::make_unique<Outbox>(*db, cache.get());
    engine = std::make_unique<SyncEngine>(*db, server, *cache, *outbox);
    engine->setPollWait(1);
    engine->setRetryInterval(100);
    QSignalSpy caughtUp(engine.get(), &SyncEngine::caughtUp);
    engine->start();
    return caughtUp.wait(60000);
}

QString SyncedTerminal::text(const QString &sql, qint64 id)
{
    auto v = db->scalar(sql, {id});
    return v && v->isValid() ? v->toString() : QString();
}

} // namespace parkett::testing
