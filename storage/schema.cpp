// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

namespace parkett::schema {

namespace {

// Version 1: the box office: venues and plans, catalogue, customers, orders with tickets.
// A seat can hold only one active ticket per performance: the partial unique index is the
// last guard against a double sale, whatever the code above it does.
const char *const kVersion1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE venues (id INTEGER PRIMARY KEY, name TEXT NOT NULL, address TEXT,"
    " time_zone TEXT)",
    "CREATE TABLE seat_plans (id INTEGER PRIMARY KEY,"
    " venue_id INTEGER NOT NULL REFERENCES venues(id), version INTEGER NOT NULL,"
    " name TEXT NOT NULL, seat_count INTEGER NOT NULL, standing_capacity INTEGER NOT NULL,"
    " document TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (venue_id, version))",
    "CREATE TABLE productions (id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT,"
    " duration_minutes INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE price_types (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE performances (id INTEGER PRIMARY KEY,"
    " production_id INTEGER NOT NULL REFERENCES productions(id),"
    " venue_id INTEGER NOT NULL REFERENCES venues(id),"
    " plan_id INTEGER NOT NULL REFERENCES seat_plans(id), starts_at TEXT NOT NULL,"
    " sales_end TEXT, status TEXT NOT NULL, currency TEXT NOT NULL,"
    " vat_bp INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX ix_performances_starts_at ON performances (starts_at)",
    "CREATE TABLE prices (performance_id INTEGER NOT NULL REFERENCES performances(id)"
    " ON DELETE CASCADE, category_id INTEGER NOT NULL,"
    " price_type_id INTEGER NOT NULL REFERENCES price_types(id), amount INTEGER NOT NULL,"
    " PRIMARY KEY (performance_id, category_id, price_type_id))",
    "CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL)",
    "CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL, role TEXT NOT NULL)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,"
    " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, number TEXT NOT NULL UNIQUE,"
    " performance_id INTEGER NOT NULL REFERENCES performances(id),"
    " customer_id INTEGER REFERENCES customers(id), channel_id INTEGER REFERENCES channels(id),"
    " user_id INTEGER REFERENCES users(id),"
    " status TEXT NOT NULL CHECK (status IN ('reserved', 'sold', 'cancelled')),"
    " currency TEXT NOT NULL, total INTEGER NOT NULL, created_at TEXT NOT NULL,"
    " reserved_until TEXT,"
    " CHECK (status <> 'reserved' OR reserved_until IS NOT NULL))",
    "CREATE INDEX ix_orders_customer ON orders (customer_id)",
    "CREATE INDEX ix_orders_performance ON orders (performance_id, status)",
    "CREATE INDEX ix_orders_reserved_until ON orders (reserved_until) WHERE status = 'reserved'",
    "CREATE TABLE tickets (id INTEGER PRIMARY KEY,"
    " order_id INTEGER NOT NULL REFERENCES orders(id),"
    " performance_id INTEGER NOT NULL REFERENCES performances(id), seat_id INTEGER,"
    " zone_id INTEGER, category_id INTEGER NOT NULL, price_type_id INTEGER NOT NULL,"
    " price INTEGER NOT NULL, label TEXT NOT NULL, barcode TEXT NOT NULL UNIQUE,"
    " status TEXT NOT NULL, status_changed_at TEXT NOT NULL,"
    " active INTEGER NOT NULL CHECK (active IN (0, 1)),"
    " print_count INTEGER NOT NULL DEFAULT 0,"
    " CHECK ((seat_id IS NULL) <> (zone_id IS NULL)))",
    "CREATE UNIQUE INDEX ux_tickets_active_seat ON tickets (performance_id, seat_id)"
    " WHERE active = 1 AND seat_id IS NOT NULL",
    "CREATE INDEX ix_tickets_order ON tickets (order_id)",
    "CREATE INDEX ix_tickets_zone ON tickets (performance_id, zone_id)"
    " WHERE active = 1 AND zone_id IS NOT NULL",
    "CREATE TABLE payments (id INTEGER PRIMARY KEY,"
    " order_id INTEGER NOT NULL REFERENCES orders(id), method TEXT NOT NULL,"
    " amount INTEGER NOT NULL, currency TEXT NOT NULL, at TEXT NOT NULL, reference TEXT)",
    "CREATE INDEX ix_payments_order ON payments (order_id)",
    "CREATE TABLE order_history (id INTEGER PRIMARY KEY,"
    " order_id INTEGER NOT NULL REFERENCES orders(id), at TEXT NOT NULL, event TEXT NOT NULL,"
    " detail TEXT NOT NULL DEFAULT '', user_id INTEGER)",
    "CREATE INDEX ix_order_history_order ON order_history (order_id)",
    "CREATE TABLE seat_blocks (performance_id INTEGER NOT NULL REFERENCES performances(id),"
    " seat_id INTEGER NOT NULL, hold_code TEXT NOT NULL, PRIMARY KEY (performance_id, seat_id))",
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
};

// Version 2: full-text customer search (name, e-mail, phone, customer number), kept in step
// with the customers table by triggers and filled from the rows already there.
const char *const kVersion2[] = {
    // Prefix indexes keep search-as-you-type independent of how common a name is: an
    // unindexed prefix query reads every matching doclist before it returns a row.
    "CREATE VIRTUAL TABLE customers_fts USING fts5(name, email, phone, number,"
    " content='', prefix='1 2 3 4 5 6', tokenize='unicode61 remove_diacritics 2')",
    // Phone numbers are indexed as digits with 0 to 3 leading digits dropped, so a number is
    // found by its national part whatever the length of its country code (+1, +45, +380).
    // The words in the index, for expanding long prefixes (CustomerRepository::search).
    "CREATE VIRTUAL TABLE customers_fts_vocab USING fts5vocab(customers_fts, 'row')",
    "CREATE VIEW customers_search AS SELECT id,"
    " trim(first_name || ' ' || last_name) AS name, email,"
    " CASE WHEN phone = '' THEN '' ELSE"
    "  replace(phone, '+', '') || ' ' || substr(replace(phone, '+', ''), 2) || ' ' ||"
    "  substr(replace(phone, '+', ''), 3) || ' ' || substr(replace(phone, '+', ''), 4) END"
    " AS phone, number FROM customers",
    "INSERT INTO customers_fts (rowid, name, email, phone, number)"
    " SELECT id, name, email, phone, number FROM customers_search",
    "CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN"
    " INSERT INTO customers_fts (rowid, name, email, phone, number)"
    " SELECT id, name, email, phone, number FROM customers_search WHERE id = new.id; END",
    "CREATE TRIGGER customers_fts_delete BEFORE DELETE ON customers BEGIN"
    " INSERT INTO customers_fts (customers_fts, rowid, name, email, phone, number)"
    " SELECT 'delete', id, name, email, phone, number FROM customers_search WHERE id = old.id;"
    " END",
    "CREATE TRIGGER customers_fts_update_before BEFORE UPDATE ON customers BEGIN"
    " INSERT INTO customers_fts (customers_fts, rowid, name, email, phone, number)"
    " SELECT 'delete', id, name, email, phone, number FROM customers_search WHERE id = old.id;"
    " END",
    "CREATE TRIGGER customers_fts_update_after AFTER UPDATE ON customers BEGIN"
    " INSERT INTO customers_fts (rowid, name, email, phone, number)"
    " SELECT id, name, email, phone, number FROM customers_search WHERE id = new.id; END",
};

} // namespace

QStringList upgradeStatements(int version)
{
    QStringList out;
    auto add = [&out](const auto &list) {
        for (const char *sql : list)
            out.append(QString::fromLatin1(sql));
    };
    switch (version) {
    case 1:
        add(kVersion1);
        break;
    case 2:
        add(kVersion2);
        break;
    default:
        break;
    }
    return out;
}

} // namespace parkett::schema
