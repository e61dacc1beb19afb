// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bestavailable.h"

#include "core/orderrules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parkett {

QString bestAvailableStageName(BestAvailableResult::Stage stage)
{
    static const char *const names[] = {"none",
                                        "row",
                                        "row-with-orphan",
                                        "split-rows",
                                        "nearest",
                                        "other-section",
                                        "wheelchair",
                                        "standing",
                                        "scattered",
                                        "table"};
    return QString::fromLatin1(names[int(stage)]);
}

namespace {

double distance(QPointF a, QPointF b)
{
    const double dx = a.x() - b.x(), dy = a.y() - b.y();
    return std::sqrt(dx * dx + dy * dy);
}

/** How many candidates of one stage are checked against the rules before giving up. */
constexpr int kMaxChecks = 200;

struct Candidate
{
    double score = 0;
    int row = 0;
    int start = 0; ///< position in the row
    QList<int> seats;
    bool table = false; ///< a table sold as a unit
};

bool better(const Candidate &a, const Candidate &b)
{
    if (a.score != b.score)
        return a.score < b.score;
    if (a.row != b.row)
        return a.row < b.row;
    return a.start < b.start;
}

class Search
{
public:
    Search(const SeatNeighbours &geometry,
           const SeatClaims &claims,
           const BlockedSeats &blocked,
           const BestAvailableRequest &request)
        : m_geo(geometry)
        , m_plan(geometry.plan())
        , m_claims(claims)
        , m_request(request)
        , m_focal(m_plan.focalPoint())
    {
        const qsizetype n = m_plan.seats().size();
        m_free.fill(false, n);
        m_kept.fill(0, n);
        m_focalDistance.resize(n);
        for (qsizetype i = 0; i < n; ++i) {
            const Seat &s = m_plan.seats().at(i);
            m_focalDistance[i] = distance(s.pos, m_focal);
            m_free[i] = !claims.isUnavailable(int(i)) && !blocked.isBlocked(int(i))
                        && !request.exclude.contains(s.id)
                        && (request.categories.isEmpty() || request.categories.contains(s.category));
            // Seats a new group keeps free beside itself under distancing.
            for (const qint32 a : geometry.areasOf(int(i))) {
                const DistancingRules &r = m_plan.areas().at(a).distancing;
                if (r.enabled && r.radius <= 0)
                    m_kept[i] = std::max<qint32>(m_kept.at(i), r.seatsEachSide);
            }
        }
    }

    BestAvailableResult run()
    {
        BestAvailableResult result;
        const int n = m_request.count;
        if (n <= 0)
            return result;
        if (m_request.wheelchairs > 0) {
            if (find(wheelchairCandidates(allScope()),
                     result,
                     BestAvailableResult::Stage::Wheelchair))
                return result;
            return result;
        }
        const bool sectionAsked = m_request.section.isValid();
        // Tables belong to no section: they are looked at with the whole plan.
        if (stagedInScope(sectionAsked ? sectionScope() : allScope(), result, !sectionAsked))
            return result;
        if (sectionAsked && stagedInScope(allScope(), result, true)) {
            result.stage = BestAvailableResult::Stage::OtherSection;
            return result;
        }
        if (standing(result))
            return result;
        if (find(scattered(allScope()), result, BestAvailableResult::Stage::Scattered))
            return result;
        return result;
    }

private:
    using Scope = QList<bool>; // per row: looked at

    Scope allScope() const { return Scope(m_plan.rows().size(), true); }

    Scope sectionScope() const
    {
        Scope scope(m_plan.rows().size(), false);
        const int section = m_plan.sectionIndex(m_request.section);
        if (section >= 0) {
            for (qint32 r : m_plan.sections().at(section).rows)
                scope[r] = true;
        }
        return scope;
    }

    bool usable(int seat) const
    {
        return m_free.at(seat) && !m_plan.seats().at(seat).flags.testFlag(SeatFlag::Wheelchair);
    }

    bool stagedInScope(const Scope &scope, BestAvailableResult &result, bool withTables)
    {
        // How full the scope is decides whether a stranded seat costs a whole stage.
        int seats = 0, taken = 0;
        for (qsizetype r = 0; r < scope.size(); ++r) {
            if (!scope.at(r))
                continue;
            for (qint32 s : m_plan.rows().at(r).seats) {
                ++seats;
                taken += m_claims.isUnavailable(s);
            }
        }
        const bool relaxed = seats > 0 && taken * 100 >= seats * 85;
        QList<Candidate> clean, orphaned;
        rowCandidates(scope, relaxed, clean, orphaned);
        // A table that seats the whole group competes with the clean row segments by distance,
        // before any group is split.
        if (withTables)
            clean += tableCandidates();
        if (find(clean, result, BestAvailableResult::Stage::Row))
            return true;
        if (find(orphaned, result, BestAvailableResult::Stage::RowWithOrphan))
            return true;
        if (m_request.count >= 2
            && find(splitCandidates(scope), result, BestAvailableResult::Stage::SplitRows))
            return true;
        return find(nearestTogether(scope), result, BestAvailableResult::Stage::Nearest);
    }

    /** Sorts the candidates and takes the first that passes the rules. */
    bool find(QList<Candidate> candidates,
              BestAvailableResult &result,
              BestAvailableResult::Stage stage)
    {
        std::sort(candidates.begin(), candidates.end(), better);
        int checks = 0;
        for (const Candidate &c : std::as_const(candidates)) {
            if (++checks > kMaxChecks)
                break;
            OrderRequest order;
            for (int s : c.seats)
                order.seats.append(m_plan.seats().at(s).id);
            order.orderType = m_request.orderType;
            if (checkOrder(m_geo, m_claims, order).isOk()) {
                result.stage = c.table ? BestAvailableResult::Stage::Table : stage;
                result.seats = order.seats;
                return true;
            }
        }
        return false;
    }

    QPointF centreOf(const QList<int> &seats) const
    {
        QPointF c;
        for (int s : seats)
            c += m_plan.seats().at(s).pos;
        return seats.isEmpty() ? c : c / double(seats.size());
    }

    /** Every window of count usable seats side by side in one row segment; the best
        kMaxChecks of those that strand no seat in \a clean, of the others in \a orphaned. */
    void rowCandidates(const Scope &scope,
                       bool relaxed,
                       QList<Candidate> &clean,
                       QList<Candidate> &orphaned) const
    {
        struct Window
        {
            double score;
            qint32 row;
            qint32 start;
        };
        const auto windowBetter = [](const Window &a, const Window &b) {
            if (a.score != b.score)
                return a.score < b.score;
            return a.row != b.row ? a.row < b.row : a.start < b.start;
        };
        const int n = m_request.count;
        QList<Window> cleanWindows, orphanWindows;
        QList<QPointF> prefix;
        for (qsizetype r = 0; r < m_plan.rows().size(); ++r) {
            if (!scope.at(r))
                continue;
            const QList<qint32> &order = m_plan.rows().at(r).seats;
            qsizetype i = 0;
            while (i < order.size()) {
                if (!usable(order.at(i))) {
                    ++i;
                    continue;
                }
                qsizetype end = i + 1;
                while (end < order.size() && usable(order.at(end))
                       && !m_geo.breakBefore(order.at(end)))
                    ++end;
                if (end - i >= n) {
                    prefix.resize(end - i + 1);
                    prefix[0] = QPointF();
                    for (qsizetype k = i; k < end; ++k)
                        prefix[k - i + 1] = prefix.at(k - i) + m_plan.seats().at(order.at(k)).pos;
                    for (qsizetype start = i; start + n <= end; ++start) {
                        const QPointF centre = (prefix.at(start + n - i) - prefix.at(start - i))
                                               / double(n);
                        // Free seats left beside the block, less those distancing keeps free.
                        const qsizetype left = start - i - m_kept.at(order.at(start));
                        const qsizetype right = end - (start + n)
                                                - m_kept.at(order.at(start + n - 1));
                        const bool orphan = left == 1 || right == 1;
                        Window w{distance(centre, m_focal), qint32(r), qint32(start)};
                        if (orphan && relaxed)
                            w.score = w.score * 1.1 + 100;
                        (!orphan || relaxed ? cleanWindows : orphanWindows).append(w);
                    }
                }
                i = end;
            }
        }
        // Seats are filled in only for the windows that will be looked at.
        auto fill = [&](QList<Window> &windows, QList<Candidate> &list) {
            const qsizetype keep = std::min<qsizetype>(windows.size(), kMaxChecks);
            std::partial_sort(windows.begin(), windows.begin() + keep, windows.end(), windowBetter);
            for (qsizetype k = 0; k < keep; ++k) {
                const Window &w = windows.at(k);
                Candidate c;
                c.score = w.score;
                c.row = w.row;
                c.start = w.start;
                const QList<qint32> &order = m_plan.rows().at(w.row).seats;
                for (int j = w.start; j < w.start + n; ++j)
                    c.seats.append(order.at(j));
                list.append(c);
            }
        };
        fill(cleanWindows, clean);
        fill(orphanWindows, orphaned);
    }

    /** Free tables booked as a unit that seat exactly the group: booked whole with as many
        seats as asked, or by a party of min..max persons that includes the count. Every seat
        of the table must be free; the group takes the run of seats around the table that is
        nearest the focal point. Scored by the table centre's distance to the focal point. */
    QList<Candidate> tableCandidates() const
    {
        QList<Candidate> out;
        const int n = m_request.count;
        for (qsizetype t = 0; t < m_plan.tables().size(); ++t) {
            const Table &table = m_plan.tables().at(t);
            const int size = int(table.seats.size());
            if (table.booking == TableBooking::BySeat || size < n)
                continue;
            if (table.booking == TableBooking::WholeTable && size != n)
                continue;
            if (table.booking == TableBooking::Party) {
                const int low = std::max(1, table.minPersons);
                const int high = table.maxPersons > 0 ? table.maxPersons : size;
                if (n < low || n > high)
                    continue;
            }
            if (!std::all_of(table.seats.cbegin(), table.seats.cend(), [&](qint32 s) {
                    return usable(s);
                }))
                continue;
            Candidate c;
            c.table = true;
            c.row = int(t);
            c.score = distance(table.center, m_focal);
            double best = std::numeric_limits<double>::max();
            for (int start = 0; start < (n == size ? 1 : size); ++start) {
                QList<int> run;
                for (int k = 0; k < n; ++k)
                    run.append(table.seats.at((start + k) % size));
                const double d = distance(centreOf(run), m_focal);
                if (d < best) {
                    best = d;
                    c.seats = run;
                    c.start = start;
                }
            }
            out.append(c);
        }
        return out;
    }

    /** The best window of \a size usable seats in row \a r near \a target, or an empty list. */
    QList<int> bestWindow(int r, int size, QPointF target) const
    {
        const QList<qint32> &order = m_plan.rows().at(r).seats;
        double best = std::numeric_limits<double>::max();
        QList<int> out;
        qsizetype i = 0;
        while (i < order.size()) {
            if (!usable(order.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i + 1;
            while (end < order.size() && usable(order.at(end)) && !m_geo.breakBefore(order.at(end)))
                ++end;
            for (qsizetype start = i; start + size <= end; ++start) {
                QPointF c;
                for (qsizetype k = start; k < start + size; ++k)
                    c += m_plan.seats().at(order.at(k)).pos;
                const double d = distance(c / double(size), target);
                if (d < best) {
                    best = d;
                    out.clear();
                    for (qsizetype k = start; k < start + size; ++k)
                        out.append(order.at(k));
                }
            }
            i = end;
        }
        return out;
    }

    /** Half the group in one row, the rest in the row in front or behind. */
    QList<Candidate> splitCandidates(const Scope &scope) const
    {
        QList<Candidate> out;
        const int a = (m_request.count + 1) / 2;
        const int b = m_request.count - a;
        for (qsizetype r = 0; r < m_plan.rows().size(); ++r) {
            if (!scope.at(r))
                continue;
            const QList<int> first = bestWindow(int(r), a, m_focal);
            if (first.isEmpty())
                continue;
            const int middle = first.at(first.size() / 2);
            QList<int> rows;
            for (auto list : {m_geo.front(middle), m_geo.behind(middle)}) {
                for (const qint32 f : list) {
                    const int fr = m_plan.seats().at(f).row;
                    if (fr >= 0 && scope.at(fr) && !rows.contains(fr))
                        rows.append(fr);
                }
            }
            const QPointF centre = centreOf(first);
            for (int other : std::as_const(rows)) {
                const QList<int> second = bestWindow(other, b, centre);
                if (second.isEmpty())
                    continue;
                Candidate c;
                c.seats = first + second;
                c.score = distance(centreOf(c.seats), m_focal) + distance(centreOf(second), centre);
                c.row = int(r);
                c.start = other;
                out.append(c);
            }
        }
        return out;
    }

    /** Grows a group from the seats nearest the focal point, each new seat beside one already
        in the group (along the row, or in front or behind). */
    QList<Candidate> nearestTogether(const Scope &scope) const
    {
        QList<int> starts;
        for (qsizetype r = 0; r < m_plan.rows().size(); ++r) {
            if (!scope.at(r))
                continue;
            for (qint32 s : m_plan.rows().at(r).seats) {
                if (usable(s))
                    starts.append(s);
            }
        }
        sortByFocal(starts);
        QList<Candidate> out;
        const int n = m_request.count;
        for (qsizetype k = 0; k < starts.size() && out.size() < kMaxChecks / 4; ++k) {
            const int start = starts.at(k);
            const QPointF origin = m_plan.seats().at(start).pos;
            QList<int> group{start};
            while (group.size() < n) {
                int best = -1;
                double bestDistance = std::numeric_limits<double>::max();
                for (int g : std::as_const(group)) {
                    auto consider = [&](int s) {
                        if (s < 0 || !usable(s) || group.contains(s))
                            return;
                        const int row = m_plan.seats().at(s).row;
                        if (row < 0 || !scope.at(row))
                            return;
                        const double d = distance(m_plan.seats().at(s).pos, origin);
                        if (d < bestDistance || (d == bestDistance && s < best)) {
                            bestDistance = d;
                            best = s;
                        }
                    };
                    consider(m_geo.along(g, -1));
                    consider(m_geo.along(g, 1));
                    for (const qint32 f : m_geo.front(g))
                        consider(f);
                    for (const qint32 f : m_geo.behind(g))
                        consider(f);
                }
                if (best < 0)
                    break;
                group.append(best);
            }
            if (group.size() == n) {
                Candidate c;
                c.seats = group;
                c.score = distance(centreOf(group), m_focal);
                c.row = int(k);
                out.append(c);
            }
        }
        return out;
    }

    void sortByFocal(QList<int> &seats) const
    {
        std::sort(seats.begin(), seats.end(), [&](int a, int b) {
            const double da = m_focalDistance.at(a), db = m_focalDistance.at(b);
            return da != db ? da < db : a < b;
        });
    }

    /** Wheelchair places nearest the focal point, each with companions nearest to it
        (companion seats first). */
    QList<Candidate> wheelchairCandidates(const Scope &scope) const
    {
        QList<int> places;
        for (qsizetype i = 0; i < m_plan.seats().size(); ++i) {
            const Seat &s = m_plan.seats().at(i);
            if (!m_free.at(i) || (s.row >= 0 && !scope.at(s.row)))
                continue;
            if (s.flags.testFlag(SeatFlag::Wheelchair))
                places.append(int(i));
        }
        sortByFocal(places);
        QList<Candidate> out;
        const int wheelchairs = std::min(m_request.wheelchairs, m_request.count);
        const int companions = m_request.count - wheelchairs;
        for (qsizetype k = 0; k + wheelchairs <= places.size() && out.size() < kMaxChecks / 4; ++k) {
            const QPointF origin = m_plan.seats().at(places.at(k)).pos;
            QList<int> chosen = places.mid(k, 1);
            QList<int> rest = places.mid(k + 1);
            auto nearestTo = [&](QList<int> &pool, int count, bool preferCompanion) {
                std::stable_sort(pool.begin(), pool.end(), [&](int a, int b) {
                    double da = distance(m_plan.seats().at(a).pos, origin);
                    double db = distance(m_plan.seats().at(b).pos, origin);
                    if (preferCompanion) {
                        da *= m_plan.seats().at(a).flags.testFlag(SeatFlag::Companion) ? 0.5 : 1;
                        db *= m_plan.seats().at(b).flags.testFlag(SeatFlag::Companion) ? 0.5 : 1;
                    }
                    return da < db;
                });
                return pool.mid(0, count);
            };
            chosen += nearestTo(rest, wheelchairs - 1, false);
            // Companions come from the seats around the place.
            const double reach = 400;
            QList<int> pool;
            for (int s : m_plan.seatsIn(
                     QRectF(origin - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)))) {
                if (m_free.at(s) && !m_plan.seats().at(s).flags.testFlag(SeatFlag::Wheelchair))
                    pool.append(s);
            }
            const QList<int> with = nearestTo(pool, companions, true);
            if (chosen.size() != wheelchairs || with.size() != companions)
                continue;
            Candidate c;
            c.seats = chosen + with;
            c.score = distance(centreOf(c.seats), m_focal);
            c.row = int(k);
            out.append(c);
        }
        return out;
    }

    bool standing(BestAvailableResult &result) const
    {
        if (!m_request.allowStanding)
            return false;
        QList<ZoneId> zones;
        for (const StandingZone &z : m_plan.zones()) {
            if ((m_request.categories.isEmpty() || m_request.categories.contains(z.category))
                && m_request.standingFree.value(z.id, 0) >= m_request.count)
                zones.append(z.id);
        }
        if (zones.isEmpty())
            return false;
        result.stage = BestAvailableResult::Stage::Standing;
        result.zone = zones.first();
        result.standing = m_request.count;
        return true;
    }

    QList<Candidate> scattered(const Scope &scope) const
    {
        QList<int> seats;
        for (qsizetype i = 0; i < m_plan.seats().size(); ++i) {
            const int row = m_plan.seats().at(i).row;
            if (usable(int(i)) && (row < 0 || scope.at(row)))
                seats.append(int(i));
        }
        if (seats.size() < m_request.count)
            return {};
        sortByFocal(seats);
        Candidate c;
        c.seats = seats.mid(0, m_request.count);
        return {c};
    }

    const SeatNeighbours &m_geo;
    const SeatPlan &m_plan;
    const SeatClaims &m_claims;
    const BestAvailableRequest &m_request;
    QPointF m_focal;
    QList<bool> m_free;
    QList<qint32> m_kept;
    QList<double> m_focalDistance;
};

} // namespace

BestAvailableResult findBestAvailable(const SeatNeighbours &geometry,
                                      const SeatClaims &claims,
                                      const BlockedSeats &blocked,
                                      const BestAvailableRequest &request)
{
    return Search(geometry, claims, blocked, request).run();
}

} // namespace parkett
