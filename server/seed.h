// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

namespace parkett {
class SeatPlan;
}

namespace parkett::server {

class PgConnection;

/** Fills an empty database with the client's demo venue (core/demodata), so that a dev
    server and the tests have something to sell: the theatre and its plan, The Seagull's four
    performances on sale with prices, price types, twenty customers, three channels (box
    office, phone, outlet), a terminal per channel ("Counter 1", "Phone desk", "Outlet 1") and
    users admin, supervisor, counter, phone and outlet, all with \a password. Refused when the
    database already has a venue. Returns the first performance's id. */
Result<qint64> seedDemo(PgConnection &c, const QString &password, const QDate &today);

/** Adds a venue with \a plan and one performance on sale tomorrow with prices for every
    category (adult only, 50.00 EUR less 5.00 per category). Returns the performance id. */
Result<qint64> seedPlanPerformance(PgConnection &c, const SeatPlan &plan, const QString &title);

} // namespace parkett::server
