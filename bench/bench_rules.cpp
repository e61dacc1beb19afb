// SPDX-License-Identifier: GPL-3.0-or-later
// Seating rules on a generated 100,000-seat stadium with every section an area under
// distancing (one seat each side, front and behind): the geometry built once per plan, the
// blocked-seat overlay recomputed, a 10-seat order validated, and best available for 2, 8
// and 20 seats, at 30 %, 70 % and 95 % of the seats taken.
//
// The house is filled with orders of 1-4 seats side by side placed at random (fixed seed)
// without asking the rules, as when distancing is switched on for a performance already on
// sale; so the fuller houses are far denser than distancing itself would allow, which is
// the worst case for the overlay and for the search.
//
// bench_rules [--seats N] [--runs N]

#include "core/bestavailable.h"
#include "core/distancing.h"
#include "core/orderrules.h"
#include "core/stadium.h"

#include <algorithm>
#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace parkett;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

double medianMs(int runs, const std::function<void()> &f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(timeMs(f));
    return median(times);
}

/** Takes about \a percent of the seats with orders of 1-4 neighbours, deterministically. */
SeatClaims fill(const SeatPlan &plan, const SeatNeighbours &geometry, int percent)
{
    SeatClaims claims(plan.seats().size());
    QRandomGenerator rng(4242);
    const qsizetype target = plan.seats().size() * percent / 100;
    qint64 order = 1;
    while (claims.takenCount() < target) {
        const int seat = int(rng.bounded(quint32(plan.seats().size())));
        if (claims.isTaken(seat))
            continue;
        const int size = 1 + int(rng.bounded(4));
        const OrderId id(order++);
        claims.claim(seat, id);
        for (int k = 1; k < size; ++k) {
            const int next = geometry.along(seat, k);
            if (next < 0 || claims.isTaken(next))
                break;
            claims.claim(next, id);
        }
    }
    return claims;
}

/** Ten free seats for an order: side by side when a row has them, else the first free. */
QList<SeatId> tenSeats(const SeatPlan &plan, const SeatClaims &claims)
{
    for (const Row &row : plan.rows()) {
        int run = 0;
        for (qsizetype k = 0; k < row.seats.size(); ++k) {
            run = claims.isUnavailable(row.seats.at(k)) ? 0 : run + 1;
            if (run == 10) {
                QList<SeatId> out;
                for (qsizetype j = k - 9; j <= k; ++j)
                    out.append(plan.seats().at(row.seats.at(j)).id);
                return out;
            }
        }
    }
    QList<SeatId> out;
    for (int i = 0; i < plan.seats().size() && out.size() < 10; ++i) {
        if (!claims.isUnavailable(i))
            out.append(plan.seats().at(i).id);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("seats"),
          QStringLiteral("seats"),
          QStringLiteral("N"),
          QStringLiteral("100000")},
         {QStringLiteral("runs"), QStringLiteral("runs"), QStringLiteral("N"), QStringLiteral("9")}});
    parser.process(app);
    const int seatCount = parser.value(QStringLiteral("seats")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QTextStream out(stdout);

    SeatPlan plan = generateStadium({seatCount, 24, 30});
    for (const Section &section : plan.sections()) {
        Area area;
        area.name = section.name;
        for (qint32 r : section.rows) {
            for (qint32 s : plan.rows().at(r).seats)
                area.seats.append(plan.seats().at(s).id);
        }
        area.distancing.enabled = true;
        area.distancing.seatsEachSide = 1;
        area.distancing.frontBehind = true;
        plan.addArea(area);
    }
    out << "Plan: " << plan.seats().size() << " seats, " << plan.rows().size() << " rows, "
        << plan.areas().size() << " areas under distancing (1 each side, front and behind); "
        << runs << " runs, medians\n";

    std::unique_ptr<SeatNeighbours> geometry;
    const double build = timeMs([&] { geometry = std::make_unique<SeatNeighbours>(plan); });
    out << QStringLiteral("Geometry (once per plan version): %1 ms\n").arg(build, 0, 'f', 1);
    out << "\n| taken | blocked seats | overlay | validate 10 | best 2 | best 8 | best 20 |\n"
           "|---|---|---|---|---|---|---|\n";
    for (int percent : {30, 70, 95}) {
        const SeatClaims claims = fill(plan, *geometry, percent);
        BlockedSeats blocked = computeBlockedSeats(*geometry, claims);
        const double overlay = medianMs(runs,
                                        [&] { blocked = computeBlockedSeats(*geometry, claims); });
        // Ten seats best available would offer, or ten free ones when it finds none.
        OrderRequest order;
        BestAvailableRequest ten;
        ten.count = 10;
        order.seats = findBestAvailable(*geometry, claims, blocked, ten).seats;
        if (order.seats.isEmpty())
            order.seats = tenSeats(plan, claims);
        bool allowed = false;
        const double validate = medianMs(runs * 20, [&] {
            allowed = checkOrder(*geometry, claims, order).isOk();
        });
        QStringList bests;
        for (int count : {2, 8, 20}) {
            BestAvailableRequest request;
            request.count = count;
            BestAvailableResult result;
            const double ms = medianMs(runs, [&] {
                result = findBestAvailable(*geometry, claims, blocked, request);
            });
            bests.append(QStringLiteral("%1 ms (%2)")
                             .arg(ms, 0, 'f', 2)
                             .arg(bestAvailableStageName(result.stage)));
        }
        out << QStringLiteral("| %1 % | %2 | %3 ms | %4 ms (%5) | %6 |\n")
                   .arg(percent)
                   .arg(blocked.count())
                   .arg(overlay, 0, 'f', 2)
                   .arg(validate, 0, 'f', 3)
                   .arg(allowed ? QStringLiteral("allowed") : QStringLiteral("refused"))
                   .arg(bests.join(QStringLiteral(" | ")));
        out.flush();
    }
    return 0;
}
