// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "sync/outbox.h"
#include "sync/serverclient.h"
#include "sync/synccache.h"
#include "sync/syncengine.h"

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace parkett::testing {

/** Another counter beside the one under test: its own cache file, signed in at the server
    and pulling the change feed, to see what reaches other terminals. */
struct SyncedTerminal
{
    explicit SyncedTerminal(const QString &path);
    /** Its cache file in a temporary folder of its own. */
    SyncedTerminal();

    /** Signs in as \a login (the demo password) at \a terminal and waits until the engine has
        caught up with the feed. Signing in again replaces the cache writer, the outbox and the
        engine of the previous sign-in, on the same file. */
    bool signIn(const QUrl &url, const QString &login, qint64 terminal);
    /** The text of \a sql's single value for \a id; empty when there is no row. */
    QString text(const QString &sql, qint64 id);

    std::unique_ptr<QTemporaryDir> dir; ///< with the default constructor
    std::unique_ptr<Database> db;
    ServerClient server;
    std::unique_ptr<SyncCache> cache;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace parkett::testing
