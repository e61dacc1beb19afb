// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/stadiumhouse.h"

#include "core/seatplan.h"
#include "server/pg.h"
#include "tests/support/serverfixture.h"

#include <QSet>

#include <vector>

namespace parkett::bench {

using namespace parkett::server;

House house(const SeatPlan &plan)
{
    House h;
    for (const Row &row : plan.rows()) {
        for (qint32 index : row.seats) {
            const Seat &seat = plan.seats().at(index);
            h.seats.append(seat.id.value);
            int category = 0;
            for (int c = 0; c < plan.categories().size(); ++c) {
                if (plan.categories().at(c).id == seat.category)
                    category = c;
            }
            h.price.insert(seat.id.value, 5000 - 500 * category); // as seedPlanPerformance
        }
    }
    return h;
}

bool startStadiumServer(const testing::PgCluster &pg, testing::ServerProcess &server, QString *error)
{
    return server.start(pg.conninfo(),
                        {QStringLiteral("--seed-stadium"),
                         QStringLiteral("100000"),
                         QStringLiteral("--db-threads"),
                         QStringLiteral("16"),
                         QStringLiteral("--log-level"),
                         QStringLiteral("warning")},
                        error);
}

qint64 stadiumPerformance(const testing::PgCluster &pg)
{
    return pg.sql(QStringLiteral("SELECT max(id) FROM performances")).toLongLong();
}

int fillHouse(const testing::PgCluster &pg, qint64 performance, qint64 user, const House &house)
{
    PgConnection c(pg.conninfo().toUtf8());
    c.open();
    c.exec("BEGIN");
    c.query("DELETE FROM hold_seats WHERE performance_id = $1", PgParams() << performance);
    const PgResult taken = c.query(
        "SELECT seat_id FROM tickets WHERE performance_id = $1 AND active",
        PgParams() << performance);
    QSet<qint64> sold;
    for (int i = 0; i < taken.rows(); ++i)
        sold.insert(taken.integer(i, 0));
    std::vector<qint64> free;
    for (qint64 s : house.seats) {
        if (!sold.contains(s))
            free.push_back(s);
    }
    const int orders = int((free.size() / 2));
    c.query("INSERT INTO orders (number, performance_id, channel_id, user_id, terminal_id,"
            " status, currency, total, created_at)"
            " SELECT 'B-' || g, $1, 1, $2, 1, 'sold', 'EUR', 9000, now()"
            " FROM generate_series(1, $3) g",
            PgParams() << performance << user << orders);
    c.query("INSERT INTO tickets (order_id, performance_id, seat_id, category_id, price_type_id,"
            " price, label, barcode, status, active, status_changed_at)"
            " SELECT o.id, $1, s.seat, 1, 1, 4500, 'Seat ' || s.seat, 'BENCH' || s.seat, 'valid',"
            " true, now() FROM unnest($2::bigint[]) WITH ORDINALITY AS s(seat, n)"
            " JOIN orders o ON o.number = 'B-' || ((s.n + 1) / 2)",
            (PgParams() << performance)
                .array(std::vector<qint64>(free.begin(), free.begin() + 2 * orders)));
    c.exec("COMMIT");
    // As autovacuum does after a load this size, before the planner sees the new rows.
    c.exec("ANALYZE orders, tickets");
    return orders;
}

} // namespace parkett::bench
