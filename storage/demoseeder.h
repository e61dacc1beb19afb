// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>

namespace parkett {

class Database;

struct DemoSeedReport
{
    int performances = 0;
    int customers = 0;
    int orders = 0;
    int seats = 0;
};

/** Fills an empty database with the demo venue (see core/demodata.h), its customers and a
    few orders, all derived from \a now so the same day gives the same database. Refuses a
    database that already has a venue. One transaction: all or nothing. */
Result<DemoSeedReport> seedDemo(Database &db, const QDateTime &now);

/** True when the database has no venue yet. */
Result<bool> isEmptyDatabase(Database &db);

} // namespace parkett
