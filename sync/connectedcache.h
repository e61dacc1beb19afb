// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <memory>

#include <QString>
#include <QUrl>

namespace parkett {

class Database;

/** Connected mode keeps the server's data in a file of its own, one per server, beside the
    standalone box office's file ("parkett.sqlite" and "parkett-boxoffice.example-8443.sqlite"):
    the cache takes the server's ids, so sharing a file with a standalone box office would
    overwrite it. Signing in from a standalone file creates (or reopens) that server's file and
    links it from the standalone one (sync_state "connected_cache"); the composition root then
    opens the linked file instead. Unlinking goes back to the standalone box office, untouched. */
class ConnectedCache
{
public:
    /** The cache file of \a server beside \a standalonePath. */
    static QString pathFor(const QString &standalonePath, const QUrl &server);
    /** \a db holds a box office of its own: it has venues and was never filled by a server. */
    static Result<bool> holdsStandaloneBoxOffice(Database &db);
    /** The cache file \a standalone links to; empty when it is not linked. */
    static QString linkedCache(Database &standalone);
    /** Opens (creating it if needed) \a server's cache file for \a standalone and links it. */
    static Result<std::unique_ptr<Database>> open(Database &standalone, const QUrl &server);
    /** Back to the standalone box office: the link is removed, the cache file stays. */
    static Result<void> unlink(Database &standalone);
    /** The standalone file this cache was opened from; empty for a cache of its own. */
    static QString standaloneFile(Database &cache);
    /** From the cache back to the standalone file it was opened from: unlinks it there and
        returns its path, for the client to open. */
    static Result<QString> leave(Database &cache);
    /** Set in sync_state before the first sync writes anything, so a cache whose first sync
        was cut off is never taken for a standalone box office. */
    static QString initialSyncStartedKey() { return QStringLiteral("initial_sync_started_at"); }
    /** The sync_state key the sync engine sets when an initial sync has finished. */
    static QString initialSyncDoneKey() { return QStringLiteral("initial_sync_at"); }
    /** The file the client should open when asked for \a path: the cache \a path links to
        when that file exists, else \a path. */
    static QString fileToOpen(Database &db);
};

} // namespace parkett
