// SPDX-License-Identifier: GPL-3.0-or-later
// The customer card on a large box office: 1,000,000 customers with 5,000,000 orders.
// Measures search-as-you-type through CustomerSearchModel (every keystroke of typing a
// surname, an e-mail, a phone number, an order number and a ticket barcode; top 50), and
// opening the card of a customer with 500 orders (data through CustomerDesk into the models,
// and the whole CustomerCard widget).
//
// QT_QPA_PLATFORM=offscreen bench_customer_card [--customers N] [--orders N] [--db FILE]

#include "core/demodata.h"
#include "models/boxoffice.h"
#include "models/customerdesk.h"
#include "models/customerordersmodel.h"
#include "models/customersearchmodel.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "widgets/customercard.h"

#include <algorithm>

#include <time.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parkett;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    if (v.isEmpty())
        return s;
    s.median = v.at(v.size() / 2);
    s.p99 = v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.99)));
    s.max = v.last();
    return s;
}

/** CPU time of this thread in ms: the keystroke's own work, without waiting for a core
    while other processes use them. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

constexpr qint64 kBigCustomer = 1; ///< the customer with 500 orders
constexpr int kBigOrders = 500;

/** Runs \a sql; prints the error and returns false when it fails. */
bool run(Database &db, const QString &sql, QTextStream &out)
{
    if (auto r = db.exec(sql); !r) {
        out << r.error().message << '\n';
        return false;
    }
    return true;
}

// A bulk load: the secondary indexes and the triggers that keep the name index are dropped,
// customers are written with one prepared statement and orders by one INSERT ... SELECT in a
// single transaction without a journal, and then the indexes are built once, the name index
// filled from the customers in one statement and the triggers put back as they were.
bool generate(Database &db, qint64 customers, qint64 orders, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    auto phase = [&](const char *what) {
        out << "  " << what << ": " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
        out.flush();
    };
    for (const char *pragma : {"PRAGMA journal_mode = OFF",
                               "PRAGMA synchronous = OFF",
                               "PRAGMA cache_size = -1000000",
                               "PRAGMA temp_store = MEMORY"}) {
        if (!run(db, QString::fromLatin1(pragma), out))
            return false;
    }
    // Bigger in-memory batches before FTS5 writes a segment, and no merging while loading.
    for (const char *fts : {"customers_fts", "customer_keys_fts"}) {
        const QString table = QString::fromLatin1(fts);
        if (!run(db,
                 QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('hashsize', 268435456)")
                     .arg(table),
                 out)
            || !run(db,
                    QStringLiteral("INSERT INTO %1 (%1, rank) VALUES ('automerge', 0)").arg(table),
                    out))
            return false;
    }
    QList<qint64> performances;
    QList<qint64> channels;
    {
        auto p = db.exec(QStringLiteral("SELECT id FROM performances ORDER BY id"));
        while (p && p->next())
            performances.append(p->value(0).toLongLong());
        auto c = db.exec(QStringLiteral("SELECT id FROM channels ORDER BY id"));
        while (c && c->next())
            channels.append(c->value(0).toLongLong());
    }
    if (performances.isEmpty() || channels.isEmpty())
        return false;
    QStringList recreate; // the dropped indexes and triggers, made again after the load
    {
        auto q = db.exec(QStringLiteral(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND"
            " tbl_name IN ('customers', 'orders', 'tickets') AND (type = 'index' OR"
            " (type = 'trigger' AND name LIKE 'customers_fts_%')) ORDER BY type, name"));
        if (!q)
            return false;
        QStringList drops;
        while (q->next()) {
            drops.append(QStringLiteral("DROP %1 %2")
                             .arg(q->value(0).toString().toUpper(), q->value(1).toString()));
            recreate.append(q->value(2).toString());
        }
        for (const QString &drop : std::as_const(drops)) {
            if (!run(db, drop, out))
                return false;
        }
    }
    auto existing = db.scalar(QStringLiteral("SELECT max(id) FROM customers"));
    const qint64 seeded = existing ? existing->toLongLong() : 0;
    TransactionGuard tx(db);
    if (!tx.isActive())
        return false;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO customers (number, first_name, last_name, email, phone, created_at)"
            " VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')"));
        for (qint64 n = seeded; n < customers; ++n) {
            const Customer c = generatedCustomer(n);
            q.bindValue(0, QStringLiteral("G-%1").arg(n + 1, 7, 10, QLatin1Char('0')));
            q.bindValue(1, c.firstName);
            q.bindValue(2, c.lastName);
            q.bindValue(3, c.email);
            q.bindValue(4, c.phone);
            if (!q.exec()) {
                out << q.lastError().text() << '\n';
                return false;
            }
        }
    }
    phase("customers written");
    // The first 500 orders are the big customer's; the rest spread over everybody.
    {
        if (!run(db,
                 QStringLiteral("CREATE TEMP TABLE bench_ids (kind INTEGER NOT NULL,"
                                " k INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (kind, k))"),
                 out))
            return false;
        for (int kind = 0; kind < 2; ++kind) {
            const QList<qint64> &ids = kind == 0 ? performances : channels;
            for (qsizetype i = 0; i < ids.size(); ++i) {
                if (!run(db,
                         QStringLiteral("INSERT INTO bench_ids VALUES (%1, %2, %3)")
                             .arg(kind)
                             .arg(i)
                             .arg(ids.at(i)),
                         out))
                    return false;
            }
        }
        auto q = db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)"
                " INSERT INTO orders (number, performance_id, customer_id, channel_id, status,"
                " currency, total, created_at, reserved_until)"
                " SELECT printf('B-%07d', i + 1),"
                " (SELECT id FROM bench_ids WHERE kind = 0 AND k = i % ?),"
                " CASE WHEN i < ? THEN ? ELSE 1 + (i * 2654435761) % ? END,"
                " (SELECT id FROM bench_ids WHERE kind = 1 AND k = i % ?),"
                " CASE i % 4 WHEN 2 THEN 'reserved' WHEN 3 THEN 'cancelled' ELSE 'sold' END,"
                " 'DKK', 25000 * (1 + i % 4), '2026-06-01T10:00:00.000Z',"
                " CASE i % 4 WHEN 2 THEN '2026-12-31T10:00:00.000Z' END FROM n"),
            {orders, performances.size(), kBigOrders, kBigCustomer, customers, channels.size()});
        if (!q) {
            out << q.error().message << '\n';
            return false;
        }
        // Two standing tickets on each of the big customer's orders.
        if (!run(db,
                 QStringLiteral(
                     "INSERT INTO tickets (order_id, performance_id, zone_id, category_id,"
                     " price_type_id, price, label, barcode, status, status_changed_at, active)"
                     " SELECT o.id, o.performance_id, 1, 1, 1, 25000, 'Standing',"
                     " 'BENCH' || (o.id - f0.id) || 'X' || k.k, 'valid',"
                     " '2026-06-01T10:00:00.000Z', 0 FROM orders o,"
                     " (SELECT min(id) AS id FROM orders WHERE number LIKE 'B-%') f0,"
                     " (SELECT 0 AS k UNION ALL SELECT 1) k"
                     " WHERE o.id < f0.id + %1 ORDER BY o.id, k.k")
                     .arg(kBigOrders),
                 out))
            return false;
    }
    phase("orders written");
    for (const QString &sql : std::as_const(recreate)) {
        if (!sql.startsWith(QLatin1String("CREATE TRIGGER")) && !run(db, sql, out))
            return false;
    }
    phase("indexes built");
    if (!run(db,
             QStringLiteral("INSERT INTO customers_fts (rowid, name, email, phone, number)"
                            " SELECT id, name, email, phone, number FROM customers_search"),
             out))
        return false;
    for (const QString &sql : std::as_const(recreate)) {
        if (sql.startsWith(QLatin1String("CREATE TRIGGER")) && !run(db, sql, out))
            return false;
    }
    phase("name index filled");
    if (!tx.commit())
        return false;
    for (const char *sql :
         {"INSERT INTO customers_fts (customers_fts) VALUES ('optimize')",
          "INSERT INTO customer_keys_fts (customer_keys_fts) VALUES ('optimize')",
          "INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 4)",
          "INSERT INTO customer_keys_fts (customer_keys_fts, rank)"
          " VALUES ('automerge', 4)",
          "INSERT INTO customers_fts (customers_fts, rank) VALUES ('hashsize', 1048576)",
          "INSERT INTO customer_keys_fts (customer_keys_fts, rank)"
          " VALUES ('hashsize', 1048576)",
          "PRAGMA journal_mode = WAL",
          "PRAGMA synchronous = FULL"}) {
        if (!run(db, QString::fromLatin1(sql), out))
            return false;
    }
    phase("search indexes optimized");
    out << "generated " << customers << " customers and " << orders << " orders in "
        << t.elapsed() / 1000.0 << " s\n";
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("customers"),
          QStringLiteral("customers"),
          QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("orders"),
          QStringLiteral("orders"),
          QStringLiteral("N"),
          QStringLiteral("5000000")},
         {QStringLiteral("words"),
          QStringLiteral("texts typed per kind"),
          QStringLiteral("N"),
          QStringLiteral("100")},
         {QStringLiteral("db"), QStringLiteral("database to keep or reuse"), QStringLiteral("FILE")},
         {QStringLiteral("cold"),
          QStringLiteral("do not read the database file once before typing")}});
    parser.process(app);
    QTextStream out(stdout);
    const qint64 customers = parser.value(QStringLiteral("customers")).toLongLong();
    const qint64 orders = parser.value(QStringLiteral("orders")).toLongLong();
    const int words = parser.value(QStringLiteral("words")).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("card.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    if (*isEmptyDatabase(**opened)) {
        if (auto r = seedDemo(**opened, now); !r) {
            out << r.error().message << '\n';
            return 1;
        }
        if (!generate(**opened, customers, orders, out)) {
            out << "generation failed\n";
            return 1;
        }
    }
    // Warm: the file is read once so the operating system's cache holds it, as it does on a
    // counter that has been searching all day; the figures are then the search's, not the
    // disk's. With --cold a keystroke that touches pages not read yet waits for the disk.
    if (!parser.isSet(QStringLiteral("cold"))) {
        QElapsedTimer warm;
        warm.start();
        for (const QString &file : {path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly)) {
                while (!f.read(8 << 20).isEmpty()) {
                }
            }
        }
        out << "database file read once in " << warm.elapsed() << " ms (--cold skips this)\n";
    }
    BoxOffice box(std::move(*opened), [now] { return now; });
    CustomerDesk &desk = box.customers();
    CustomerSearchModel model(&desk);

    // Every keystroke of typing these texts, one character after the other (from 2 chars).
    struct Kind
    {
        const char *name;
        std::function<QString(qint64)> text;
    };
    const QList<Kind> kinds = {
        {"surname", [](qint64 n) { return generatedCustomer(n).lastName; }},
        {"first + surname",
         [](qint64 n) {
             const Customer c = generatedCustomer(n);
             return c.firstName + QLatin1Char(' ') + c.lastName;
         }},
        {"e-mail", [](qint64 n) { return generatedCustomer(n).email.left(18); }},
        {"phone", [](qint64 n) { return generatedCustomer(n).phone.mid(3); }},
        {"order number",
         [orders](qint64 n) {
             return QStringLiteral("B-%1").arg(1 + (n * 7919) % orders, 7, 10, QLatin1Char('0'));
         }},
        {"ticket barcode", [](qint64 n) { return QStringLiteral("BENCH%1X0").arg(n % kBigOrders); }},
    };
    out << "\nsearch as you type through CustomerSearchModel, top 50, " << words
        << " texts per kind, every keystroke from the 2nd character\n"
        << "(wall clock, and the CPU time of the thread: the same without waiting for a core)\n";
    const auto row = [&out](const QString &name, qsizetype keys, const Stats &w, const Stats &c) {
        out << name.leftJustified(18) << QString::number(keys).rightJustified(7);
        for (double v : {w.median, w.p99, w.max, c.median, c.p99, c.max})
            out << QString::number(v, 'f', 3).rightJustified(10);
        out << '\n';
    };
    out << QStringLiteral("typing").leftJustified(18) << QStringLiteral("keys").rightJustified(7);
    for (const char *h : {"median", "p99", "max", "cpu med", "cpu p99", "cpu max"})
        out << QString::fromLatin1(h).rightJustified(10);
    out << '\n';
    QList<double> everything, everythingCpu;
    struct Slow
    {
        double cpu;
        double wall;
        const char *kind;
        QString text;
    };
    QList<Slow> slow; // the keystrokes that make the tail, by their own CPU time
    for (const Kind &kind : kinds) {
        QList<double> times, cpuTimes;
        for (int i = 0; i < words; ++i) {
            const QString text = kind.text((qint64(i) * 104729 + 17) % customers);
            for (qsizetype len = 2; len <= text.size(); ++len) {
                QElapsedTimer t;
                t.start();
                const double cpu0 = threadCpuMs();
                if (auto r = model.search(text.left(len), 50); !r) {
                    out << r.error().message << '\n';
                    return 1;
                }
                (void) model.index(0, 0).data(); // the view reads the first row
                cpuTimes.append(threadCpuMs() - cpu0);
                times.append(t.nsecsElapsed() / 1e6);
                if (cpuTimes.last() > 1.0)
                    slow.append(Slow{cpuTimes.last(), times.last(), kind.name, text.left(len)});
            }
            if (text.startsWith(QLatin1String("B-")) && model.rowCount() == 0) {
                out << "order number not found: " << text << '\n';
                return 1;
            }
        }
        everything += times;
        everythingCpu += cpuTimes;
        row(QString::fromLatin1(kind.name), times.size(), stats(times), stats(cpuTimes));
    }
    row(QStringLiteral("all keystrokes"),
        everything.size(),
        stats(everything),
        stats(everythingCpu));
    std::sort(slow.begin(), slow.end(), [](const Slow &a, const Slow &b) { return a.cpu > b.cpu; });
    out << "keystrokes over 1 ms of CPU: " << slow.size() << "; the slowest (cpu, wall):\n";
    for (qsizetype i = 0; i < std::min<qsizetype>(slow.size(), 25); ++i) {
        // The same keystroke again, warm: the first time's extra is pages touched first.
        double again = 1e9;
        for (int k = 0; k < 3; ++k) {
            const double cpu0 = threadCpuMs();
            (void) model.search(slow.at(i).text, 50);
            again = std::min(again, threadCpuMs() - cpu0);
        }
        out << QStringLiteral("  %1 ms %2 ms (again %5 ms)  %3  \"%4\"\n")
                   .arg(slow.at(i).cpu, 7, 'f', 2)
                   .arg(slow.at(i).wall, 7, 'f', 2)
                   .arg(QString::fromLatin1(slow.at(i).kind).leftJustified(16), slow.at(i).text)
                   .arg(again, 5, 'f', 2);
    }

    // Opening the card of the customer with 500 orders.
    QList<double> data, card;
    int orderRows = 0;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        auto c = desk.customer(CustomerId(kBigCustomer));
        auto f = desk.flags(CustomerId(kBigCustomer));
        auto k = desk.consents(CustomerId(kBigCustomer));
        auto h = desk.history(CustomerId(kBigCustomer));
        auto o = desk.orders(CustomerId(kBigCustomer));
        if (!c || !f || !k || !h || !o) {
            out << "card data could not be read\n";
            return 1;
        }
        CustomerOrdersModel ordersModel;
        ordersModel.setOrders(std::move(*o), now);
        orderRows = ordersModel.rowCount();
        data.append(t.nsecsElapsed() / 1e6);

        t.restart();
        CustomerCard widget(box, CustomerId(kBigCustomer));
        if (auto r = widget.load(); !r) {
            out << r.error().message << '\n';
            return 1;
        }
        widget.resize(1200, 800);
        widget.show();
        QApplication::processEvents();
        card.append(t.nsecsElapsed() / 1e6);
    }
    const Stats d = stats(data), w = stats(card);
    out << "\nopening the card of a customer with " << orderRows << " orders (30 times)\n"
        << QStringLiteral("  data (CustomerDesk -> models):      median %1 ms, max %2 ms\n")
               .arg(d.median, 0, 'f', 2)
               .arg(d.max, 0, 'f', 2)
        << QStringLiteral("  CustomerCard widget, loaded, shown: median %1 ms, max %2 ms\n")
               .arg(w.median, 0, 'f', 2)
               .arg(w.max, 0, 'f', 2);
    return 0;
}
