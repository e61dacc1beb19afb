// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/service.h"

#include "core/basket.h"
#include "core/distancing.h"
#include "core/order.h"
#include "core/orderrules.h"
#include "core/seatplan.h"
#include "server/log.h"
#include "server/pg.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace parkett::server {

using protocol::ApiError;
using protocol::JsonReader;
using protocol::WireOrder;
using protocol::WireTicket;
using protocol::ZoneQuantity;

struct Service::PlanRules
{
    SeatPlan plan;
    std::unique_ptr<SeatNeighbours> geometry; ///< null when the plan has no seating rules
    /// Some area limits the price types or the order type: known at confirm, not at hold.
    bool limitsAtConfirm = false;
};

Reply Reply::json(int status, const QJsonObject &object)
{
    return Reply{status, QJsonDocument(object).toJson(QJsonDocument::Compact), false};
}

Reply Reply::error(const ApiError &error)
{
    return json(error.status, error.toJson());
}

Reply Reply::error(int status, const char *code, const QString &message, const QJsonObject &details)
{
    return error(ApiError{status, QString::fromLatin1(code), message, details});
}

namespace {

std::vector<qint64> toVector(const QList<qint64> &ids)
{
    return std::vector<qint64>(ids.begin(), ids.end());
}

QList<qint64> column(const PgResult &r, int col = 0)
{
    QList<qint64> out;
    out.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i)
        out.append(r.integer(i, col));
    return out;
}

QByteArray tokenHash(const QByteArray &token)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()),
                       size_t(hash.size()),
                       reinterpret_cast<const unsigned char *>(token.constData()),
                       size_t(token.size()),
                       nullptr,
                       0);
    return hash;
}

/** bytea parameters in PostgreSQL's hex text form. */
QByteArray byteaHex(const QByteArray &bytes)
{
    return "\\x" + bytes.toHex();
}

QString randomToken()
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/** Appends a change to the feed. The sequence comes from the single row of feed_counter,
    whose lock is held until this transaction commits: sequences become visible in the order
    they were taken, so a reader that has seen N never later finds a new row below N. The
    statement is queued and runs in the same pipeline as the operation record and COMMIT, so
    the lock is held for the server's own work only, not for a round trip. Call it as the
    last step of a transaction. With \a notify false the caller wakes the listeners itself
    (once for many changes). */
void appendChange(PgConnection &c,
                  const char *kind,
                  qint64 performance,
                  qint64 entity,
                  const QJsonObject &data,
                  bool notify = true)
{
    c.defer("WITH s AS (UPDATE feed_counter SET value = value + 1 WHERE id = 1"
            "           RETURNING value),"
            " i AS (INSERT INTO change_log (seq, kind, performance_id, entity_id, data)"
            "       SELECT value, $1, $2, $3, $4::jsonb FROM s)"
            " SELECT pg_notify('parkett_changes', value::text) FROM s WHERE $5::boolean",
            PgParams() << kind << performance << entity
                       << QJsonDocument(data).toJson(QJsonDocument::Compact) << notify);
}

WireOrder loadOrder(PgConnection &c, qint64 id)
{
    WireOrder o;
    const PgResult r = c.query(
        "SELECT id, number, status, performance_id, channel_id, customer_id, terminal_id,"
        " receipt, currency, total, created_at, reserved_until FROM orders WHERE id = $1",
        PgParams() << id);
    if (r.rows() == 0)
        return o;
    o.id = r.integer(0, 0);
    o.number = r.text(0, 1);
    o.status = r.text(0, 2);
    o.performanceId = r.integer(0, 3);
    o.channelId = r.integer(0, 4);
    o.customerId = r.integer(0, 5);
    o.terminalId = r.integer(0, 6);
    o.receipt = r.text(0, 7);
    o.currency = r.text(0, 8);
    o.total = r.integer(0, 9);
    o.createdAt = r.time(0, 10);
    o.reservedUntil = r.time(0, 11);
    const PgResult t = c.query("SELECT id, seat_id, zone_id, category_id, price_type_id, price,"
                               " label, barcode, status FROM tickets WHERE order_id = $1"
                               " ORDER BY id",
                               PgParams() << id);
    for (int i = 0; i < t.rows(); ++i) {
        o.tickets.append(WireTicket{t.integer(i, 0),
                                    t.integer(i, 1),
                                    t.integer(i, 2),
                                    t.integer(i, 3),
                                    t.integer(i, 4),
                                    t.integer(i, 5),
                                    t.text(i, 6),
                                    t.text(i, 7),
                                    t.text(i, 8)});
    }
    return o;
}

Reply forbidden(const QString &message)
{
    return Reply::error(403, "forbidden", message);
}

Reply notFound(const QString &what)
{
    return Reply::error(404, "not_found", QStringLiteral("%1 does not exist").arg(what));
}

Reply badRequest(const QString &message)
{
    return Reply::error(400, "bad_request", message);
}

Reply unavailable(const char *code,
                  const QString &message,
                  const QList<qint64> &seats,
                  const QList<qint64> &zones = {})
{
    QJsonObject details{{u"seats"_s, protocol::idsToJson(seats)}};
    if (!zones.isEmpty())
        details.insert(u"zones"_s, protocol::idsToJson(zones));
    return Reply::error(409, code, message, details);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u", ");
}

struct PerformanceRow
{
    qint64 plan = 0;
    QString status;
    QString currency;
};

std::optional<PerformanceRow> performanceRow(PgConnection &c, qint64 id)
{
    const PgResult r = c.query("SELECT plan_id, status, currency FROM performances WHERE id = $1",
                               PgParams() << id);
    if (r.rows() == 0)
        return std::nullopt;
    return PerformanceRow{r.integer(0, 0), r.text(0, 1), r.text(0, 2)};
}

/** Seats of \a seats that the plan does not have. */
QList<qint64> unknownSeats(const SeatPlan &plan, const QList<qint64> &seats)
{
    QList<qint64> out;
    for (qint64 s : seats) {
        if (plan.seatIndex(SeatId(s)) < 0)
            out.append(s);
    }
    return out;
}

const StandingZone *zoneOf(const SeatPlan &plan, qint64 zone)
{
    for (const StandingZone &z : plan.zones()) {
        if (z.id.value == zone)
            return &z;
    }
    return nullptr;
}

bool hasDuplicates(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end()).size() != ids.size();
}

/** Places standing zone quantities taken by tickets, unexpired holds and other terminals'
    leases; locks the zone's capacity row so that two requests cannot both take the last
    places. Returns the zones that would overflow. */
QList<qint64> overfullZones(PgConnection &c,
                            qint64 performance,
                            qint64 terminal,
                            const QList<ZoneQuantity> &zones,
                            QList<qint64> *unknown)
{
    QList<qint64> full;
    for (const ZoneQuantity &z : zones) {
        const PgResult cap = c.query("SELECT capacity FROM zone_capacity"
                                     " WHERE performance_id = $1 AND zone_id = $2 FOR UPDATE",
                                     PgParams() << performance << z.zone);
        if (cap.rows() == 0) {
            unknown->append(z.zone);
            continue;
        }
        const PgResult used = c.query(
            "SELECT (SELECT count(*) FROM tickets WHERE performance_id = $1 AND zone_id = $2"
            "        AND active)"
            " + (SELECT coalesce(sum(quantity), 0) FROM hold_zones WHERE performance_id = $1"
            "        AND zone_id = $2 AND expires_at > now())"
            " + (SELECT coalesce(sum(quantity), 0) FROM lease_zones WHERE performance_id = $1"
            "        AND zone_id = $2 AND terminal_id <> $3)",
            PgParams() << performance << z.zone << terminal);
        if (used.integer(0, 0) + z.quantity > cap.integer(0, 0))
            full.append(z.zone);
    }
    return full;
}

/** Who may see an outlet's data: an outlet user only its own channel. */
bool maySeeChannel(const Session &s, qint64 channel)
{
    return !s.isOutlet() || channel == s.channel;
}

// The columns customerJson() reads, in its order; flag codes are lower-case letters, digits
// and -, so a comma joins them unambiguously.
#define PARKETT_CUSTOMER_COLUMNS \
    "id, number, first_name, last_name, email, phone, channel_id, blocked," \
    " array_to_string(flags, ',')"

/** A customer as the API shows it, from a row of PARKETT_CUSTOMER_COLUMNS. */
QJsonObject customerJson(const PgResult &r, int i)
{
    const QString flags = r.text(i, 8);
    return QJsonObject{{u"id"_s, r.integer(i, 0)},
                       {u"number"_s, r.text(i, 1)},
                       {u"firstName"_s, r.text(i, 2)},
                       {u"lastName"_s, r.text(i, 3)},
                       {u"email"_s, r.text(i, 4)},
                       {u"phone"_s, r.text(i, 5)},
                       {u"channelId"_s, protocol::idOrNull(r.integer(i, 6))},
                       {u"blocked"_s, r.boolean(i, 7)},
                       {u"flags"_s,
                        QJsonArray::fromStringList(flags.split(u',', Qt::SkipEmptyParts))}};
}

} // namespace

Service::Service(Options options)
    : m_options(options)
{
    if (sodium_init() < 0)
        log::error("sodium.init_failed");
}

Service::~Service() = default;

QByteArray Service::hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out,
                          utf8.constData(),
                          quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QByteArray(out);
}

bool Service::verifyPassword(const QByteArray &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    return !hash.isEmpty()
           && crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size()))
                  == 0;
}

std::shared_ptr<const Service::PlanRules> Service::planRules(PgConnection &c, qint64 planId)
{
    std::promise<std::shared_ptr<const PlanRules>> promise;
    std::shared_future<std::shared_ptr<const PlanRules>> pending;
    {
        std::lock_guard lock(m_plansMutex);
        const auto it = m_plans.constFind(planId);
        if (it != m_plans.constEnd())
            pending = *it;
        else
            m_plans.insert(planId, promise.get_future().share());
    }
    if (pending.valid())
        return pending.get(); // read by another request, or being read: null if that failed
    const auto forget = [this, planId] {
        std::lock_guard lock(m_plansMutex);
        m_plans.remove(planId); // the next request reads it again
    };
    std::shared_ptr<const PlanRules> rules;
    try {
        rules = loadPlanRules(c, planId);
    } catch (...) {
        forget();
        promise.set_value(nullptr);
        throw;
    }
    if (!rules)
        forget();
    promise.set_value(rules);
    return rules;
}

std::shared_ptr<const Service::PlanRules> Service::loadPlanRules(PgConnection &c, qint64 planId)
{
    QElapsedTimer took;
    took.start();
    const PgResult r = c.query("SELECT document FROM seat_plans WHERE id = $1",
                               PgParams() << planId);
    if (r.rows() == 0)
        return nullptr;
    const QJsonDocument doc = QJsonDocument::fromJson(r.bytes(0, 0));
    auto plan = SeatPlan::fromJson(doc.object());
    if (!plan) {
        log::error("plan.unreadable", {{u"plan"_s, planId}, {u"error"_s, plan.error().message}});
        return nullptr;
    }
    auto rules = std::make_shared<PlanRules>();
    rules->plan = std::move(plan).value();
    rules->plan.setId(SeatPlanId(planId));
    if (hasSeatingRules(rules->plan))
        rules->geometry = std::make_unique<SeatNeighbours>(rules->plan);
    for (const Area &a : rules->plan.areas()) {
        if (!a.limits.allowedPriceTypes.isEmpty() || !a.limits.allowedOrderTypes.isEmpty())
            rules->limitsAtConfirm = true;
    }
    log::info("plan.loaded",
              {{u"plan"_s, planId},
               {u"seats"_s, int(rules->plan.seats().size())},
               {u"ms"_s, int(took.elapsed())}});
    return rules;
}

Reply Service::health(PgConnection &c)
{
    QJsonObject body{{u"version"_s, QStringLiteral(PARKETT_VERSION)}};
    try {
        c.exec("SELECT 1");
        body.insert(u"status"_s, u"ok"_s);
        body.insert(u"database"_s, u"ok"_s);
        return Reply::json(200, body);
    } catch (const PgError &) {
        body.insert(u"status"_s, u"degraded"_s);
        body.insert(u"database"_s, u"down"_s);
        return Reply::json(503, body);
    }
}

Reply Service::login(PgConnection &c, const QByteArray &body)
{
    auto object = JsonReader::parseObject(body);
    if (!object)
        return badRequest(object.error().message);
    JsonReader json(object.value());
    const QString login = json.string(u"login");
    const QString password = json.string(u"password", true);
    const qint64 terminal = json.integer(u"terminal");
    if (!json.ok())
        return badRequest(json.error());

    const PgResult u = c.query("SELECT id, name, role, channel_id, password_hash FROM users"
                               " WHERE login = $1 AND active",
                               PgParams() << login);
    // The same answer for an unknown login and a wrong password.
    const QString refused = QStringLiteral("wrong login or password");
    if (u.rows() == 0) {
        verifyPassword(hashPassword(QString()), password); // same time either way
        return Reply::error(401, "unauthenticated", refused);
    }
    if (!verifyPassword(u.bytes(0, 4), password))
        return Reply::error(401, "unauthenticated", refused);
    const QString role = u.text(0, 2);
    const qint64 channel = u.integer(0, 3);
    const PgResult t = c.query("SELECT name, channel_id FROM terminals"
                               " WHERE id = $1 AND retired_at IS NULL",
                               PgParams() << terminal);
    if (t.rows() == 0)
        return forbidden(QStringLiteral("terminal %1 is not enrolled").arg(terminal));
    if (t.integer(0, 1) != channel && role != u"admin" && role != u"supervisor")
        return forbidden(QStringLiteral("terminal %1 belongs to another channel").arg(terminal));

    const QString token = randomToken();
    const PgResult inserted = c.query(
        "INSERT INTO tokens (hash, user_id, terminal_id, expires_at)"
        " VALUES ($1::bytea, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at",
        PgParams() << byteaHex(tokenHash(token.toLatin1())) << u.integer(0, 0) << terminal
                   << m_options.tokenHours);
    const PgResult ch = c.query("SELECT id, name, kind FROM channels WHERE id = $1",
                                PgParams() << channel);
    log::info("login", {{u"user"_s, login}, {u"terminal"_s, terminal}});
    return Reply::json(200,
                       QJsonObject{{u"token"_s, token},
                                   {u"expiresAt"_s, protocol::formatTime(inserted.time(0, 0))},
                                   {u"user"_s,
                                    QJsonObject{{u"id"_s, u.integer(0, 0)},
                                                {u"login"_s, login},
                                                {u"name"_s, u.text(0, 1)},
                                                {u"role"_s, role}}},
                                   {u"channel"_s,
                                    QJsonObject{{u"id"_s, ch.integer(0, 0)},
                                                {u"name"_s, ch.text(0, 1)},
                                                {u"kind"_s, ch.text(0, 2)}}},
                                   {u"terminal"_s,
                                    QJsonObject{{u"id"_s, terminal}, {u"name"_s, t.text(0, 0)}}}});
}

Session Service::authenticate(PgConnection &c, const QByteArray &token)
{
    Session s;
    if (token.isEmpty())
        return s;
    const QByteArray hash = tokenHash(token);
    const auto now = std::chrono::steady_clock::now();
    {
        std::lock_guard lock(m_sessionsMutex);
        const auto it = m_sessions.constFind(hash);
        if (it != m_sessions.constEnd() && now - it->checkedAt < std::chrono::seconds(5)
            && it->expiresAt > QDateTime::currentDateTimeUtc())
            return it->session;
    }
    const PgResult r = c.query(
        "SELECT u.id, u.login, u.role, u.channel_id, t.terminal_id, t.expires_at FROM tokens t"
        " JOIN users u ON u.id = t.user_id JOIN terminals te ON te.id = t.terminal_id"
        " WHERE t.hash = $1::bytea AND t.revoked_at IS NULL AND t.expires_at > now()"
        " AND u.active AND te.retired_at IS NULL",
        PgParams() << byteaHex(hash));
    std::lock_guard lock(m_sessionsMutex);
    if (r.rows() == 0) {
        m_sessions.remove(hash);
        return s;
    }
    s.user = r.integer(0, 0);
    s.login = r.text(0, 1);
    s.role = r.text(0, 2);
    s.channel = r.integer(0, 3);
    s.terminal = r.integer(0, 4);
    s.tokenHash = hash;
    if (m_sessions.size() > 10000)
        m_sessions.clear();
    m_sessions.insert(hash, CachedSession{s, r.time(0, 5), now});
    return s;
}

Reply Service::logout(PgConnection &c, const Session &s)
{
    {
        std::lock_guard lock(m_sessionsMutex);
        m_sessions.remove(s.tokenHash);
    }
    c.query("UPDATE tokens SET revoked_at = now() WHERE hash = $1::bytea AND revoked_at IS NULL",
            PgParams() << byteaHex(s.tokenHash));
    return Reply::noContent();
}

Reply Service::catalog(PgConnection &c)
{
    c.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    QJsonObject out;
    out.insert(u"sequence"_s, c.exec("SELECT value FROM feed_counter").integer(0, 0));
    QJsonArray venues, plans, productions, priceTypes, performances, prices, channels;
    PgResult r = c.exec("SELECT id, name, address, time_zone FROM venues ORDER BY id");
    for (int i = 0; i < r.rows(); ++i)
        venues.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                  {u"name"_s, r.text(i, 1)},
                                  {u"address"_s, r.text(i, 2)},
                                  {u"timeZone"_s, r.text(i, 3)}});
    r = c.exec("SELECT id, venue_id, version, name, seat_count, standing_capacity"
               " FROM seat_plans ORDER BY id");
    for (int i = 0; i < r.rows(); ++i)
        plans.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                 {u"venueId"_s, r.integer(i, 1)},
                                 {u"version"_s, r.integer(i, 2)},
                                 {u"name"_s, r.text(i, 3)},
                                 {u"seatCount"_s, r.integer(i, 4)},
                                 {u"standingCapacity"_s, r.integer(i, 5)}});
    r = c.exec("SELECT id, title, description, duration_minutes FROM productions ORDER BY id");
    for (int i = 0; i < r.rows(); ++i)
        productions.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                       {u"title"_s, r.text(i, 1)},
                                       {u"description"_s, r.text(i, 2)},
                                       {u"durationMinutes"_s, r.integer(i, 3)}});
    r = c.exec("SELECT id, code, name, sort_order FROM price_types ORDER BY sort_order, id");
    for (int i = 0; i < r.rows(); ++i)
        priceTypes.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                      {u"code"_s, r.text(i, 1)},
                                      {u"name"_s, r.text(i, 2)},
                                      {u"sortOrder"_s, r.integer(i, 3)}});
    r = c.exec("SELECT id, production_id, venue_id, plan_id, starts_at, sales_end, status,"
               " currency, vat_bp FROM performances ORDER BY starts_at, id");
    for (int i = 0; i < r.rows(); ++i)
        performances.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                        {u"productionId"_s, r.integer(i, 1)},
                                        {u"venueId"_s, r.integer(i, 2)},
                                        {u"planId"_s, r.integer(i, 3)},
                                        {u"startsAt"_s, protocol::timeOrNull(r.time(i, 4))},
                                        {u"salesEnd"_s, protocol::timeOrNull(r.time(i, 5))},
                                        {u"status"_s, r.text(i, 6)},
                                        {u"currency"_s, r.text(i, 7)},
                                        {u"vatBp"_s, r.integer(i, 8)}});
    r = c.exec("SELECT performance_id, category_id, price_type_id, amount FROM prices"
               " ORDER BY performance_id, category_id, price_type_id");
    for (int i = 0; i < r.rows(); ++i)
        prices.append(QJsonObject{{u"performanceId"_s, r.integer(i, 0)},
                                  {u"categoryId"_s, r.integer(i, 1)},
                                  {u"priceTypeId"_s, r.integer(i, 2)},
                                  {u"amount"_s, r.integer(i, 3)}});
    r = c.exec("SELECT id, name, kind FROM channels ORDER BY id");
    for (int i = 0; i < r.rows(); ++i)
        channels.append(QJsonObject{{u"id"_s, r.integer(i, 0)},
                                    {u"name"_s, r.text(i, 1)},
                                    {u"kind"_s, r.text(i, 2)}});
    c.exec("COMMIT");
    out.insert(u"venues"_s, venues);
    out.insert(u"plans"_s, plans);
    out.insert(u"productions"_s, productions);
    out.insert(u"priceTypes"_s, priceTypes);
    out.insert(u"performances"_s, performances);
    out.insert(u"prices"_s, prices);
    out.insert(u"channels"_s, channels);
    return Reply::json(200, out);
}

Reply Service::plan(PgConnection &c, qint64 id)
{
    const PgResult r = c.query("SELECT id, venue_id, version, name, document FROM seat_plans"
                               " WHERE id = $1",
                               PgParams() << id);
    if (r.rows() == 0)
        return notFound(QStringLiteral("plan %1").arg(id));
    // The document is stored as the native JSON text: splice it in without re-encoding.
    QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, r.integer(0, 0)},
                                                {u"venueId"_s, r.integer(0, 1)},
                                                {u"version"_s, r.integer(0, 2)},
                                                {u"name"_s, r.text(0, 3)}})
                          .toJson(QJsonDocument::Compact);
    body.chop(1);
    body += ",\"document\":" + r.bytes(0, 4) + '}';
    return Reply{200, body, false};
}

Reply Service::snapshot(PgConnection &c, const Session &, qint64 performance)
{
    c.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!performanceRow(c, performance)) {
        c.exec("ROLLBACK");
        return notFound(QStringLiteral("performance %1").arg(performance));
    }
    const qint64 sequence = c.exec("SELECT value FROM feed_counter").integer(0, 0);
    // Built as text: a 100k-seat house has tens of thousands of orders, and QJsonArray of
    // QJsonObjects costs several times the rows themselves.
    QByteArray out;
    out.reserve(1 << 20);
    out += "{\"performanceId\":" + QByteArray::number(performance)
           + ",\"sequence\":" + QByteArray::number(sequence) + ",\"orders\":[";
    // PostgreSQL writes the orders' JSON itself: a full 100k-seat house is 50,000 orders and
    // 100,000 tickets, and building that object by object here costs several times more.
    // Plain concatenation (texts through to_json for their quoting) takes half the time of
    // json_build_object, and a row per order instead of one 30 MB value spares libpq from
    // moving its growing input buffer over and over.
    const PgResult orders = c.query(
        "WITH t AS (SELECT order_id, string_agg('{\"id\":' || id"
        "   || ',\"seat\":' || coalesce(seat_id::text, 'null')"
        "   || ',\"zone\":' || coalesce(zone_id::text, 'null')"
        "   || ',\"category\":' || category_id || ',\"priceType\":' || price_type_id"
        "   || ',\"price\":' || price || ',\"label\":' || to_json(label)::text"
        "   || ',\"barcode\":' || to_json(barcode)::text"
        "   || ',\"status\":' || to_json(status)::text || '}', ',' ORDER BY id) AS tickets"
        "   FROM tickets WHERE performance_id = $1 AND active GROUP BY order_id)"
        " SELECT '{\"id\":' || o.id || ',\"number\":' || to_json(o.number)::text"
        "   || ',\"status\":' || to_json(o.status)::text"
        "   || ',\"performanceId\":' || o.performance_id || ',\"channelId\":' || o.channel_id"
        "   || ',\"customerId\":' || coalesce(o.customer_id::text, 'null')"
        "   || ',\"terminalId\":' || coalesce(o.terminal_id::text, 'null')"
        "   || ',\"receipt\":' || coalesce(to_json(o.receipt)::text, 'null')"
        "   || ',\"currency\":' || to_json(o.currency)::text || ',\"total\":' || o.total"
        "   || ',\"createdAt\":\"' || to_char(o.created_at AT TIME ZONE 'UTC',"
        "                               'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') || '\"'"
        "   || ',\"reservedUntil\":' || coalesce('\"' || to_char(o.reserved_until AT TIME ZONE"
        "        'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') || '\"', 'null')"
        "   || ',\"tickets\":[' || coalesce(t.tickets, '') || ']}'"
        " FROM orders o LEFT JOIN t ON t.order_id = o.id WHERE o.performance_id = $1"
        " AND (o.status = 'sold' OR (o.status = 'reserved' AND o.reserved_until > now()))"
        " ORDER BY o.id",
        PgParams() << performance);
    for (int i = 0; i < orders.rows(); ++i) {
        if (i)
            out += ',';
        out += orders.bytes(i, 0);
    }
    out += "],\"holds\":[";
    const PgResult holds = c.query(
        "SELECT hs.seat_id, NULL::bigint, 1, h.terminal_id, hs.expires_at, h.id FROM hold_seats hs"
        " JOIN holds h ON h.id = hs.hold_id WHERE hs.performance_id = $1 AND hs.expires_at > now()"
        " UNION ALL"
        " SELECT NULL, hz.zone_id, hz.quantity, h.terminal_id, hz.expires_at, h.id FROM hold_zones"
        " hz JOIN holds h ON h.id = hz.hold_id WHERE hz.performance_id = $1"
        " AND hz.expires_at > now()",
        PgParams() << performance);
    for (int i = 0; i < holds.rows(); ++i) {
        if (i)
            out += ',';
        out += QJsonDocument(QJsonObject{{u"seat"_s, protocol::idOrNull(holds.integer(i, 0))},
                                         {u"zone"_s, protocol::idOrNull(holds.integer(i, 1))},
                                         {u"quantity"_s, holds.integer(i, 2)},
                                         {u"terminal"_s, holds.integer(i, 3)},
                                         {u"expiresAt"_s, protocol::timeOrNull(holds.time(i, 4))},
                                         {u"hold"_s, holds.text(i, 5)}})
                   .toJson(QJsonDocument::Compact);
    }
    out += "],\"leases\":[";
    const PgResult leases = c.query(
        "SELECT seat_id, NULL::bigint, 1, terminal_id FROM lease_seats WHERE performance_id = $1"
        " UNION ALL SELECT NULL, zone_id, quantity, terminal_id FROM lease_zones"
        " WHERE performance_id = $1 AND quantity > 0",
        PgParams() << performance);
    for (int i = 0; i < leases.rows(); ++i) {
        if (i)
            out += ',';
        out += QJsonDocument(QJsonObject{{u"seat"_s, protocol::idOrNull(leases.integer(i, 0))},
                                         {u"zone"_s, protocol::idOrNull(leases.integer(i, 1))},
                                         {u"quantity"_s, leases.integer(i, 2)},
                                         {u"terminal"_s, leases.integer(i, 3)}})
                   .toJson(QJsonDocument::Compact);
    }
    out += "]}";
    c.exec("COMMIT");
    return Reply{200, out, false};
}

Reply Service::order(PgConnection &c, const Session &s, qint64 id)
{
    const WireOrder o = loadOrder(c, id);
    if (o.id == 0 || !maySeeChannel(s, o.channelId))
        return notFound(QStringLiteral("order %1").arg(id));
    return Reply::json(200, QJsonObject{{u"order"_s, o.toJson()}});
}

Reply Service::leases(PgConnection &c, const Session &s, qint64 terminal)
{
    if (terminal == 0)
        terminal = s.terminal;
    if (terminal != s.terminal && !s.isSupervisor())
        return forbidden(QStringLiteral("only a supervisor may look at another terminal's lease"));
    QHash<qint64, QPair<QList<qint64>, QList<ZoneQuantity>>> byPerformance;
    const PgResult seats = c.query("SELECT performance_id, seat_id FROM lease_seats"
                                   " WHERE terminal_id = $1 ORDER BY performance_id, seat_id",
                                   PgParams() << terminal);
    for (int i = 0; i < seats.rows(); ++i)
        byPerformance[seats.integer(i, 0)].first.append(seats.integer(i, 1));
    const PgResult zones = c.query("SELECT performance_id, zone_id, quantity FROM lease_zones"
                                   " WHERE terminal_id = $1 AND quantity > 0",
                                   PgParams() << terminal);
    for (int i = 0; i < zones.rows(); ++i)
        byPerformance[zones.integer(i, 0)].second.append(
            ZoneQuantity{zones.integer(i, 1), int(zones.integer(i, 2))});
    QJsonArray out;
    for (auto it = byPerformance.cbegin(); it != byPerformance.cend(); ++it)
        out.append(QJsonObject{{u"performance"_s, it.key()},
                               {u"terminal"_s, terminal},
                               {u"seats"_s, protocol::idsToJson(it->first)},
                               {u"zones"_s, protocol::zoneQuantitiesToJson(it->second)}});
    return Reply::json(200, QJsonObject{{u"leases"_s, out}});
}

Reply Service::customers(PgConnection &c, const Session &s, const QString &query, int limit)
{
    const QString q = query.trimmed().toLower();
    QString escaped = q;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    PgParams params;
    params << q << (u'%' + escaped + u'%');
    // An outlet user never reads another channel's customers.
    params.id(s.isOutlet() ? s.channel : 0);
    params << qBound(1, limit, 200);
    const PgResult r = c.query(
        "SELECT " PARKETT_CUSTOMER_COLUMNS " FROM customers"
        " WHERE ($1 = '' OR lower(last_name || ' ' || first_name) LIKE $2"
        "        OR lower(first_name || ' ' || last_name) LIKE $2 OR lower(email) LIKE $2"
        "        OR phone LIKE $2 OR lower(number) = $1)"
        " AND ($3::bigint IS NULL OR channel_id = $3) AND merged_into IS NULL"
        " ORDER BY lower(last_name), lower(first_name), id LIMIT $4",
        params);
    QJsonArray out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(customerJson(r, i));
    return Reply::json(200, QJsonObject{{u"customers"_s, out}});
}

Reply Service::changes(PgConnection &c, qint64 since, int limit, bool *empty)
{
    const PgResult r = c.query("SELECT seq, at, kind, performance_id, entity_id, data::text"
                               " FROM change_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                               PgParams() << since << limit);
    *empty = r.rows() == 0;
    qint64 last = since;
    QByteArray out("{\"changes\":[");
    for (int i = 0; i < r.rows(); ++i) {
        if (i)
            out += ',';
        last = r.integer(i, 0);
        QByteArray head = QJsonDocument(
                              QJsonObject{{u"seq"_s, last},
                                          {u"at"_s, protocol::timeOrNull(r.time(i, 1))},
                                          {u"kind"_s, r.text(i, 2)},
                                          {u"performanceId"_s, protocol::idOrNull(r.integer(i, 3))},
                                          {u"id"_s, r.integer(i, 4)}})
                              .toJson(QJsonDocument::Compact);
        head.chop(1);
        out += head + ",\"data\":" + r.bytes(i, 5) + '}';
    }
    out += "],\"last\":" + QByteArray::number(last)
           + ",\"more\":" + (r.rows() == limit ? "true" : "false") + '}';
    return Reply{200, out, false};
}

namespace {

/** Refusals worth remembering under their operation id: the same request must get the same
    answer. Malformed requests (400) and unavailability (503) are not: they changed nothing
    and a corrected retry may succeed. */
bool isStoredRefusal(int status)
{
    return status >= 401 && status < 500 && status != 413;
}

std::optional<Reply> storedReply(PgConnection &c, const QString &operationId, const QString &route)
{
    const PgResult r = c.query("SELECT status, response, route FROM operations WHERE op_id = $1",
                               PgParams() << operationId);
    if (r.rows() == 0)
        return std::nullopt;
    if (r.text(0, 2) != route)
        return Reply::error(409,
                            "operation_reused",
                            QStringLiteral("operation %1 was already used for %2")
                                .arg(operationId, r.text(0, 2)));
    return Reply{int(r.integer(0, 0)), r.bytes(0, 1), true};
}

void storeReply(PgConnection &c,
                const Session &s,
                const QString &operationId,
                const QString &route,
                const Reply &reply)
{
    c.defer("INSERT INTO operations (op_id, user_id, route, status, response)"
            " VALUES ($1, $2, $3, $4, $5)",
            PgParams() << operationId << s.user << route << reply.status << reply.body);
}

/** The answer to an operation whose effect refused: the stored answer when the operation
    ran before (a retry), else \a refusal, remembered when it is worth remembering. Runs
    outside any transaction. */
Reply refuse(PgConnection &c,
             const Session &s,
             const QString &operationId,
             const QString &route,
             const Reply &refusal)
{
    if (auto stored = storedReply(c, operationId, route))
        return *stored;
    if (!isStoredRefusal(refusal.status))
        return refusal;
    try {
        storeReply(c, s, operationId, route, refusal);
        c.flush();
    } catch (const PgError &e) {
        c.rollback();
        // The same operation was answered meanwhile on another connection.
        if (e.constraint() == u"operations_pkey") {
            if (auto stored = storedReply(c, operationId, route))
                return *stored;
        }
        throw;
    }
    return refusal;
}

} // namespace

Reply Service::mutate(PgConnection &c,
                      const Session &s,
                      const QString &operationId,
                      const QString &route,
                      const Effect &effect)
{
    if (QUuid::fromString(operationId).isNull())
        return badRequest(QStringLiteral("the Operation-Id header must be a UUID"));
    // Optimistic: the effect runs first, and the operation's record is written in the same
    // transaction. A retry of an operation that ran before fails on the record's primary key
    // (or is refused by its own effect) and gets the stored answer. Every statement whose
    // result is not read is queued, so a transaction costs a few round trips.
    for (int attempt = 0;; ++attempt) {
        try {
            c.defer("BEGIN");
            const Reply reply = effect(c);
            if (reply.isError()) {
                c.rollback();
                return refuse(c, s, operationId, route, reply);
            }
            storeReply(c, s, operationId, route, reply);
            c.defer("COMMIT");
            c.flush();
            return reply;
        } catch (const PgError &e) {
            c.rollback();
            if (e.isConnectionLost())
                return Reply::error(503,
                                    "unavailable",
                                    QStringLiteral("the database is unreachable; retry with the "
                                                   "same operation id"));
            // A retry of an operation that ran before: its stored answer, whatever this run
            // tripped over (the record's key, a receipt number, a seat now taken).
            try {
                if (auto stored = storedReply(c, operationId, route))
                    return *stored;
            } catch (const PgError &) {
                return Reply::error(503, "unavailable", QStringLiteral("retry the operation"));
            }
            if (e.constraint() == u"operations_pkey")
                return Reply::error(503, "unavailable", QStringLiteral("retry the operation"));
            if (e.isRetryable() && attempt < 5)
                continue;
            if (e.isUniqueViolation()
                && (e.constraint() == u"ux_tickets_active_seat"
                    || e.constraint() == u"hold_seats_pkey"
                    || e.constraint() == u"lease_seats_pkey")) {
                // The last guard fired: something above it let a taken seat through.
                log::warning("guard.unique_seat", {{u"route"_s, route}, {u"error"_s, e.message()}});
                const Reply refusal = Reply::error(409,
                                                   "seat_unavailable",
                                                   QStringLiteral("a seat was taken meanwhile"));
                try {
                    return refuse(c, s, operationId, route, refusal);
                } catch (const PgError &) {
                    c.rollback();
                }
                return refusal;
            }
            if (e.constraint() == u"orders_terminal_id_receipt_key")
                return Reply::error(409,
                                    "operation_reused",
                                    QStringLiteral("this terminal already sent that receipt"));
            if (e.constraint() == u"tickets_barcode_key")
                return Reply::error(409,
                                    "conflict",
                                    QStringLiteral("a ticket code is already used"));
            log::error("db.statement_failed",
                       {{u"route"_s, route},
                        {u"sqlstate"_s, e.sqlState()},
                        {u"error"_s, e.message()}});
            return Reply::error(500, "internal", QStringLiteral("the server could not do that"));
        }
    }
}

namespace {

/** The claims the seating rules see: active tickets by order, and seats held or leased by
    anybody as not for sale. \a exceptHold's own seats are left out (they are the request). */
SeatClaims currentClaims(PgConnection &c,
                         const SeatPlan &plan,
                         qint64 performance,
                         const QString &exceptHold)
{
    SeatClaims claims(plan.seats().size());
    const PgResult sold = c.query("SELECT seat_id, order_id FROM tickets WHERE performance_id = $1"
                                  " AND active AND seat_id IS NOT NULL",
                                  PgParams() << performance);
    for (int i = 0; i < sold.rows(); ++i) {
        const int index = plan.seatIndex(SeatId(sold.integer(i, 0)));
        if (index >= 0)
            claims.claim(index, OrderId(sold.integer(i, 1)));
    }
    const PgResult held = c.query(
        "SELECT seat_id FROM hold_seats WHERE performance_id = $1 AND expires_at > now()"
        " AND hold_id <> $2::uuid UNION ALL SELECT seat_id FROM lease_seats WHERE performance_id = "
        "$1",
        PgParams() << performance << exceptHold);
    for (int i = 0; i < held.rows(); ++i) {
        const int index = plan.seatIndex(SeatId(held.integer(i, 0)));
        if (index >= 0)
            claims.setHeld(index, true);
    }
    return claims;
}

Reply ruleRefusal(const RuleCheck &check)
{
    QJsonArray violations;
    for (const RuleViolation &v : check.violations) {
        QList<qint64> seats;
        for (SeatId seat : v.seats)
            seats.append(seat.value);
        violations.append(QJsonObject{{u"kind"_s, ruleViolationKindName(v.kind)},
                                      {u"seats"_s, protocol::idsToJson(seats)},
                                      {u"message"_s, v.message}});
    }
    return Reply::error(422,
                        "rule_violation",
                        check.summary(),
                        QJsonObject{{u"violations"_s, violations}});
}

/** Takes \a seats for a hold or a lease: rows in \a table keyed by (performance, seat) that
    nobody else has, and no active ticket. Inserting first and checking tickets after is what
    makes it safe under READ COMMITTED: a sale that commits meanwhile either held the seat
    (and our insert waited for it) or is visible to the ticket check that follows. */
QList<qint64> takeSeats(PgConnection &c,
                        const char *insertSql,
                        qint64 performance,
                        const QList<qint64> &seats,
                        const PgParams &insertParams,
                        qint64 terminal,
                        QDateTime *insertedTime = nullptr)
{
    const auto ids = toVector(seats);
    c.defer("DELETE FROM hold_seats WHERE performance_id = $1 AND seat_id = ANY($2::bigint[])"
            " AND expires_at <= now()",
            (PgParams() << performance).array(ids));
    const PgResult insertedRows = c.query(insertSql, insertParams);
    if (insertedTime && insertedRows.rows() > 0)
        *insertedTime = insertedRows.time(0, 1);
    const QList<qint64> inserted = column(insertedRows);
    const QSet<qint64> got(inserted.begin(), inserted.end());
    QList<qint64> taken;
    for (qint64 seat : seats) {
        if (!got.contains(seat))
            taken.append(seat);
    }
    // A statement of its own, after the insert: its snapshot sees every sale that committed
    // while the insert waited. Seats leased to another terminal are set aside for its
    // offline sales.
    // One probe of the active-seat index per seat, whatever the statistics say: with
    // seat_id = ANY(...) a planner that has not yet seen the table grown (a new database, a
    // first on-sale day) scans every active ticket of the performance instead.
    taken += column(c.query("SELECT t.seat_id FROM unnest($2::bigint[]) AS s(seat) CROSS JOIN"
                            " LATERAL (SELECT seat_id FROM tickets WHERE performance_id = $1"
                            " AND seat_id = s.seat AND active LIMIT 1) t"
                            " UNION ALL SELECT seat_id FROM lease_seats WHERE performance_id = $1"
                            " AND seat_id = ANY($2::bigint[]) AND terminal_id <> $3",
                            (PgParams() << performance).array(ids) << terminal));
    std::sort(taken.begin(), taken.end());
    taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
    return taken;
}

} // namespace

Reply Service::hold(PgConnection &c, const Session &s, const protocol::HoldRequest &request)
{
    const auto perf = performanceRow(c, request.performance);
    if (!perf)
        return notFound(QStringLiteral("performance %1").arg(request.performance));
    if (perf->status != u"on-sale")
        return Reply::error(409,
                            "illegal_transition",
                            QStringLiteral("performance %1 is not on sale").arg(request.performance));
    const auto rules = planRules(c, perf->plan);
    if (!rules)
        return Reply::error(503, "unavailable", QStringLiteral("the seat plan cannot be read"));
    if (hasDuplicates(request.seats))
        return badRequest(QStringLiteral("seats names a seat twice"));
    if (const QList<qint64> unknown = unknownSeats(rules->plan, request.seats); !unknown.isEmpty())
        return badRequest(QStringLiteral("the plan has no seat %1").arg(idList(unknown)));

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const char *insertHold = "INSERT INTO holds (id, performance_id, user_id, terminal_id,"
                             " expires_at) VALUES ($1, $2, $3, $4,"
                             " now() + make_interval(secs => $5)) RETURNING expires_at";
    const PgParams holdParams = PgParams() << id << request.performance << s.user << s.terminal
                                           << request.ttlSeconds;
    QDateTime expires;
    if (request.seats.isEmpty()) {
        expires = c.query(insertHold, holdParams).time(0, 0);
    } else {
        // The hold goes out in the same pipeline as its seats; the seats take its expiry.
        c.defer(insertHold, holdParams);
        const QList<qint64> taken = takeSeats(
            c,
            "INSERT INTO hold_seats (performance_id, seat_id, hold_id, expires_at)"
            " SELECT $1, seat, $3::uuid, (SELECT expires_at FROM holds WHERE id = $3::uuid)"
            " FROM unnest($2::bigint[]) AS seat ON CONFLICT DO NOTHING"
            " RETURNING seat_id, expires_at",
            request.performance,
            request.seats,
            (PgParams() << request.performance).array(toVector(request.seats)) << id,
            s.terminal,
            &expires);
        if (!taken.isEmpty())
            return unavailable("seat_unavailable",
                               QStringLiteral("seats %1 are taken").arg(idList(taken)),
                               taken);
    }
    QList<qint64> unknownZones;
    const QList<qint64> full = overfullZones(c,
                                             request.performance,
                                             s.terminal,
                                             request.zones,
                                             &unknownZones);
    if (!unknownZones.isEmpty())
        return badRequest(QStringLiteral("performance %1 has no standing zone %2")
                              .arg(request.performance)
                              .arg(idList(unknownZones)));
    if (!full.isEmpty())
        return unavailable("seat_unavailable",
                           QStringLiteral("not enough standing places left in zone %1")
                               .arg(idList(full)),
                           {},
                           full);
    for (const ZoneQuantity &z : request.zones)
        c.defer("INSERT INTO hold_zones (hold_id, performance_id, zone_id, quantity, expires_at)"
                " SELECT $1::uuid, $2, $3, $4, expires_at FROM holds WHERE id = $1::uuid",
                PgParams() << id << request.performance << z.zone << z.quantity);

    // The plan's seating rules, the same code the client runs. Whether it becomes a sale or
    // a reservation, and at which price types, is known at confirm.
    if (rules->geometry && !request.seats.isEmpty()) {
        OrderRequest order;
        order.orderType.clear();
        for (qint64 seat : request.seats)
            order.seats.append(SeatId(seat));
        const RuleCheck check = checkOrder(*rules->geometry,
                                           currentClaims(c, rules->plan, request.performance, id),
                                           order);
        if (!check.isOk())
            return ruleRefusal(check);
    }

    const QJsonObject hold{{u"id"_s, id},
                           {u"expiresAt"_s, protocol::formatTime(expires)},
                           {u"seats"_s, protocol::idsToJson(request.seats)},
                           {u"zones"_s, protocol::zoneQuantitiesToJson(request.zones)}};
    QJsonObject change = hold;
    change.insert(u"hold"_s, id);
    change.insert(u"terminal"_s, s.terminal);
    appendChange(c, "hold", request.performance, 0, change);
    return Reply::json(201, QJsonObject{{u"hold"_s, hold}});
}

Reply Service::releaseHold(PgConnection &c, const Session &s, const QString &hold)
{
    if (QUuid::fromString(hold).isNull())
        return notFound(QStringLiteral("hold %1").arg(hold));
    const PgResult h = c.query("DELETE FROM holds WHERE id = $1::uuid AND (terminal_id = $2 OR $3)"
                               " RETURNING performance_id",
                               PgParams() << hold << s.terminal << s.isSupervisor());
    if (h.rows() == 0)
        return Reply::noContent(); // gone already: released or expired, the same outcome
    appendChange(c,
                 "hold",
                 h.integer(0, 0),
                 0,
                 QJsonObject{{u"hold"_s, hold}, {u"released"_s, true}});
    return Reply::noContent();
}

namespace {

struct PricedLine
{
    qint64 seat = 0;
    qint64 zone = 0;
    qint64 category = 0;
    qint64 priceType = 0;
    qint64 price = 0;
    QString label;
};

void insertHistory(
    PgConnection &c, qint64 order, const Session &s, const char *event, const QString &detail)
{
    c.defer("INSERT INTO order_history (order_id, event, detail, user_id) VALUES ($1, $2, $3, $4)",
            PgParams() << order << event << detail << s.user);
}

/** A new order as one statement: the order, its tickets, its payment and its first history
    entry, inserted together in one round trip. */
struct NewOrder
{
    qint64 performance = 0;
    qint64 customer = 0;
    QString receipt; ///< empty for online sales
    QString status;  ///< sold or reserved
    QString currency;
    QDateTime createdAt;     ///< invalid: now
    QDateTime reservedUntil; ///< for reserved orders
    QList<PricedLine> lines;
    QStringList barcodes;  ///< one per line
    QString paymentMethod; ///< empty: no payment
    qint64 paymentAmount = 0;
    QDateTime paidAt; ///< invalid: now
    const char *event = "sold";
    QString detail;
};

/** The parameters $1-$23 of PARKETT_INSERT_ORDER_CTE for \a n. */
PgParams orderParams(const Session &s, const NewOrder &n)
{
    std::vector<qint64> seats, zones, categories, priceTypes, prices;
    QStringList labels;
    qint64 total = 0;
    for (const PricedLine &l : n.lines) {
        seats.push_back(l.seat);
        zones.push_back(l.zone);
        categories.push_back(l.category);
        priceTypes.push_back(l.priceType);
        prices.push_back(l.price);
        labels.append(l.label);
        total += l.price;
    }
    PgParams p;
    p << n.performance;
    p.id(n.customer);
    p << s.channel << s.user << s.terminal;
    if (n.receipt.isEmpty())
        p << nullptr;
    else
        p << n.receipt;
    p << n.status << n.currency << total << n.createdAt << n.reservedUntil;
    p.array(seats).array(zones).array(categories).array(priceTypes).array(prices);
    p.textArray(labels).textArray(n.barcodes);
    if (n.paymentMethod.isEmpty())
        p << nullptr;
    else
        p << n.paymentMethod;
    p << n.paymentAmount << n.paidAt << n.event << n.detail;
    return p;
}

/** An order's number as the database writes it: "S-" and at least six digits. */
QString orderNumber(qint64 sequenceValue)
{
    return QStringLiteral("S-%1").arg(sequenceValue, 6, 10, QLatin1Char('0'));
}

/** The order as the wire shows it, once the database has given it its ids; \a ticketIds
    are in the order of the lines. */
WireOrder wireOrder(const Session &s,
                    const NewOrder &n,
                    qint64 id,
                    const QString &number,
                    const QDateTime &createdAt,
                    const QList<qint64> &ticketIds)
{
    WireOrder o;
    o.id = id;
    o.number = number;
    o.status = n.status;
    o.performanceId = n.performance;
    o.channelId = s.channel;
    o.customerId = n.customer;
    o.terminalId = s.terminal;
    o.receipt = n.receipt;
    o.currency = n.currency;
    for (const PricedLine &l : n.lines)
        o.total += l.price;
    o.createdAt = createdAt;
    o.reservedUntil = n.reservedUntil;
    for (qsizetype i = 0; i < n.lines.size(); ++i) {
        const PricedLine &l = n.lines.at(i);
        o.tickets.append(WireTicket{ticketIds.value(i),
                                    l.seat,
                                    l.zone,
                                    l.category,
                                    l.priceType,
                                    l.price,
                                    l.label,
                                    n.barcodes.at(i),
                                    u"valid"_s});
    }
    std::sort(o.tickets.begin(), o.tickets.end(), [](const WireTicket &a, const WireTicket &b) {
        return a.id < b.id;
    });
    return o;
}

// The order, its tickets, its payment and its first history entry in one statement. The ids
// come from their sequences unless $24 (order id), $25 (order number) and $26 (ticket ids, in
// the order of the lines) give them. A macro, so that the offline replay's statement can
// extend it and both stay one string literal each (prepared statements are keyed by
// address).
#define PARKETT_INSERT_ORDER_CTE \
    "WITH o AS (INSERT INTO orders (id, number, performance_id, customer_id, channel_id," \
    "             user_id, terminal_id, receipt, status, currency, total, created_at," \
    "             reserved_until)" \
    "           VALUES (coalesce($24::bigint, nextval('orders_id_seq'))," \
    "             coalesce($25::text, (SELECT 'S-' || lpad(v::text, greatest(6, length(v::text))," \
    "               '0') FROM nextval('order_numbers') v))," \
    "             $1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()), $11)" \
    "           RETURNING id, number, created_at)," \
    " t AS (INSERT INTO tickets (id, order_id, performance_id, seat_id, zone_id, category_id," \
    "         price_type_id, price, label, barcode, status, active, status_changed_at)" \
    "       SELECT coalesce(l.id, nextval('tickets_id_seq')), o.id, $1, nullif(l.seat, 0)," \
    "         nullif(l.zone, 0), l.category, l.price_type, l.price, l.label, l.barcode, 'valid'," \
    "         true, now()" \
    "       FROM o, unnest($12::bigint[], $13::bigint[], $14::bigint[], $15::bigint[]," \
    "         $16::bigint[], $17::text[], $18::text[], $26::bigint[])" \
    "         AS l(seat, zone, category, price_type, price, label, barcode, id)" \
    "       RETURNING id, barcode)," \
    " p AS (INSERT INTO payments (order_id, method, amount, at)" \
    "       SELECT o.id, $19::text, $20::bigint, coalesce($21::timestamptz, now()) FROM o" \
    "       WHERE $19::text IS NOT NULL)," \
    " h AS (INSERT INTO order_history (order_id, event, detail, user_id)" \
    "       SELECT o.id, $22::text, $23::text, $4 FROM o)"

WireOrder insertOrder(PgConnection &c, const Session &s, const NewOrder &n)
{
    PgParams p = orderParams(s, n);
    p << nullptr << nullptr << nullptr;
    const PgResult r = c.query(PARKETT_INSERT_ORDER_CTE
                               " SELECT o.id, o.number, o.created_at, t.id, t.barcode FROM o, t",
                               p);
    if (r.rows() == 0)
        return WireOrder{};
    QHash<QString, qint64> byBarcode;
    for (int i = 0; i < r.rows(); ++i)
        byBarcode.insert(r.text(i, 4), r.integer(i, 3));
    QList<qint64> ticketIds;
    for (const QString &barcode : n.barcodes)
        ticketIds.append(byBarcode.value(barcode));
    return wireOrder(s, n, r.integer(0, 0), r.text(0, 1), r.time(0, 2), ticketIds);
}

/** The answer for a new or changed order, with its change in the feed. */
Reply orderReply(PgConnection &c, int status, const WireOrder &o)
{
    appendChange(c, "order", o.performanceId, o.id, o.toJson());
    return Reply::json(status, QJsonObject{{u"order"_s, o.toJson()}});
}

Reply orderReply(PgConnection &c, int status, qint64 id)
{
    return orderReply(c, status, loadOrder(c, id));
}

/** The customer of a sale as its rules see it. */
struct SaleCustomer
{
    std::optional<Reply> refusal; ///< unknown, or of a channel the user may not see
    bool blocked = false;
    QJsonObject json;
};

/** The customer of a sale (none for 0), read under a share lock: a block set at another
    terminal meanwhile is either seen here or waits for this sale to commit. */
SaleCustomer saleCustomer(PgConnection &c, const Session &s, qint64 customer)
{
    SaleCustomer out;
    if (customer == 0)
        return out;
    const PgResult r = c.query("SELECT " PARKETT_CUSTOMER_COLUMNS " FROM customers"
                               " WHERE id = $1 AND merged_into IS NULL FOR SHARE",
                               PgParams() << customer);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 6))) {
        // Nothing is written for a customer the server does not know (one created offline
        // at a terminal whose creation has not reached the server, say); details name it.
        out.refusal = Reply::error(404,
                                   "not_found",
                                   QStringLiteral("customer %1 does not exist on the server; "
                                                  "the order was not placed")
                                       .arg(customer),
                                   QJsonObject{{u"customerId"_s, customer}});
        return out;
    }
    out.blocked = r.boolean(0, 7);
    out.json = customerJson(r, 0);
    return out;
}

/** 409 customer_blocked: a sale to \a customer, blocked from sale, came without a
    supervisor's approval. The customer as it is now goes with it, for the client's cache. */
Reply customerBlocked(const QJsonObject &customer, const QString &why = {})
{
    const QString name = (customer.value(u"firstName").toString() + u' '
                          + customer.value(u"lastName").toString())
                             .trimmed();
    return Reply::error(409,
                        "customer_blocked",
                        QStringLiteral("customer %1 (%2) is blocked from sale; the sale needs a "
                                       "supervisor's approval%3")
                            .arg(customer.value(u"number").toString(), name, why),
                        QJsonObject{{u"customer"_s, customer}});
}

/** Whether \a login is an active supervisor or administrator. */
bool isSupervisorLogin(PgConnection &c, const QString &login)
{
    return !login.isEmpty()
           && c.query("SELECT 1 FROM users WHERE login = $1 AND active"
                      " AND role IN ('supervisor', 'admin')",
                      PgParams() << login)
                      .rows()
                  > 0;
}

} // namespace

namespace {

/** "{1,2,3}" as numbers. */
QList<qint64> integerArray(const QByteArray &text)
{
    QList<qint64> out;
    const QByteArray inner = text.mid(1, text.size() - 2);
    if (inner.isEmpty())
        return out;
    for (const QByteArray &part : inner.split(','))
        out.append(part.toLongLong());
    return out;
}

} // namespace

Reply Service::confirm(PgConnection &c, const Session &s, const protocol::ConfirmRequest &request)
{
    if (QUuid::fromString(request.hold).isNull())
        return badRequest(QStringLiteral("hold must be a hold id"));
    // The hold, what it holds, its performance and the price list, in one round trip.
    const PgResult h = c.query(
        "SELECT h.performance_id, h.terminal_id, h.expires_at > now(), p.plan_id, p.currency,"
        " ARRAY(SELECT seat_id FROM hold_seats WHERE hold_id = h.id),"
        " ARRAY(SELECT zone_id FROM hold_zones WHERE hold_id = h.id ORDER BY zone_id),"
        " ARRAY(SELECT quantity FROM hold_zones WHERE hold_id = h.id ORDER BY zone_id),"
        " ARRAY(SELECT category_id FROM prices WHERE performance_id = h.performance_id"
        "       ORDER BY category_id, price_type_id),"
        " ARRAY(SELECT price_type_id FROM prices WHERE performance_id = h.performance_id"
        "       ORDER BY category_id, price_type_id),"
        " ARRAY(SELECT amount FROM prices WHERE performance_id = h.performance_id"
        "       ORDER BY category_id, price_type_id)"
        " FROM holds h JOIN performances p ON p.id = h.performance_id"
        " WHERE h.id = $1::uuid FOR UPDATE OF h",
        PgParams() << request.hold);
    if (h.rows() == 0 || !h.boolean(0, 2))
        return Reply::error(409,
                            "hold_expired",
                            QStringLiteral("the hold has expired or was released; hold the seats "
                                           "again"));
    if (h.integer(0, 1) != s.terminal)
        return forbidden(QStringLiteral("the hold belongs to another terminal"));
    const qint64 performance = h.integer(0, 0);
    const SaleCustomer customer = saleCustomer(c, s, request.customer);
    if (customer.refusal)
        return *customer.refusal;
    const auto rules = planRules(c, h.integer(0, 3));
    if (!rules)
        return Reply::error(503, "unavailable", QStringLiteral("the seat plan cannot be read"));
    const SeatPlan &plan = rules->plan;

    const QList<qint64> heldSeats = integerArray(h.bytes(0, 5));
    QHash<qint64, int> heldZones;
    {
        const QList<qint64> zoneIds = integerArray(h.bytes(0, 6));
        const QList<qint64> quantities = integerArray(h.bytes(0, 7));
        for (qsizetype i = 0; i < zoneIds.size() && i < quantities.size(); ++i)
            heldZones.insert(zoneIds.at(i), int(quantities.at(i)));
    }
    QHash<QPair<qint64, qint64>, qint64> prices;
    {
        const QList<qint64> categories = integerArray(h.bytes(0, 8));
        const QList<qint64> types = integerArray(h.bytes(0, 9));
        const QList<qint64> amounts = integerArray(h.bytes(0, 10));
        for (qsizetype i = 0; i < categories.size() && i < types.size() && i < amounts.size(); ++i)
            prices.insert({categories.at(i), types.at(i)}, amounts.at(i));
    }

    QList<PricedLine> lines;
    QSet<qint64> seatsSeen;
    QHash<qint64, int> zoneCounts;
    for (const protocol::OrderLine &l : request.lines) {
        if (l.seat != 0) {
            if (!heldSeats.contains(l.seat) || seatsSeen.contains(l.seat))
                return badRequest(QStringLiteral("seat %1 is not in the hold, or twice in the "
                                                 "lines")
                                      .arg(l.seat));
            seatsSeen.insert(l.seat);
            const int index = plan.seatIndex(SeatId(l.seat));
            const qint64 category = plan.seats().at(index).category.value;
            const auto price = prices.constFind({category, l.priceType});
            if (price == prices.constEnd())
                return badRequest(QStringLiteral("seat %1 has no price for price type %2")
                                      .arg(l.seat)
                                      .arg(l.priceType));
            lines.append({l.seat, 0, category, l.priceType, *price, Basket::seatLabel(plan, index)});
        } else {
            const StandingZone *zone = zoneOf(plan, l.zone);
            if (!zone || !heldZones.contains(l.zone))
                return badRequest(QStringLiteral("zone %1 is not in the hold").arg(l.zone));
            zoneCounts[l.zone] += l.quantity;
            const auto price = prices.constFind({zone->category.value, l.priceType});
            if (price == prices.constEnd())
                return badRequest(QStringLiteral("zone %1 has no price for price type %2")
                                      .arg(l.zone)
                                      .arg(l.priceType));
            for (int i = 0; i < l.quantity; ++i)
                lines.append({0, l.zone, zone->category.value, l.priceType, *price, zone->name});
        }
    }
    if (seatsSeen.size() != heldSeats.size() || zoneCounts != heldZones)
        return badRequest(QStringLiteral("the lines must cover every seat and standing place of "
                                         "the hold exactly once"));
    qint64 total = 0;
    for (const PricedLine &l : lines)
        total += l.price;
    if (request.hasPayment && request.payment.amount != total)
        return badRequest(QStringLiteral("the payment of %1 does not match the total of %2")
                              .arg(request.payment.amount)
                              .arg(total));
    if (!request.hasPayment && request.reserveUntil <= QDateTime::currentDateTimeUtc())
        return badRequest(QStringLiteral("reserveUntil must be in the future"));

    // A supervisor's approval (of a sale to a customer blocked from sale) is only taken with
    // that supervisor's own password.
    QString approvedBy;
    if (!request.supervisorLogin.isEmpty()) {
        const PgResult u = c.query("SELECT role, password_hash FROM users WHERE login = $1"
                                   " AND active",
                                   PgParams() << request.supervisorLogin);
        if (u.rows() == 0 || (u.text(0, 0) != u"supervisor" && u.text(0, 0) != u"admin")
            || !verifyPassword(u.bytes(0, 1), request.supervisorPassword))
            return forbidden(QStringLiteral("the supervisor's login or password is wrong"));
        approvedBy = request.supervisorLogin;
    }
    // The customer's block as the server knows it: a terminal's cache may be behind.
    if (customer.blocked && approvedBy.isEmpty())
        return customerBlocked(customer.json);

    // Area limits on price types and order types, now that both are known.
    if (rules->geometry && rules->limitsAtConfirm && !heldSeats.isEmpty()) {
        QHash<qint64, QString> codes;
        const PgResult types = c.query("SELECT id, code FROM price_types");
        for (int i = 0; i < types.rows(); ++i)
            codes.insert(types.integer(i, 0), types.text(i, 1));
        OrderRequest order;
        order.orderType = request.hasPayment ? u"sale"_s : u"reservation"_s;
        for (const protocol::OrderLine &l : request.lines) {
            if (l.seat != 0) {
                order.seats.append(SeatId(l.seat));
                order.priceTypes.append(codes.value(l.priceType));
            }
        }
        const RuleCheck check = checkOrder(*rules->geometry,
                                           currentClaims(c, plan, performance, request.hold),
                                           order);
        if (!check.isOk())
            return ruleRefusal(check);
    }

    const bool sold = request.hasPayment;
    NewOrder n;
    n.performance = performance;
    n.customer = request.customer;
    n.status = sold ? u"sold"_s : u"reserved"_s;
    n.currency = h.text(0, 4);
    n.reservedUntil = sold ? QDateTime() : request.reserveUntil;
    n.lines = lines;
    for (qsizetype i = 0; i < lines.size(); ++i)
        n.barcodes.append(randomTicketCode());
    if (sold) {
        n.paymentMethod = request.payment.method;
        n.paymentAmount = request.payment.amount;
    }
    n.event = sold ? "sold" : "reserved";
    if (!approvedBy.isEmpty())
        n.detail = QStringLiteral("blocked customer approved by supervisor %1").arg(approvedBy);
    const WireOrder order = insertOrder(c, s, n);
    c.defer("DELETE FROM holds WHERE id = $1::uuid", PgParams() << request.hold);
    // Other counters drop the hold by its id; the order's change that follows takes its places.
    appendChange(c,
                 "hold",
                 performance,
                 0,
                 QJsonObject{{u"hold"_s, request.hold}, {u"released"_s, true}});
    // Selling seats leased to this very terminal online uses the lease up.
    if (!heldSeats.isEmpty())
        c.defer("DELETE FROM lease_seats WHERE performance_id = $1 AND seat_id = ANY($2::bigint[])"
                " AND terminal_id = $3",
                (PgParams() << performance).array(toVector(heldSeats)) << s.terminal);
    return orderReply(c, 201, order);
}

Reply Service::pay(PgConnection &c,
                   const Session &s,
                   qint64 order,
                   const protocol::WirePayment &payment)
{
    const PgResult r = c.query("SELECT status, total, reserved_until > now(), channel_id"
                               " FROM orders WHERE id = $1 FOR UPDATE",
                               PgParams() << order);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 3)))
        return notFound(QStringLiteral("order %1").arg(order));
    if (r.text(0, 0) != u"reserved" || !r.boolean(0, 2))
        return Reply::error(409,
                            "illegal_transition",
                            QStringLiteral("order %1 is %2 and cannot be paid")
                                .arg(order)
                                .arg(r.text(0, 0) == u"reserved" ? u"expired"_s : r.text(0, 0)));
    if (payment.amount != r.integer(0, 1))
        return badRequest(QStringLiteral("the payment of %1 does not match the total of %2")
                              .arg(payment.amount)
                              .arg(r.integer(0, 1)));
    c.defer("UPDATE orders SET status = 'sold', reserved_until = NULL WHERE id = $1",
            PgParams() << order);
    c.defer("INSERT INTO payments (order_id, method, amount, at) VALUES ($1, $2, $3, now())",
            PgParams() << order << payment.method << payment.amount);
    insertHistory(c, order, s, "sold", QStringLiteral("reservation paid"));
    return orderReply(c, 200, order);
}

Reply Service::cancel(PgConnection &c, const Session &s, qint64 order, const QString &reason)
{
    const PgResult r = c.query("SELECT status, channel_id FROM orders WHERE id = $1 FOR UPDATE",
                               PgParams() << order);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 1)))
        return notFound(QStringLiteral("order %1").arg(order));
    if (r.text(0, 0) == u"cancelled")
        return Reply::error(409,
                            "illegal_transition",
                            QStringLiteral("order %1 is already cancelled").arg(order));
    c.defer("UPDATE orders SET status = 'cancelled', reserved_until = NULL WHERE id = $1",
            PgParams() << order);
    c.defer("UPDATE tickets SET active = false, status = 'cancelled', status_changed_at = now()"
            " WHERE order_id = $1 AND active",
            PgParams() << order);
    insertHistory(c, order, s, "cancelled", reason);
    return orderReply(c, 200, order);
}

Reply Service::lease(PgConnection &c, const Session &s, const protocol::LeaseRequest &request)
{
    const qint64 terminal = request.terminal != 0 ? request.terminal : s.terminal;
    if (terminal != s.terminal && !s.isSupervisor())
        return forbidden(QStringLiteral("only a supervisor may lease seats to another terminal"));
    if (c.query("SELECT 1 FROM terminals WHERE id = $1 AND retired_at IS NULL",
                PgParams() << terminal)
            .rows()
        == 0)
        return notFound(QStringLiteral("terminal %1").arg(terminal));
    const auto perf = performanceRow(c, request.performance);
    if (!perf)
        return notFound(QStringLiteral("performance %1").arg(request.performance));
    const auto rules = planRules(c, perf->plan);
    if (!rules)
        return Reply::error(503, "unavailable", QStringLiteral("the seat plan cannot be read"));
    if (hasDuplicates(request.seats))
        return badRequest(QStringLiteral("seats names a seat twice"));
    if (const QList<qint64> unknown = unknownSeats(rules->plan, request.seats); !unknown.isEmpty())
        return badRequest(QStringLiteral("the plan has no seat %1").arg(idList(unknown)));
    if (!request.seats.isEmpty()) {
        QList<qint64> taken = takeSeats(
            c,
            "INSERT INTO lease_seats (performance_id, seat_id, terminal_id)"
            " SELECT $1, seat, $3 FROM unnest($2::bigint[]) AS seat"
            " ON CONFLICT DO NOTHING RETURNING seat_id",
            request.performance,
            request.seats,
            (PgParams() << request.performance).array(toVector(request.seats)) << terminal,
            terminal);
        // A seat someone holds right now is not free to lease either.
        taken += column(c.query("SELECT seat_id FROM hold_seats WHERE performance_id = $1"
                                " AND seat_id = ANY($2::bigint[]) AND expires_at > now()",
                                (PgParams() << request.performance).array(toVector(request.seats))));
        if (!taken.isEmpty()) {
            std::sort(taken.begin(), taken.end());
            taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
            return unavailable("seat_unavailable",
                               QStringLiteral("seats %1 are not free to lease").arg(idList(taken)),
                               taken);
        }
        // A large lease changes the table a lot: fresh statistics, committed with it, let
        // every connection plan the offline sales' seat lookups on the primary key at once
        // instead of walking the whole lease until autovacuum comes by.
        if (request.seats.size() >= 500)
            c.defer("ANALYZE lease_seats");
    }
    QList<qint64> unknownZones;
    const QList<qint64> full = overfullZones(c,
                                             request.performance,
                                             terminal,
                                             request.zones,
                                             &unknownZones);
    if (!unknownZones.isEmpty())
        return badRequest(QStringLiteral("performance %1 has no standing zone %2")
                              .arg(request.performance)
                              .arg(idList(unknownZones)));
    if (!full.isEmpty())
        return unavailable("seat_unavailable",
                           QStringLiteral("not enough standing places left in zone %1")
                               .arg(idList(full)),
                           {},
                           full);
    for (const ZoneQuantity &z : request.zones)
        c.query("INSERT INTO lease_zones (performance_id, zone_id, terminal_id, quantity)"
                " VALUES ($1, $2, $3, $4) ON CONFLICT (performance_id, zone_id, terminal_id)"
                " DO UPDATE SET quantity = lease_zones.quantity + excluded.quantity",
                PgParams() << request.performance << z.zone << terminal << z.quantity);
    const QJsonObject body{{u"performance"_s, request.performance},
                           {u"terminal"_s, terminal},
                           {u"seats"_s, protocol::idsToJson(request.seats)},
                           {u"zones"_s, protocol::zoneQuantitiesToJson(request.zones)}};
    appendChange(c, "lease", request.performance, terminal, body);
    return Reply::json(201, body);
}

Reply Service::releaseLease(PgConnection &c, const Session &s, qint64 performance, qint64 terminal)
{
    if (terminal == 0)
        terminal = s.terminal;
    if (terminal != s.terminal && !s.isSupervisor())
        return forbidden(QStringLiteral("only a supervisor may end another terminal's lease"));
    const int seats = c.query("DELETE FROM lease_seats WHERE performance_id = $1"
                              " AND terminal_id = $2",
                              PgParams() << performance << terminal)
                          .affected();
    const int zones = c.query("DELETE FROM lease_zones WHERE performance_id = $1"
                              " AND terminal_id = $2",
                              PgParams() << performance << terminal)
                          .affected();
    if (seats + zones > 0)
        appendChange(c,
                     "lease",
                     performance,
                     terminal,
                     QJsonObject{{u"terminal"_s, terminal}, {u"released"_s, true}});
    return Reply::noContent();
}

namespace {

/** The order an offline sale makes. */
NewOrder offlineNewOrder(const protocol::OfflineOrderRequest &request, const QString &currency)
{
    NewOrder n;
    n.performance = request.performance;
    n.customer = request.customer;
    n.receipt = request.receipt;
    n.status = u"sold"_s;
    n.currency = currency;
    n.createdAt = request.createdAt;
    for (const WireTicket &t : request.lines) {
        n.lines.append(PricedLine{t.seat, t.zone, t.category, t.priceType, t.price, t.label});
        n.barcodes.append(t.barcode);
    }
    n.paymentMethod = request.payment.method;
    n.paymentAmount = request.payment.amount;
    n.paidAt = request.createdAt;
    n.detail = QStringLiteral("sold offline, receipt %1").arg(request.receipt);
    if (!request.approvedBy.isEmpty())
        n.detail += QStringLiteral("; blocked customer approved by supervisor %1")
                        .arg(request.approvedBy);
    return n;
}

/** What an offline sale takes from the lease, and what it costs. */
struct OfflinePlaces
{
    QList<qint64> seats;
    QHash<qint64, int> zones; ///< standing places per zone
    qint64 total = 0;
    bool wellFormed = true; ///< every line names a seat or a zone, not both or neither
};

OfflinePlaces offlinePlaces(const protocol::OfflineOrderRequest &request)
{
    OfflinePlaces places;
    for (const WireTicket &t : request.lines) {
        if (t.seat != 0)
            places.seats.append(t.seat);
        else
            places.zones[t.zone] += 1;
        places.wellFormed = places.wellFormed && (t.seat != 0) != (t.zone != 0);
        places.total += t.price;
    }
    return places;
}

} // namespace

Reply Service::offlineOrder(PgConnection &c,
                            const Session &s,
                            const protocol::OfflineOrderRequest &request)
{
    const SaleCustomer customer = saleCustomer(c, s, request.customer);
    if (customer.refusal)
        return *customer.refusal;
    // Blocked on the server (perhaps after the terminal went offline): the sale stands only
    // with the approval of a supervisor the server knows.
    if (customer.blocked && request.approvedBy.isEmpty())
        return customerBlocked(customer.json);
    if (customer.blocked && !isSupervisorLogin(c, request.approvedBy))
        return customerBlocked(customer.json,
                               QStringLiteral(" (%1 is no supervisor)").arg(request.approvedBy));
    const OfflinePlaces places = offlinePlaces(request);
    const QList<qint64> &seats = places.seats;
    const QHash<qint64, int> &zones = places.zones;
    if (hasDuplicates(seats))
        return badRequest(QStringLiteral("lines name a seat twice"));
    if (request.payment.amount != places.total)
        return badRequest(QStringLiteral("the payment of %1 does not match the total of %2")
                              .arg(request.payment.amount)
                              .arg(places.total));
    // The seats must still be leased to this terminal: the lease is what made selling them
    // offline safe. Locking the lease rows keeps a concurrent lease release out. One round
    // trip with the performance's currency.
    const PgResult p = c.query(
        "WITH l AS (SELECT seat_id FROM lease_seats WHERE performance_id = $1"
        "           AND seat_id = ANY($2::bigint[]) AND terminal_id = $3 FOR UPDATE)"
        " SELECT currency, ARRAY(SELECT seat_id FROM l) FROM performances WHERE id = $1",
        (PgParams() << request.performance).array(toVector(seats)) << s.terminal);
    if (p.rows() == 0)
        return notFound(QStringLiteral("performance %1").arg(request.performance));
    const QList<qint64> leased = integerArray(p.bytes(0, 1));
    QList<qint64> missing;
    for (qint64 seat : seats) {
        if (!leased.contains(seat))
            missing.append(seat);
    }
    QList<qint64> missingZones;
    for (auto it = zones.cbegin(); it != zones.cend(); ++it) {
        const PgResult z = c.query("SELECT quantity FROM lease_zones WHERE performance_id = $1"
                                   " AND zone_id = $2 AND terminal_id = $3 FOR UPDATE",
                                   PgParams() << request.performance << it.key() << s.terminal);
        if (z.rows() == 0 || z.integer(0, 0) < it.value())
            missingZones.append(it.key());
    }
    if (!missing.isEmpty() || !missingZones.isEmpty())
        return unavailable("lease_missing",
                           QStringLiteral("seats %1 / zones %2 are not leased to terminal %3 "
                                          "any more")
                               .arg(idList(missing), idList(missingZones))
                               .arg(s.terminal),
                           missing,
                           missingZones);
    const NewOrder n = offlineNewOrder(request, p.text(0, 0));
    const WireOrder order = insertOrder(c, s, n);
    if (!seats.isEmpty())
        c.defer("DELETE FROM lease_seats WHERE performance_id = $1 AND seat_id = ANY($2::bigint[])"
                " AND terminal_id = $3",
                (PgParams() << request.performance).array(toVector(seats)) << s.terminal);
    for (auto it = zones.cbegin(); it != zones.cend(); ++it)
        c.defer("UPDATE lease_zones SET quantity = quantity - $4 WHERE performance_id = $1"
                " AND zone_id = $2 AND terminal_id = $3",
                PgParams() << request.performance << it.key() << s.terminal << it.value());
    return orderReply(c, 201, order);
}

std::vector<std::optional<Reply>> Service::replayOfflineOrders(PgConnection &c,
                                                               const Session &s,
                                                               const QList<OfflineOperation> &ops)
{
    std::vector<std::optional<Reply>> answers(size_t(ops.size()));
    constexpr qsizetype kPerPipeline = 100;
    for (qsizetype first = 0; first < ops.size(); first += kPerPipeline) {
        const qsizetype last = qMin(ops.size(), first + kPerPipeline);
        // What looks sound goes the fast way; offlineOrder() answers everything else.
        QList<qsizetype> sound;
        QList<OfflinePlaces> places; ///< of each sound sale
        std::vector<qint64> performances, customers;
        int ticketCount = 0;
        for (qsizetype i = first; i < last; ++i) {
            const protocol::OfflineOrderRequest &r = ops.at(i).request;
            if (QUuid::fromString(ops.at(i).operationId).isNull() || r.lines.isEmpty()
                || !r.createdAt.isValid())
                continue;
            OfflinePlaces placesOf = offlinePlaces(r);
            if (!placesOf.wellFormed || hasDuplicates(placesOf.seats)
                || placesOf.total != r.payment.amount)
                continue;
            sound.append(i);
            places.append(std::move(placesOf));
            performances.push_back(r.performance);
            if (r.customer != 0)
                customers.push_back(r.customer);
            ticketCount += int(r.lines.size());
        }
        if (sound.isEmpty())
            continue;
        std::vector<std::vector<PgConnection::Statement>> work;
        QList<qsizetype> worked;
        QList<Reply> replies;
        try {
            QHash<qint64, QString> currencies;
            const PgResult pr = c.query("SELECT id, currency FROM performances"
                                        " WHERE id = ANY($1::bigint[])",
                                        PgParams().array(performances));
            for (int row = 0; row < pr.rows(); ++row)
                currencies.insert(pr.integer(row, 0), pr.text(row, 1));
            // Customers blocked from sale are left to the normal way, which checks the
            // sale's approval.
            QHash<qint64, qint64> customerChannels;
            if (!customers.empty()) {
                const PgResult cr = c.query("SELECT id, channel_id FROM customers"
                                            " WHERE id = ANY($1::bigint[]) AND NOT blocked",
                                            PgParams().array(customers));
                for (int row = 0; row < cr.rows(); ++row)
                    customerChannels.insert(cr.integer(row, 0), cr.integer(row, 1));
            }
            // The ids, taken from the sequences the normal way takes them from; a sale that
            // then fails leaves a gap, as a rolled-back one does.
            const PgResult ids = c.query(
                "SELECT ARRAY(SELECT nextval('orders_id_seq') FROM generate_series(1, $1)),"
                " ARRAY(SELECT nextval('order_numbers') FROM generate_series(1, $1)),"
                " ARRAY(SELECT nextval('tickets_id_seq') FROM generate_series(1, $2))",
                PgParams() << int(sound.size()) << ticketCount);
            QList<qint64> orderIds = integerArray(ids.bytes(0, 0));
            QList<qint64> ticketIds = integerArray(ids.bytes(0, 2));
            std::sort(orderIds.begin(), orderIds.end());
            std::sort(ticketIds.begin(), ticketIds.end());
            QStringList numbers;
            for (qint64 number : integerArray(ids.bytes(0, 1)))
                numbers.append(orderNumber(number));
            qsizetype nextTicket = 0;
            for (qsizetype k = 0; k < sound.size(); ++k) {
                const OfflineOperation &op = ops.at(sound.at(k));
                const protocol::OfflineOrderRequest &r = op.request;
                const QList<qint64> tickets = ticketIds.mid(nextTicket, r.lines.size());
                nextTicket += r.lines.size();
                const QString currency = currencies.value(r.performance);
                if (currency.isEmpty()
                    || (r.customer != 0
                        && (!customerChannels.contains(r.customer)
                            || !maySeeChannel(s, customerChannels.value(r.customer)))))
                    continue;
                const NewOrder n = offlineNewOrder(r, currency);
                std::vector<qint64> zones, counts;
                for (auto it = places.at(k).zones.cbegin(); it != places.at(k).zones.cend(); ++it) {
                    zones.push_back(it.key());
                    counts.push_back(it.value());
                }
                PgParams p = orderParams(s, n);
                p << orderIds.at(k) << numbers.value(k);
                p.array(toVector(tickets)).array(toVector(places.at(k).seats));
                p.array(zones).array(counts);
                // The sale, and in the same statement its seats and places taken off the
                // lease: a seat or place no longer leased fails the whole transaction.
                c.defer(PARKETT_INSERT_ORDER_CTE
                        ", ls AS (DELETE FROM lease_seats WHERE performance_id = $1"
                        "         AND seat_id = ANY($27::bigint[]) AND terminal_id = $5"
                        "         RETURNING 1),"
                        " lz AS (UPDATE lease_zones z SET quantity = z.quantity - x.n"
                        "        FROM unnest($28::bigint[], $29::bigint[]) AS x(zone, n)"
                        "        WHERE z.performance_id = $1 AND z.zone_id = x.zone"
                        "        AND z.terminal_id = $5 AND z.quantity >= x.n RETURNING 1)"
                        " SELECT parkett_require((SELECT count(*) FROM ls)"
                        "   = cardinality($27::bigint[]) AND (SELECT count(*) FROM lz)"
                        "   = cardinality($28::bigint[]), 'lease_missing')"
                        // blocked meanwhile: the normal way gives the refusal
                        "   AND parkett_require(NOT coalesce((SELECT blocked FROM customers"
                        "   WHERE id = $2 FOR SHARE), false), 'customer_blocked')",
                        p);
                const QJsonObject order = wireOrder(s,
                                                    n,
                                                    orderIds.at(k),
                                                    numbers.value(k),
                                                    n.createdAt,
                                                    tickets)
                                              .toJson();
                // Listeners are woken once, after the last sale of the pipeline.
                appendChange(c, "order", r.performance, orderIds.at(k), order, false);
                const Reply reply = Reply::json(201, QJsonObject{{u"order"_s, order}});
                storeReply(c, s, op.operationId, op.route, reply);
                work.push_back(c.takeDeferred());
                worked.append(sound.at(k));
                replies.append(reply);
            }
            // The sales' statements differ only in their values: one generic plan serves them
            // all, where PostgreSQL would otherwise plan each sale's statement afresh.
            using Statement = PgConnection::Statement;
            work.insert(work.begin(),
                        std::vector<Statement>{
                            Statement{"SET plan_cache_mode = force_generic_plan", PgParams()}});
            work.push_back(std::vector<Statement>{
                Statement{"RESET plan_cache_mode", PgParams()},
                Statement{"SELECT pg_notify('parkett_changes', value::text) FROM feed_counter"
                          " WHERE id = 1",
                          PgParams()}});
            const std::vector<std::optional<PgError>> errors = c.transactions(work);
            for (qsizetype k = 0; k < worked.size(); ++k) {
                if (!errors.at(size_t(k + 1)))
                    answers[size_t(worked.at(k))] = replies.at(k);
            }
        } catch (const PgError &e) {
            // Nothing of this slice is known to have happened: the normal way finds out.
            c.rollback();
            if (!e.isConnectionLost())
                log::warning("replay.pipeline_failed", {{u"error"_s, e.message()}});
        }
    }
    return answers;
}

namespace {

/** The contact fields the server keeps of a customer, as POST and PUT /v1/customers take
    them. */
struct CustomerContact
{
    QString first;
    QString last;
    QString email;
    QString phone;
};

/** Reads and checks the contact fields of \a body; a message for 400 when they are wrong. */
std::optional<QString> readContact(const QJsonObject &body, CustomerContact *out)
{
    JsonReader json(body);
    out->first = json.optionalString(u"firstName").trimmed();
    out->last = json.optionalString(u"lastName").trimmed();
    out->email = json.optionalString(u"email").trimmed();
    out->phone = json.optionalString(u"phone").trimmed();
    if (out->first.isEmpty() && out->last.isEmpty())
        json.fail(u"lastName", QStringLiteral("or firstName must be given"));
    if (!out->email.isEmpty()
        && (!out->email.contains(u'@') || out->email.startsWith(u'@') || out->email.endsWith(u'@')))
        json.fail(u"email", QStringLiteral("is not an e-mail address"));
    if (!json.ok())
        return json.error();
    return std::nullopt;
}

} // namespace

Reply Service::createCustomer(PgConnection &c, const Session &s, const QJsonObject &body)
{
    CustomerContact in;
    if (const auto problem = readContact(body, &in))
        return badRequest(*problem);
    const PgResult r = c.query(
        "INSERT INTO customers (number, first_name, last_name, email, phone, channel_id)"
        " VALUES ((SELECT 'C-' || lpad(v::text, greatest(6, length(v::text)), '0')"
        "          FROM (SELECT coalesce(max(id), 0) + 1 AS v FROM customers) m),"
        " $1, $2, $3, $4, $5)"
        " RETURNING " PARKETT_CUSTOMER_COLUMNS,
        PgParams() << in.first << in.last << in.email << in.phone << s.channel);
    const QJsonObject customer = customerJson(r, 0);
    appendChange(c, "customer", 0, r.integer(0, 0), customer);
    return Reply::json(201, QJsonObject{{u"customer"_s, customer}});
}

Reply Service::updateCustomer(PgConnection &c,
                              const Session &s,
                              qint64 customer,
                              const QJsonObject &body)
{
    CustomerContact in;
    if (const auto problem = readContact(body, &in))
        return badRequest(*problem);
    // Locked to the commit, so two counters saving at once are applied one after the other.
    const PgResult r = c.query("SELECT " PARKETT_CUSTOMER_COLUMNS " FROM customers"
                               " WHERE id = $1 FOR UPDATE",
                               PgParams() << customer);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 6)))
        return notFound(QStringLiteral("customer %1").arg(customer));
    if (r.text(0, 2) == in.first && r.text(0, 3) == in.last && r.text(0, 4) == in.email
        && r.text(0, 5) == in.phone)
        return Reply::json(200, QJsonObject{{u"customer"_s, customerJson(r, 0)}});
    const PgResult u = c.query("UPDATE customers SET first_name = $2, last_name = $3,"
                               " email = $4, phone = $5 WHERE id = $1"
                               " RETURNING " PARKETT_CUSTOMER_COLUMNS,
                               PgParams()
                                   << customer << in.first << in.last << in.email << in.phone);
    c.defer("INSERT INTO customer_contact_changes (customer_id, user_id, first_name,"
            " last_name, email, phone) VALUES ($1, $2, $3, $4, $5, $6)",
            PgParams() << customer << s.user << in.first << in.last << in.email << in.phone);
    const QJsonObject json = customerJson(u, 0);
    appendChange(c, "customer", 0, customer, json);
    log::info("customer.updated", {{u"customer"_s, customer}, {u"user"_s, s.login}});
    return Reply::json(200, QJsonObject{{u"customer"_s, json}});
}

Reply Service::setCustomerFlags(PgConnection &c,
                                const Session &s,
                                qint64 customer,
                                const protocol::CustomerFlagsRequest &request)
{
    // Locked to the commit: a sale to the customer meanwhile sees the block or comes first.
    const PgResult r = c.query("SELECT " PARKETT_CUSTOMER_COLUMNS " FROM customers"
                               " WHERE id = $1 FOR UPDATE",
                               PgParams() << customer);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 6)))
        return notFound(QStringLiteral("customer %1").arg(customer));
    const bool wasBlocked = r.boolean(0, 7);
    if (request.blocked != wasBlocked) {
        // A block is what makes a sale need a supervisor: lifting it is a supervisor's
        // decision. Any seller may set one, except an outlet, which only sells.
        if (s.isOutlet())
            return forbidden(QStringLiteral("an outlet may not block or unblock customers"));
        if (wasBlocked && !s.isSupervisor())
            return forbidden(
                QStringLiteral("only a supervisor may lift a customer's block from sale"));
    }
    QStringList flags = request.flags;
    flags.sort();
    if (request.blocked == wasBlocked && flags == r.text(0, 8).split(u',', Qt::SkipEmptyParts))
        return Reply::json(200, QJsonObject{{u"customer"_s, customerJson(r, 0)}});
    const PgResult u = c.query("UPDATE customers SET blocked = $2, flags = $3::text[]"
                               " WHERE id = $1 RETURNING " PARKETT_CUSTOMER_COLUMNS,
                               (PgParams() << customer << request.blocked).textArray(flags));
    c.defer("INSERT INTO customer_flag_changes (customer_id, user_id, blocked, flags)"
            " VALUES ($1, $2, $3, $4::text[])",
            (PgParams() << customer << s.user << request.blocked).textArray(flags));
    const QJsonObject json = customerJson(u, 0);
    appendChange(c, "customer", 0, customer, json);
    log::info("customer.flags",
              {{u"customer"_s, customer}, {u"user"_s, s.login}, {u"blocked"_s, request.blocked}});
    return Reply::json(200, QJsonObject{{u"customer"_s, json}});
}

Reply Service::anonymiseCustomer(PgConnection &c, const Session &s, qint64 customer)
{
    const PgResult r = c.query("SELECT " PARKETT_CUSTOMER_COLUMNS ", anonymised_at IS NOT NULL"
                               " FROM customers WHERE id = $1 FOR UPDATE",
                               PgParams() << customer);
    if (r.rows() == 0 || !maySeeChannel(s, r.integer(0, 6)))
        return notFound(QStringLiteral("customer %1").arg(customer));
    if (!s.isSupervisor())
        return forbidden(QStringLiteral("only a supervisor may anonymise a customer"));
    if (r.boolean(0, 9)) {
        QJsonObject json = customerJson(r, 0);
        json.insert(u"anonymised"_s, true);
        return Reply::json(200, QJsonObject{{u"customer"_s, json}});
    }
    // The orders and their totals stay for accounting, and so does the number they carry;
    // what could name the person goes, also from the kept contact edits.
    const PgResult u = c.query("UPDATE customers SET first_name = '', last_name = '',"
                               " email = '', phone = '', flags = '{}', blocked = false,"
                               " anonymised_at = now() WHERE id = $1"
                               " RETURNING " PARKETT_CUSTOMER_COLUMNS,
                               PgParams() << customer);
    c.defer("UPDATE customer_contact_changes SET first_name = '', last_name = '', email = '',"
            " phone = '' WHERE customer_id = $1",
            PgParams() << customer);
    c.defer("INSERT INTO customer_erasures (customer_id, action, user_id)"
            " VALUES ($1, 'anonymised', $2)",
            PgParams() << customer << s.user);
    QJsonObject json = customerJson(u, 0);
    json.insert(u"anonymised"_s, true);
    appendChange(c, "customer", 0, customer, json);
    log::info("customer.anonymised", {{u"customer"_s, customer}, {u"user"_s, s.login}});
    return Reply::json(200, QJsonObject{{u"customer"_s, json}});
}

Reply Service::mergeCustomer(PgConnection &c,
                             const Session &s,
                             qint64 customer,
                             const QJsonObject &body)
{
    JsonReader json(body);
    const qint64 into = json.integer(u"into");
    if (json.ok() && into == customer)
        json.fail(u"into", QStringLiteral("must be another customer"));
    if (!json.ok())
        return badRequest(json.error());
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const PgResult r = c.query("SELECT " PARKETT_CUSTOMER_COLUMNS ", merged_into IS NOT NULL"
                               " FROM customers WHERE id IN ($1, $2) ORDER BY id FOR UPDATE",
                               PgParams() << customer << into);
    int dup = -1;
    int keep = -1;
    for (int i = 0; i < r.rows(); ++i) {
        if (!maySeeChannel(s, r.integer(i, 6)))
            continue;
        (r.integer(i, 0) == customer ? dup : keep) = i;
    }
    if (dup < 0)
        return notFound(QStringLiteral("customer %1").arg(customer));
    if (keep < 0)
        return notFound(QStringLiteral("customer %1").arg(into));
    if (!s.isSupervisor())
        return forbidden(QStringLiteral("only a supervisor may merge customers"));
    if (r.boolean(dup, 9) || r.boolean(keep, 9))
        return Reply::error(409,
                            "illegal_transition",
                            QStringLiteral("customer %1 was already merged into another")
                                .arg(r.boolean(dup, 9) ? customer : into));
    QStringList flags = r.text(dup, 8).split(u',', Qt::SkipEmptyParts)
                        + r.text(keep, 8).split(u',', Qt::SkipEmptyParts);
    flags.sort();
    flags.removeDuplicates();
    const bool blocked = r.boolean(dup, 7) || r.boolean(keep, 7);
    const PgResult moved = c.query("WITH m AS (UPDATE orders SET customer_id = $2"
                                   "           WHERE customer_id = $1 RETURNING id)"
                                   " SELECT id FROM m ORDER BY id",
                                   PgParams() << customer << into);
    const PgResult k = c.query("UPDATE customers SET blocked = $2, flags = $3::text[]"
                               " WHERE id = $1 RETURNING " PARKETT_CUSTOMER_COLUMNS,
                               (PgParams() << into << blocked).textArray(flags));
    const PgResult d = c.query("UPDATE customers SET merged_into = $2 WHERE id = $1"
                               " RETURNING " PARKETT_CUSTOMER_COLUMNS,
                               PgParams() << customer << into);
    c.defer("INSERT INTO customer_erasures (customer_id, action, into_customer_id,"
            " orders_moved, user_id) VALUES ($1, 'merged', $2, $3, $4)",
            PgParams() << customer << into << qint64(moved.rows()) << s.user);
    // The orders first, then the survivor and the retired duplicate, so that a cache that
    // drops the duplicate has already moved its orders.
    for (int i = 0; i < moved.rows(); ++i) {
        const WireOrder o = loadOrder(c, moved.integer(i, 0));
        appendChange(c, "order", o.performanceId, o.id, o.toJson(), false);
    }
    const QJsonObject survivor = customerJson(k, 0);
    QJsonObject retired = customerJson(d, 0);
    retired.insert(u"mergedInto"_s, into);
    appendChange(c, "customer", 0, into, survivor, false);
    appendChange(c, "customer", 0, customer, retired);
    log::info("customer.merged",
              {{u"customer"_s, customer},
               {u"into"_s, into},
               {u"orders"_s, moved.rows()},
               {u"user"_s, s.login}});
    return Reply::json(200,
                       QJsonObject{{u"customer"_s, survivor},
                                   {u"merged"_s, retired},
                                   {u"ordersMoved"_s, moved.rows()}});
}

Reply Service::createTerminal(PgConnection &c, const Session &s, const QJsonObject &body)
{
    if (s.role != u"admin")
        return forbidden(QStringLiteral("only an administrator may enrol terminals"));
    JsonReader json(body);
    const QString name = json.string(u"name");
    const qint64 channel = json.integer(u"channel");
    if (!json.ok())
        return badRequest(json.error());
    if (c.query("SELECT 1 FROM channels WHERE id = $1", PgParams() << channel).rows() == 0)
        return notFound(QStringLiteral("channel %1").arg(channel));
    const PgResult r = c.query("INSERT INTO terminals (name, channel_id) VALUES ($1, $2)"
                               " RETURNING id",
                               PgParams() << name << channel);
    return Reply::json(201,
                       QJsonObject{{u"id"_s, r.integer(0, 0)},
                                   {u"name"_s, name},
                                   {u"channel"_s, channel}});
}

Reply Service::createUser(PgConnection &c, const Session &s, const QJsonObject &body)
{
    if (s.role != u"admin")
        return forbidden(QStringLiteral("only an administrator may create users"));
    JsonReader json(body);
    const QString login = json.string(u"login");
    const QString name = json.string(u"name");
    const QString role = json.string(u"role");
    const qint64 channel = json.integer(u"channel");
    const QString password = json.string(u"password");
    static const QStringList roles{u"admin"_s,
                                   u"supervisor"_s,
                                   u"box-office"_s,
                                   u"phone-agent"_s,
                                   u"outlet"_s};
    if (json.ok() && !roles.contains(role))
        json.fail(u"role", QStringLiteral("must be one of %1").arg(roles.join(u", ")));
    if (json.ok() && password.size() < 8)
        json.fail(u"password", QStringLiteral("must have at least 8 characters"));
    if (!json.ok())
        return badRequest(json.error());
    if (c.query("SELECT 1 FROM users WHERE login = $1", PgParams() << login).rows() > 0)
        return Reply::error(409, "conflict", QStringLiteral("login %1 is taken").arg(login));
    const PgResult r = c.query("INSERT INTO users (login, name, role, channel_id, password_hash)"
                               " VALUES ($1, $2, $3, $4, $5) RETURNING id",
                               PgParams()
                                   << login << name << role << channel << hashPassword(password));
    return Reply::json(201,
                       QJsonObject{{u"id"_s, r.integer(0, 0)},
                                   {u"login"_s, login},
                                   {u"name"_s, name},
                                   {u"role"_s, role},
                                   {u"channel"_s, channel}});
}

int Service::sweep(PgConnection &c)
{
    try {
        c.exec("BEGIN");
        const PgResult holds = c.exec("DELETE FROM holds WHERE id IN (SELECT id FROM holds"
                                      " WHERE expires_at <= now() LIMIT 500"
                                      " FOR UPDATE SKIP LOCKED) RETURNING id, performance_id");
        const PgResult orders = c.exec(
            "UPDATE orders SET status = 'cancelled' WHERE id IN (SELECT id FROM orders"
            " WHERE status = 'reserved' AND reserved_until <= now() LIMIT 500"
            " FOR UPDATE SKIP LOCKED) RETURNING id");
        for (int i = 0; i < orders.rows(); ++i) {
            const qint64 id = orders.integer(i, 0);
            c.query("UPDATE tickets SET active = false, status = 'cancelled',"
                    " status_changed_at = now() WHERE order_id = $1 AND active",
                    PgParams() << id);
            c.query("INSERT INTO order_history (order_id, event, detail) VALUES ($1, 'expired',"
                    " 'reservation time ran out')",
                    PgParams() << id);
        }
        for (int i = 0; i < holds.rows(); ++i)
            appendChange(c,
                         "hold",
                         holds.integer(i, 1),
                         0,
                         QJsonObject{{u"hold"_s, holds.text(i, 0)},
                                     {u"released"_s, true},
                                     {u"expired"_s, true}});
        for (int i = 0; i < orders.rows(); ++i) {
            const WireOrder o = loadOrder(c, orders.integer(i, 0));
            appendChange(c, "order", o.performanceId, o.id, o.toJson());
        }
        c.exec("COMMIT");
        return holds.rows() + orders.rows();
    } catch (const PgError &e) {
        c.rollback();
        log::warning("sweep.failed", {{u"error"_s, e.message()}});
        return 0;
    }
}

} // namespace parkett::server
