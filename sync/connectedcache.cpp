// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/connectedcache.h"

#include "storage/database.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace parkett {

namespace {

const QString kLinkKey = QStringLiteral("connected_cache");
const QString kStandaloneKey = QStringLiteral("standalone_file");

} // namespace

QString ConnectedCache::pathFor(const QString &standalonePath, const QUrl &server)
{
    const QFileInfo file(standalonePath);
    QString name = server.host().toLower();
    if (server.port() > 0)
        name += QLatin1Char('-') + QString::number(server.port());
    // Only characters every file system takes.
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9.-]+"));
    name.replace(unsafe, QStringLiteral("_"));
    const QString suffix = file.suffix().isEmpty() ? QStringLiteral("sqlite") : file.suffix();
    return file.absoluteDir().filePath(
        QStringLiteral("%1-%2.%3").arg(file.completeBaseName(), name, suffix));
}

Result<bool> ConnectedCache::holdsStandaloneBoxOffice(Database &db)
{
    // A cache whose first sync was cut off is still a cache: it says so before it is filled.
    const SyncState state(db);
    if (!state.value(initialSyncStartedKey()).isEmpty()
        || !state.value(initialSyncDoneKey()).isEmpty())
        return false;
    auto venues = db.scalar(QStringLiteral("SELECT count(*) FROM venues"));
    if (!venues)
        return venues.error();
    return venues->toInt() > 0;
}

QString ConnectedCache::linkedCache(Database &standalone)
{
    return SyncState(standalone).value(kLinkKey);
}

Result<std::unique_ptr<Database>> ConnectedCache::open(Database &standalone, const QUrl &server)
{
    const QString path = pathFor(standalone.path(), server);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(standalone.path()).absoluteFilePath())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the cache cannot be the standalone file itself"));
    auto cache = Database::open(path);
    if (!cache)
        return cache.error();
    // A file that holds a box office of its own is nobody's cache.
    auto standaloneThere = holdsStandaloneBoxOffice(**cache);
    if (!standaloneThere)
        return standaloneThere.error();
    if (*standaloneThere)
        return makeError(ErrorCode::Conflict,
                         QStringLiteral("%1 holds a standalone box office, not a server's cache")
                             .arg(path));
    if (auto r = SyncState(**cache).setValue(kStandaloneKey, standalone.path()); !r)
        return r.error();
    if (auto r = SyncState(standalone).setValue(kLinkKey, path); !r)
        return r.error();
    return std::move(*cache);
}

Result<void> ConnectedCache::unlink(Database &standalone)
{
    return SyncState(standalone).remove(kLinkKey);
}

QString ConnectedCache::standaloneFile(Database &cache)
{
    return SyncState(cache).value(kStandaloneKey);
}

Result<QString> ConnectedCache::leave(Database &cache)
{
    const QString path = standaloneFile(cache);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("this cache was not opened from a standalone file"));
    auto standalone = Database::open(path);
    if (!standalone)
        return standalone.error();
    if (auto r = unlink(**standalone); !r)
        return r.error();
    return path;
}

QString ConnectedCache::fileToOpen(Database &db)
{
    const QString linked = linkedCache(db);
    if (!linked.isEmpty() && QFileInfo::exists(linked))
        return linked;
    return db.path();
}

} // namespace parkett
