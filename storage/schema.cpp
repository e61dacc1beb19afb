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

// Version 5: the customer card. Contact details, a revision for optimistic concurrency,
// alternative e-mails, flags defined in settings, consents with their history, web-shop
// accounts, the field-level history and reversible merges. A second contentless FTS5 index
// holds the other keys that lead to a customer: alternative e-mails, mobile numbers, order
// numbers and ticket barcodes, one row each (rowid = source id * 8 + kind: 1 alternative
// e-mail, 2 mobile, 3 order, 4 ticket), kept by triggers and filled from what is there.
const char *const kVersion5[] = {
    "CREATE TABLE web_accounts (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)",
    "ALTER TABLE customers ADD COLUMN mobile TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN company TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN birthday TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN street TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN city TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN country TEXT NOT NULL DEFAULT 'DK'",
    "ALTER TABLE customers ADD COLUMN note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN web_account_id INTEGER REFERENCES web_accounts(id)",
    "ALTER TABLE customers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE customers ADD COLUMN anonymised_at TEXT",
    "CREATE TABLE customer_emails (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL REFERENCES customers(id), email TEXT NOT NULL,"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX ix_customer_emails_customer ON customer_emails (customer_id, position)",
    "CREATE TABLE customer_flag_definitions (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL, colour TEXT NOT NULL, icon TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('info', 'blocked-sale')),"
    " sort_order INTEGER NOT NULL DEFAULT 0)",
    "INSERT INTO customer_flag_definitions (code, name, colour, icon, kind, sort_order) VALUES"
    " ('vip', 'VIP', '#b8860b', 'star', 'info', 1),"
    " ('wheelchair', 'Wheelchair user', '#1f5fa8', 'wheelchair', 'info', 2),"
    " ('hearing', 'Hearing loop', '#6a4fb3', 'hearing', 'info', 3),"
    " ('blocked', 'Blocked from sale', '#b3261e', 'blocked', 'blocked-sale', 4)",
    "CREATE TABLE customer_flags (customer_id INTEGER NOT NULL REFERENCES customers(id),"
    " flag_id INTEGER NOT NULL REFERENCES customer_flag_definitions(id), added_at TEXT NOT NULL,"
    " user_id INTEGER, PRIMARY KEY (customer_id, flag_id))",
    "CREATE TABLE customer_consents (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL REFERENCES customers(id), purpose TEXT NOT NULL,"
    " channel TEXT NOT NULL, granted INTEGER NOT NULL CHECK (granted IN (0, 1)),"
    " at TEXT NOT NULL, source TEXT NOT NULL, user_id INTEGER)",
    "CREATE INDEX ix_customer_consents_customer ON customer_consents (customer_id, id)",
    "CREATE TABLE customer_history (id INTEGER PRIMARY KEY,"
    " customer_id INTEGER NOT NULL REFERENCES customers(id), at TEXT NOT NULL, user_id INTEGER,"
    " action TEXT NOT NULL, field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '',"
    " new_value TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX ix_customer_history_customer ON customer_history (customer_id, id)",
    "CREATE TABLE customer_merges (id INTEGER PRIMARY KEY, survivor_id INTEGER NOT NULL,"
    " merged_id INTEGER NOT NULL, at TEXT NOT NULL, user_id INTEGER, snapshot TEXT NOT NULL,"
    " undone_at TEXT)",
    "CREATE INDEX ix_customer_merges_survivor ON customer_merges (survivor_id)",
    "CREATE TABLE customer_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO customer_settings (key, value) VALUES ('alternative_emails', '0')",
    "CREATE VIRTUAL TABLE customer_keys_fts USING fts5(key, content='', prefix='3 6',"
    " tokenize=\"unicode61 remove_diacritics 2 tokenchars '-_.@+'\")",
    "CREATE TRIGGER customer_emails_keys_insert AFTER INSERT ON customer_emails BEGIN"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 1, new.email); END",
    "CREATE TRIGGER customer_emails_keys_delete BEFORE DELETE ON customer_emails BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 1, old.email); END",
    "CREATE TRIGGER customer_emails_keys_update AFTER UPDATE OF email ON customer_emails BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 1, old.email);"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 1, new.email); END",
    "CREATE TRIGGER customers_mobile_keys_insert AFTER INSERT ON customers"
    " WHEN new.mobile <> '' BEGIN INSERT INTO customer_keys_fts (rowid, key)"
    " VALUES (new.id * 8 + 2, replace(new.mobile, '+', '') || ' ' || substr(replace(new.mobile, "
    "'+', ''), 2) || ' ' || substr(replace(new.mobile, '+', ''), 3) || ' ' || "
    "substr(replace(new.mobile, '+', ''), 4)); END",
    "CREATE TRIGGER customers_mobile_keys_delete BEFORE DELETE ON customers"
    " WHEN old.mobile <> '' BEGIN INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 2, replace(old.mobile, '+', '') || ' ' || "
    "substr(replace(old.mobile, '+', ''), 2) || ' ' || substr(replace(old.mobile, '+', ''), 3) || "
    "' ' || substr(replace(old.mobile, '+', ''), 4)); END",
    "CREATE TRIGGER customers_mobile_keys_update AFTER UPDATE OF mobile ON customers BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " SELECT 'delete', old.id * 8 + 2, replace(old.mobile, '+', '') || ' ' || "
    "substr(replace(old.mobile, '+', ''), 2) || ' ' || substr(replace(old.mobile, '+', ''), 3) || "
    "' ' || substr(replace(old.mobile, '+', ''), 4) WHERE old.mobile <> '';"
    " INSERT INTO customer_keys_fts (rowid, key)"
    " SELECT new.id * 8 + 2, replace(new.mobile, '+', '') || ' ' || substr(replace(new.mobile, "
    "'+', ''), 2) || ' ' || substr(replace(new.mobile, '+', ''), 3) || ' ' || "
    "substr(replace(new.mobile, '+', ''), 4) WHERE new.mobile <> ''; END",
    "CREATE TRIGGER orders_keys_insert AFTER INSERT ON orders BEGIN"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 3, new.number); END",
    "CREATE TRIGGER orders_keys_delete BEFORE DELETE ON orders BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 3, old.number); END",
    "CREATE TRIGGER orders_keys_update AFTER UPDATE OF number ON orders BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 3, old.number);"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 3, new.number); END",
    "CREATE TRIGGER tickets_keys_insert AFTER INSERT ON tickets BEGIN"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 4, new.barcode); END",
    "CREATE TRIGGER tickets_keys_delete BEFORE DELETE ON tickets BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 4, old.barcode); END",
    "CREATE TRIGGER tickets_keys_update AFTER UPDATE OF barcode ON tickets BEGIN"
    " INSERT INTO customer_keys_fts (customer_keys_fts, rowid, key)"
    " VALUES ('delete', old.id * 8 + 4, old.barcode);"
    " INSERT INTO customer_keys_fts (rowid, key) VALUES (new.id * 8 + 4, new.barcode); END",
    "INSERT INTO customer_keys_fts (rowid, key) SELECT id * 8 + 3, number FROM orders",
    "INSERT INTO customer_keys_fts (rowid, key) SELECT id * 8 + 4, barcode FROM tickets",
};

// Version 3: hold codes (name, colour, the role that may release or sell, optional release
// time) and holds of standing places; seat holds stay in seat_blocks, by hold code.
const char *const kVersion3[] = {
    "CREATE TABLE hold_codes (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " color TEXT NOT NULL DEFAULT '#808080', role TEXT NOT NULL DEFAULT '',"
    " release_at TEXT, release_minutes_before INTEGER NOT NULL DEFAULT 0"
    " CHECK (release_minutes_before >= 0))",
    "CREATE TABLE zone_holds (performance_id INTEGER NOT NULL REFERENCES performances(id),"
    " zone_id INTEGER NOT NULL, hold_code TEXT NOT NULL,"
    " quantity INTEGER NOT NULL CHECK (quantity > 0),"
    " PRIMARY KEY (performance_id, zone_id, hold_code))",
    "CREATE INDEX ix_seat_blocks_code ON seat_blocks (hold_code)",
};

// Version 4: ticket printing: printers of this terminal, the print queue per printer (a job
// is sent, printed or unknown; at most one open job per ticket), and the ticket codes that
// reprints replaced.
const char *const kVersion4[] = {
    "CREATE TABLE printers (name TEXT PRIMARY KEY, uri TEXT NOT NULL,"
    " language TEXT NOT NULL CHECK (language IN ('fgl', 'escpos', 'page')),"
    " layout TEXT NOT NULL, model TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE print_jobs (id INTEGER PRIMARY KEY, printer TEXT NOT NULL,"
    " ticket_id INTEGER NOT NULL REFERENCES tickets(id),"
    " order_id INTEGER NOT NULL REFERENCES orders(id), code TEXT NOT NULL,"
    " reprint INTEGER NOT NULL DEFAULT 0, reason TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL"
    " CHECK (state IN ('queued', 'sent', 'printed', 'unknown', 'cancelled')),"
    " detail TEXT NOT NULL DEFAULT '', user_id INTEGER, created_at TEXT NOT NULL,"
    " sent_at TEXT, done_at TEXT)",
    "CREATE INDEX ix_print_jobs_queue ON print_jobs (printer, state, id)",
    "CREATE INDEX ix_print_jobs_order ON print_jobs (order_id)",
    "CREATE UNIQUE INDEX ux_print_jobs_open ON print_jobs (ticket_id)"
    " WHERE state IN ('queued', 'sent', 'unknown')",
    "CREATE TABLE void_ticket_codes (code TEXT PRIMARY KEY,"
    " ticket_id INTEGER NOT NULL REFERENCES tickets(id), voided_at TEXT NOT NULL,"
    " reason TEXT NOT NULL)",
};

// Version 6: connected mode (issue 6). The outbox of operations made here and not yet
// acknowledged by the server (kept in order by seq, one row per client-generated operation
// id), the seats and standing places this terminal may sell offline (its lease), the sync
// state (server URL, change-feed cursor, terminal, user; never the token), the supervisor
// queue of operations the server refused, and the receipt counter per terminal. Orders and
// tickets cached from the server keep the server's ids and say so in origin/server_id;
// orders sold offline keep a local id until the server answers with its own.
const char *const kVersion6[] = {
    "CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " op_id TEXT NOT NULL UNIQUE, method TEXT NOT NULL, route TEXT NOT NULL,"
    " body TEXT NOT NULL, created_at TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'refused')),"
    " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',"
    " last_attempt_at TEXT, done_at TEXT, http_status INTEGER, response TEXT,"
    " order_id INTEGER REFERENCES orders(id))",
    "CREATE INDEX ix_sync_outbox_state ON sync_outbox (state, seq)",
    "CREATE TABLE sync_leases (performance_id INTEGER NOT NULL, seat_id INTEGER,"
    " zone_id INTEGER, quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),"
    " CHECK ((seat_id IS NULL) <> (zone_id IS NULL)))",
    "CREATE UNIQUE INDEX ux_sync_leases_seat ON sync_leases (performance_id, seat_id)"
    " WHERE seat_id IS NOT NULL",
    "CREATE UNIQUE INDEX ux_sync_leases_zone ON sync_leases (performance_id, zone_id)"
    " WHERE zone_id IS NOT NULL",
    "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sync_supervisor_queue (id INTEGER PRIMARY KEY,"
    " op_id TEXT NOT NULL UNIQUE REFERENCES sync_outbox(op_id),"
    " order_id INTEGER REFERENCES orders(id), http_status INTEGER NOT NULL,"
    " code TEXT NOT NULL, message TEXT NOT NULL, details TEXT NOT NULL DEFAULT '{}',"
    " refused_at TEXT NOT NULL, resolution TEXT NOT NULL DEFAULT ''"
    " CHECK (resolution IN ('', 'refunded', 'moved', 'retried', 'accepted')),"
    " resolution_note TEXT NOT NULL DEFAULT '', resolved_at TEXT, resolved_by INTEGER)",
    "CREATE INDEX ix_sync_supervisor_open ON sync_supervisor_queue (resolution, id)",
    "CREATE TABLE sync_receipts (terminal_id INTEGER PRIMARY KEY,"
    " last_number INTEGER NOT NULL CHECK (last_number >= 0))",
    "ALTER TABLE orders ADD COLUMN origin TEXT NOT NULL DEFAULT 'local'"
    " CHECK (origin IN ('local', 'server', 'offline'))",
    "ALTER TABLE orders ADD COLUMN server_id INTEGER",
    "ALTER TABLE orders ADD COLUMN terminal_id INTEGER",
    "ALTER TABLE orders ADD COLUMN receipt TEXT",
    "CREATE UNIQUE INDEX ux_orders_server_id ON orders (server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX ux_orders_receipt ON orders (terminal_id, receipt)"
    " WHERE receipt IS NOT NULL",
    "ALTER TABLE tickets ADD COLUMN server_id INTEGER",
    "CREATE UNIQUE INDEX ux_tickets_server_id ON tickets (server_id) WHERE server_id IS NOT NULL",
};

// Version 7: printing settings of this terminal (which printer takes a sale's tickets and
// receipts, whether a receipt prints after each sale, the terminal's name on receipts) and
// the ticket layout a printer uses per sales channel.
const char *const kVersion7[] = {
    "CREATE TABLE print_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE print_layouts (printer TEXT NOT NULL REFERENCES printers(name)"
    " ON DELETE CASCADE, channel_id INTEGER NOT NULL REFERENCES channels(id),"
    " layout TEXT NOT NULL, PRIMARY KEY (printer, channel_id))",
};

// Version 9: customer search and supervisors' passwords. Order numbers and ticket codes leave
// the customer keys index: their unique b-tree indexes answer a prefix as a short range scan,
// where an FTS5 prefix query over millions of numbers merged every matching doclist before
// the first row (and every sale paid for the index entries); a partial index holds the numbers
// of orders with a customer. The keys index is made again for alternative e-mails and mobile
// numbers only, with prefix indexes for 3 to 6 characters.
// Users get a password hash (libsodium's Argon2id string; empty: no password set), which a
// supervisor's override of a blocked customer is checked against. Orders get their
// subscription and season tags.
const char *const kVersion9[] = {
    "DROP TRIGGER orders_keys_insert",
    "DROP TRIGGER orders_keys_delete",
    "DROP TRIGGER orders_keys_update",
    "DROP TRIGGER tickets_keys_insert",
    "DROP TRIGGER tickets_keys_delete",
    "DROP TRIGGER tickets_keys_update",
    "DROP TABLE customer_keys_fts",
    "CREATE VIRTUAL TABLE customer_keys_fts USING fts5(key, content='', prefix='3 4 5 6',"
    " tokenize=\"unicode61 remove_diacritics 2 tokenchars '-_.@+'\")",
    "INSERT INTO customer_keys_fts (rowid, key) SELECT id * 8 + 1, email FROM customer_emails",
    "INSERT INTO customer_keys_fts (rowid, key) SELECT id * 8 + 2, replace(mobile, '+', '')"
    " || ' ' || substr(replace(mobile, '+', ''), 2) || ' ' || substr(replace(mobile, '+', ''), 3)"
    " || ' ' || substr(replace(mobile, '+', ''), 4) FROM customers WHERE mobile <> ''",
    // Order numbers of customers' orders, so a prefix is not hidden by anonymous sales.
    "CREATE INDEX ix_orders_customer_number ON orders (number) WHERE customer_id IS NOT NULL",
    "ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''",
    // Subscriptions and seasons an order belongs to, shown and filtered on the customer card.
    "CREATE TABLE order_tags (order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL CHECK (kind IN ('subscription', 'season')), name TEXT NOT NULL,"
    " PRIMARY KEY (order_id, kind, name))",
};

// Version 11: connected mode sees other terminals' holds. One row per held seat or standing
// zone of a server hold (hold_id is NULL for holds read from a snapshot, which carries no
// id); they are shown to the inventory as seat_blocks and zone_holds of hold code
// 'server-hold' and leave when released, expired or sold.
const char *const kVersion11[] = {
    "CREATE TABLE sync_holds (hold_id TEXT, performance_id INTEGER NOT NULL,"
    " seat_id INTEGER, zone_id INTEGER, quantity INTEGER NOT NULL DEFAULT 1,"
    " terminal_id INTEGER NOT NULL DEFAULT 0, expires_at TEXT NOT NULL,"
    " CHECK ((seat_id IS NULL) <> (zone_id IS NULL)))",
    "CREATE INDEX ix_sync_holds_hold ON sync_holds (hold_id)",
    "CREATE INDEX ix_sync_holds_performance ON sync_holds (performance_id, seat_id)",
};

// Version 13: customers created offline in connected mode. The outbox operation that creates
// such a customer on the server names the customer's local id, so that the server's answer
// can give the cached customer the server's id (no foreign key: that id changes then).
const char *const kVersion13[] = {
    "ALTER TABLE sync_outbox ADD COLUMN customer_id INTEGER",
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
    case 3:
        add(kVersion3);
        break;
    case 4:
        add(kVersion4);
        break;
    case 5:
        add(kVersion5);
        break;
    case 6:
        add(kVersion6);
        break;
    case 7:
        add(kVersion7);
        break;
    case 9:
        add(kVersion9);
        break;
    // Version 10 was set aside and never used: an upgrade passes over it.
    case 11:
        add(kVersion11);
        break;
    case 13:
        add(kVersion13);
        break;
    default:
        break;
    }
    return out;
}

} // namespace parkett::schema
