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

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
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

constexpr qint64 kBigCustomer = 1; ///< the customer with 500 orders
constexpr int kBigOrders = 500;

bool generate(Database &db, qint64 customers, qint64 orders, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    (void) db.exec(QStringLiteral("PRAGMA synchronous = OFF")); // bulk load only
    (void) db.exec(QStringLiteral("PRAGMA cache_size = -400000"));
    // No incremental merging of the FTS5 segments while loading; one optimize at the end.
    (void) db.exec(
        QStringLiteral("INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 0)"));
    (void) db.exec(QStringLiteral(
        "INSERT INTO customer_keys_fts (customer_keys_fts, rank) VALUES ('automerge', 0)"));
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
    auto existing = db.scalar(QStringLiteral("SELECT max(id) FROM customers"));
    const qint64 seeded = existing ? existing->toLongLong() : 0;
    {
        TransactionGuard tx(db);
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
            if (!q.exec())
                return false;
            if (n % 250000 == 0 && n > 0) {
                out << "  " << n << " customers, " << t.elapsed() / 1000 << " s\n";
                out.flush();
            }
        }
        if (!tx.commit())
            return false;
    }
    out << "customers in " << t.elapsed() / 1000.0 << " s\n";
    out.flush();
    {
        TransactionGuard tx(db);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO orders (number, performance_id, customer_id, channel_id, status,"
            " currency, total, created_at, reserved_until) VALUES (?, ?, ?, ?, ?, 'DKK', ?,"
            " '2026-06-01T10:00:00.000Z', ?)"));
        QSqlQuery tickets(db.connection());
        tickets.prepare(QStringLiteral(
            "INSERT INTO tickets (order_id, performance_id, zone_id, category_id, price_type_id,"
            " price, label, barcode, status, status_changed_at, active)"
            " VALUES (?, ?, 1, 1, 1, 25000, 'Standing', ?, 'valid', '2026-06-01T10:00:00.000Z', "
            "0)"));
        const QString statuses[] = {QStringLiteral("sold"),
                                    QStringLiteral("sold"),
                                    QStringLiteral("reserved"),
                                    QStringLiteral("cancelled")};
        for (qint64 n = 0; n < orders; ++n) {
            // The first 500 orders are the big customer's; the rest spread over everybody.
            const qint64 customer = n < kBigOrders ? kBigCustomer
                                                   : 1 + (n * 2654435761LL) % customers;
            const QString &status = statuses[n % 4];
            q.bindValue(0, QStringLiteral("B-%1").arg(n + 1, 7, 10, QLatin1Char('0')));
            q.bindValue(1, performances.at(n % performances.size()));
            q.bindValue(2, customer);
            q.bindValue(3, channels.at(n % channels.size()));
            q.bindValue(4, status);
            q.bindValue(5, 25000 * (1 + n % 4));
            q.bindValue(6,
                        status == QLatin1StringView("reserved")
                            ? QVariant(QStringLiteral("2026-12-31T10:00:00.000Z"))
                            : QVariant());
            if (!q.exec())
                return false;
            if (n < kBigOrders) {
                const qint64 order = q.lastInsertId().toLongLong();
                for (int k = 0; k < 2; ++k) {
                    tickets.bindValue(0, order);
                    tickets.bindValue(1, performances.at(n % performances.size()));
                    tickets.bindValue(2, QStringLiteral("BENCH%1X%2").arg(n).arg(k));
                    if (!tickets.exec())
                        return false;
                }
            }
            if (n % 1000000 == 0 && n > 0) {
                out << "  " << n << " orders, " << t.elapsed() / 1000 << " s\n";
                out.flush();
            }
        }
        if (!tx.commit())
            return false;
    }
    out << "loaded in " << t.elapsed() / 1000.0 << " s, optimizing the indexes\n";
    out.flush();
    (void) db.exec(
        QStringLiteral("INSERT INTO customers_fts (customers_fts, rank) VALUES ('automerge', 4)"));
    (void) db.exec(QStringLiteral(
        "INSERT INTO customer_keys_fts (customer_keys_fts, rank) VALUES ('automerge', 4)"));
    (void) db.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"));
    (void) db.exec(
        QStringLiteral("INSERT INTO customer_keys_fts (customer_keys_fts) VALUES ('optimize')"));
    (void) db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    (void) db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "generated " << customers << " customers and " << orders << " orders in "
        << t.elapsed() / 1000.0 << " s\n";
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("customers"),
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
                       {QStringLiteral("db"),
                        QStringLiteral("database to keep or reuse"),
                        QStringLiteral("FILE")}});
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
        << " texts per kind, every keystroke from the 2nd character\n";
    out << QStringLiteral("%1%2%3%4%5\n")
               .arg(QStringLiteral("typing").leftJustified(18),
                    QStringLiteral("keys").rightJustified(7),
                    QStringLiteral("median").rightJustified(10),
                    QStringLiteral("p99").rightJustified(10),
                    QStringLiteral("max").rightJustified(10));
    QList<double> everything;
    for (const Kind &kind : kinds) {
        QList<double> times;
        for (int i = 0; i < words; ++i) {
            const QString text = kind.text((qint64(i) * 104729 + 17) % customers);
            for (qsizetype len = 2; len <= text.size(); ++len) {
                QElapsedTimer t;
                t.start();
                if (auto r = model.search(text.left(len), 50); !r) {
                    out << r.error().message << '\n';
                    return 1;
                }
                (void) model.index(0, 0).data(); // the view reads the first row
                times.append(t.nsecsElapsed() / 1e6);
            }
            if (kind.text((qint64(i) * 104729 + 17) % customers).startsWith(QLatin1String("B-"))
                && model.rowCount() == 0) {
                out << "order number not found: " << text << '\n';
                return 1;
            }
        }
        everything += times;
        const Stats s = stats(times);
        out << QStringLiteral("%1%2%3%4%5\n")
                   .arg(QString::fromLatin1(kind.name).leftJustified(18),
                        QString::number(times.size()).rightJustified(7),
                        QString::number(s.median, 'f', 3).rightJustified(10),
                        QString::number(s.p99, 'f', 3).rightJustified(10),
                        QString::number(s.max, 'f', 2).rightJustified(10));
    }
    const Stats all = stats(everything);
    out << QStringLiteral("%1%2%3%4%5\n")
               .arg(QStringLiteral("all keystrokes").leftJustified(18),
                    QString::number(everything.size()).rightJustified(7),
                    QString::number(all.median, 'f', 3).rightJustified(10),
                    QString::number(all.p99, 'f', 3).rightJustified(10),
                    QString::number(all.max, 'f', 2).rightJustified(10));

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
