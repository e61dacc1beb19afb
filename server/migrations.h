// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace parkett::server {

class PgConnection;

/** The PostgreSQL schema, versioned like the client's SQLite store: schema_migrations holds
    the versions applied, and upgrade() applies the missing ones in order, each in its own
    transaction, under an advisory lock so two servers starting at once do not race. */
namespace migrations {

constexpr int kLatest = 6;

/** Applies every missing version; refuses a database newer than this server. */
Result<int> upgrade(PgConnection &connection);

} // namespace migrations
} // namespace parkett::server
