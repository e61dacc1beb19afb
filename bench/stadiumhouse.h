// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace parkett {
class SeatPlan;
}

namespace parkett::testing {
class PgCluster;
class ServerProcess;
} // namespace parkett::testing

/** What bench_server and bench_initial_sync share: the same 100,000-seat stadium on the real
    parkett-server, and the same house of 50,000 two-seat orders. */
namespace parkett::bench {

/** Seats of the plan in row order, and each one's price (adult, by category). */
struct House
{
    QList<qint64> seats;
    QHash<qint64, qint64> price;
};

House house(const SeatPlan &plan);

/** Starts \a server on \a pg seeded with the generated 100,000-seat stadium (16 database
    threads, warnings only in its log). */
bool startStadiumServer(const testing::PgCluster &pg,
                        testing::ServerProcess &server,
                        QString *error);

/** The stadium's performance (the newest one). */
qint64 stadiumPerformance(const testing::PgCluster &pg);

/** Sells every seat of \a performance that no active ticket holds in two-seat orders of
    \a user (50,000 orders, 100,000 tickets on an empty stadium), in one transaction straight
    on PostgreSQL; its holds go. Returns the number of orders added. */
int fillHouse(const testing::PgCluster &pg, qint64 performance, qint64 user, const House &house);

} // namespace parkett::bench
