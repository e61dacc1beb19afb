// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/migrations.h"

#include "server/pg.h"

namespace parkett::server::migrations {

namespace {

// Version 1: the box office as the server keeps it. Money is bigint minor units, times are
// timestamptz. A seat holds at most one active ticket per performance (ux_tickets_active_seat:
// the last guard against a double sale), at most one hold (hold_seats' key) and at most one
// lease (lease_seats' key).
const char kVersion1[] = R"SQL(
CREATE TABLE channels (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('box-office', 'phone', 'web', 'outlet')));
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    login text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'box-office', 'phone-agent', 'outlet')),
    channel_id bigint NOT NULL REFERENCES channels(id),
    password_hash text NOT NULL,
    active boolean NOT NULL DEFAULT true);
CREATE TABLE terminals (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    channel_id bigint NOT NULL REFERENCES channels(id),
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    retired_at timestamptz);
CREATE TABLE tokens (
    hash bytea PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users(id),
    terminal_id bigint NOT NULL REFERENCES terminals(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz);
CREATE TABLE venues (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    address text NOT NULL DEFAULT '',
    time_zone text NOT NULL DEFAULT 'UTC');
CREATE TABLE seat_plans (
    id bigserial PRIMARY KEY,
    venue_id bigint NOT NULL REFERENCES venues(id),
    version integer NOT NULL,
    name text NOT NULL,
    seat_count integer NOT NULL,
    standing_capacity integer NOT NULL,
    document text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (venue_id, version));
CREATE TABLE productions (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    description text NOT NULL DEFAULT '',
    duration_minutes integer NOT NULL DEFAULT 0);
CREATE TABLE price_types (
    id bigserial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    sort_order integer NOT NULL DEFAULT 0);
CREATE TABLE performances (
    id bigserial PRIMARY KEY,
    production_id bigint NOT NULL REFERENCES productions(id),
    venue_id bigint NOT NULL REFERENCES venues(id),
    plan_id bigint NOT NULL REFERENCES seat_plans(id),
    starts_at timestamptz NOT NULL,
    sales_end timestamptz,
    status text NOT NULL CHECK (status IN ('planned', 'on-sale', 'sold-out', 'cancelled')),
    currency text NOT NULL,
    vat_bp integer NOT NULL DEFAULT 0);
CREATE TABLE prices (
    performance_id bigint NOT NULL REFERENCES performances(id) ON DELETE CASCADE,
    category_id bigint NOT NULL,
    price_type_id bigint NOT NULL REFERENCES price_types(id),
    amount bigint NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (performance_id, category_id, price_type_id));
CREATE TABLE zone_capacity (
    performance_id bigint NOT NULL REFERENCES performances(id) ON DELETE CASCADE,
    zone_id bigint NOT NULL,
    category_id bigint NOT NULL,
    capacity integer NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (performance_id, zone_id));
CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    number text NOT NULL UNIQUE,
    first_name text NOT NULL DEFAULT '',
    last_name text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    channel_id bigint REFERENCES channels(id),
    created_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX ix_customers_email ON customers (lower(email));
CREATE INDEX ix_customers_name ON customers (lower(last_name), lower(first_name));
CREATE SEQUENCE order_numbers;
CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    number text NOT NULL UNIQUE,
    performance_id bigint NOT NULL REFERENCES performances(id),
    customer_id bigint REFERENCES customers(id),
    channel_id bigint NOT NULL REFERENCES channels(id),
    user_id bigint NOT NULL REFERENCES users(id),
    terminal_id bigint REFERENCES terminals(id),
    receipt text,
    status text NOT NULL CHECK (status IN ('reserved', 'sold', 'cancelled')),
    currency text NOT NULL,
    total bigint NOT NULL,
    created_at timestamptz NOT NULL,
    reserved_until timestamptz,
    CHECK (status <> 'reserved' OR reserved_until IS NOT NULL),
    UNIQUE (terminal_id, receipt));
CREATE INDEX ix_orders_performance ON orders (performance_id, status);
CREATE INDEX ix_orders_reserved_until ON orders (reserved_until) WHERE status = 'reserved';
CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    performance_id bigint NOT NULL REFERENCES performances(id),
    seat_id bigint,
    zone_id bigint,
    category_id bigint NOT NULL,
    price_type_id bigint NOT NULL,
    price bigint NOT NULL,
    label text NOT NULL,
    barcode text NOT NULL UNIQUE,
    status text NOT NULL,
    active boolean NOT NULL,
    status_changed_at timestamptz NOT NULL,
    CHECK ((seat_id IS NULL) <> (zone_id IS NULL)));
CREATE UNIQUE INDEX ux_tickets_active_seat ON tickets (performance_id, seat_id)
    WHERE active AND seat_id IS NOT NULL;
CREATE INDEX ix_tickets_order ON tickets (order_id);
CREATE INDEX ix_tickets_zone ON tickets (performance_id, zone_id) WHERE active AND zone_id IS NOT NULL;
CREATE TABLE payments (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    method text NOT NULL,
    amount bigint NOT NULL,
    at timestamptz NOT NULL);
CREATE INDEX ix_payments_order ON payments (order_id);
CREATE TABLE order_history (
    id bigserial PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    at timestamptz NOT NULL DEFAULT now(),
    event text NOT NULL,
    detail text NOT NULL DEFAULT '',
    user_id bigint REFERENCES users(id));
CREATE INDEX ix_order_history_order ON order_history (order_id);
CREATE TABLE holds (
    id uuid PRIMARY KEY,
    performance_id bigint NOT NULL REFERENCES performances(id),
    user_id bigint NOT NULL REFERENCES users(id),
    terminal_id bigint NOT NULL REFERENCES terminals(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL);
CREATE INDEX ix_holds_expires ON holds (expires_at);
CREATE TABLE hold_seats (
    performance_id bigint NOT NULL,
    seat_id bigint NOT NULL,
    hold_id uuid NOT NULL REFERENCES holds(id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (performance_id, seat_id));
CREATE INDEX ix_hold_seats_hold ON hold_seats (hold_id);
CREATE TABLE hold_zones (
    hold_id uuid NOT NULL REFERENCES holds(id) ON DELETE CASCADE,
    performance_id bigint NOT NULL,
    zone_id bigint NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    expires_at timestamptz NOT NULL,
    PRIMARY KEY (hold_id, zone_id));
CREATE INDEX ix_hold_zones_zone ON hold_zones (performance_id, zone_id);
CREATE TABLE lease_seats (
    performance_id bigint NOT NULL REFERENCES performances(id),
    seat_id bigint NOT NULL,
    terminal_id bigint NOT NULL REFERENCES terminals(id),
    PRIMARY KEY (performance_id, seat_id));
CREATE INDEX ix_lease_seats_terminal ON lease_seats (terminal_id, performance_id);
CREATE TABLE lease_zones (
    performance_id bigint NOT NULL REFERENCES performances(id),
    zone_id bigint NOT NULL,
    terminal_id bigint NOT NULL REFERENCES terminals(id),
    quantity integer NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (performance_id, zone_id, terminal_id));
CREATE TABLE feed_counter (
    id integer PRIMARY KEY CHECK (id = 1),
    value bigint NOT NULL);
INSERT INTO feed_counter VALUES (1, 0);
CREATE TABLE change_log (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    kind text NOT NULL,
    performance_id bigint,
    entity_id bigint,
    data jsonb NOT NULL);
CREATE TABLE operations (
    op_id uuid PRIMARY KEY,
    user_id bigint REFERENCES users(id),
    route text NOT NULL,
    status integer NOT NULL,
    response text NOT NULL,
    at timestamptz NOT NULL DEFAULT now());
)SQL";

// Offline sales look up and delete leased seats by (performance, seat). With an index on
// (terminal, performance) beside the primary key, a freshly filled lease without statistics
// made the generic plan walk every seat leased to the terminal (3 ms per offline sale for a
// 10,000-seat lease); the primary key serves those lookups, and the listing by terminal is
// rare.
const char kVersion2[] = R"SQL(
DROP INDEX ix_lease_seats_terminal;
)SQL";

// A condition a statement must meet, or the statement fails with SQLSTATE PK409 and
// \a message: a replayed offline sale checks in its own statement that its seats and
// places are still leased, so that it needs no round trip of its own to look.
const char kVersion3[] = R"SQL(
CREATE FUNCTION parkett_require(ok boolean, message text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION USING ERRCODE = 'PK409', MESSAGE = message;
    END IF;
    RETURN true;
END
$$;
)SQL";

// Customers carry what a sale must respect at every terminal: whether they are blocked from
// sale (a sale then needs a supervisor's approval, checked here) and the codes of their flags
// ("vip", "wheelchair", "blocked"), the same codes as the client's flag definitions. Every
// change of them is kept with who made it.
const char kVersion4[] = R"SQL(
ALTER TABLE customers
    ADD COLUMN blocked boolean NOT NULL DEFAULT false,
    ADD COLUMN flags text[] NOT NULL DEFAULT '{}';
CREATE TABLE customer_flag_changes (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id),
    at timestamptz NOT NULL DEFAULT now(),
    user_id bigint REFERENCES users(id),
    blocked boolean NOT NULL,
    flags text[] NOT NULL);
CREATE INDEX ix_customer_flag_changes_customer ON customer_flag_changes (customer_id, id);
)SQL";

// Customers' contact fields are edited on the server (PUT /v1/customers/{id}): every change
// is kept with who made it and the values it set, like the flags' changes.
const char kVersion5[] = R"SQL(
CREATE TABLE customer_contact_changes (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id),
    at timestamptz NOT NULL DEFAULT now(),
    user_id bigint REFERENCES users(id),
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL,
    phone text NOT NULL);
CREATE INDEX ix_customer_contact_changes_customer ON customer_contact_changes (customer_id, id);
)SQL";

// Merging and anonymising customers happen on the server in connected mode: a merged
// duplicate points at the customer that took its orders and leaves searches, an anonymised
// customer keeps its number and orders with its personal data blanked, and every merge and
// anonymisation is kept with who did it and when.
const char kVersion6[] = R"SQL(
ALTER TABLE customers
    ADD COLUMN merged_into bigint REFERENCES customers(id),
    ADD COLUMN anonymised_at timestamptz;
CREATE TABLE customer_erasures (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers(id),
    action text NOT NULL CHECK (action IN ('anonymised', 'merged')),
    into_customer_id bigint REFERENCES customers(id),
    orders_moved integer NOT NULL DEFAULT 0,
    at timestamptz NOT NULL DEFAULT now(),
    user_id bigint REFERENCES users(id),
    CHECK ((action = 'merged') = (into_customer_id IS NOT NULL)));
CREATE INDEX ix_customer_erasures_customer ON customer_erasures (customer_id, id);
)SQL";

struct Version
{
    int number;
    const char *sql;
};

const Version kVersions[] = {
    {1, kVersion1},
    {2, kVersion2},
    {3, kVersion3},
    {4, kVersion4},
    {5, kVersion5},
    {6, kVersion6},
};

} // namespace

Result<int> upgrade(PgConnection &c)
{
    try {
        c.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
               " version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        int applied = 0;
        for (const Version &v : kVersions) {
            c.exec("BEGIN");
            // One upgrader at a time; the lock ends with the transaction.
            c.exec("SELECT pg_advisory_xact_lock(7270701)");
            const PgResult done = c.query("SELECT 1 FROM schema_migrations WHERE version = $1",
                                          PgParams() << v.number);
            if (done.rows() > 0) {
                c.exec("COMMIT");
                continue;
            }
            c.exec(v.sql);
            c.query("INSERT INTO schema_migrations (version) VALUES ($1)", PgParams() << v.number);
            c.exec("COMMIT");
            ++applied;
        }
        const PgResult newest = c.exec("SELECT coalesce(max(version), 0) FROM schema_migrations");
        if (newest.integer(0, 0) > kLatest)
            return makeError(ErrorCode::SchemaTooNew,
                             QStringLiteral("the database has schema version %1; this server "
                                            "knows up to %2")
                                 .arg(newest.integer(0, 0))
                                 .arg(kLatest));
        return applied;
    } catch (const PgError &e) {
        c.rollback();
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("schema upgrade failed: %1").arg(e.message()));
    }
}

} // namespace parkett::server::migrations
