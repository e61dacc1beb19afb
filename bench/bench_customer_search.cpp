// SPDX-License-Identifier: GPL-3.0-or-later
// Customer search over a large generated customer base: CustomerRepository::search() against
// the raw FTS5 query it is built on, measured in the same run on the same database.
//
// bench_customer_search [--customers N] [--db FILE] [--queries N]
//   --db FILE   keep (or reuse) the database, e.g. for bench_cold_start

#include "core/demodata.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/demoseeder.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parkett;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    Stats s;
    if (v.isEmpty())
        return s;
    s.median = v.at(v.size() / 2);
    s.p99 = v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * 0.99)));
    return s;
}

bool generate(Database &db, qint64 count, QTextStream &out)
{
    QElapsedTimer t;
    t.start();
    (void) db.exec(QStringLiteral("PRAGMA synchronous = OFF")); // bulk load only
    TransactionGuard tx(db);
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO customers (number, first_name, last_name, email, phone, created_at)"
        " VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')"));
    auto existing = db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
    for (qint64 n = existing ? existing->toLongLong() : 0; n < count; ++n) {
        const Customer c = generatedCustomer(n);
        q.bindValue(0, c.number);
        q.bindValue(1, c.firstName);
        q.bindValue(2, c.lastName);
        q.bindValue(3, c.email);
        q.bindValue(4, c.phone);
        if (!q.exec()) {
            out << "insert failed at " << n << '\n';
            return false;
        }
        if (n % 200000 == 0 && n > 0) {
            out << "  " << n << " customers…\n";
            out.flush();
        }
    }
    if (!tx.commit())
        return false;
    (void) db.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"));
    (void) db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    (void) db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << "generated " << count << " customers in " << t.elapsed() / 1000.0 << " s\n";
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("customers"),
          QStringLiteral("customers"),
          QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("db"), QStringLiteral("database to keep or reuse"), QStringLiteral("FILE")},
         {QStringLiteral("queries"),
          QStringLiteral("queries per kind"),
          QStringLiteral("N"),
          QStringLiteral("300")}});
    parser.process(app);
    QTextStream out(stdout);
    const qint64 count = parser.value(QStringLiteral("customers")).toLongLong();
    const int queries = parser.value(QStringLiteral("queries")).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db"))
                             ? parser.value(QStringLiteral("db"))
                             : dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().message << '\n';
        return 1;
    }
    Database &db = **opened;
    if (*isEmptyDatabase(db)) {
        if (auto r = seedDemo(db, QDateTime::currentDateTimeUtc()); !r) {
            out << r.error().message << '\n';
            return 1;
        }
    }
    if (!generate(db, count, out))
        return 1;

    // Query texts a clerk types: a surname prefix, an e-mail prefix, a phone prefix.
    struct Kind
    {
        const char *name;
        std::function<QString(qint64)> text;
    };
    const QList<Kind> kinds = {
        {"surname prefix", [](qint64 n) { return generatedCustomer(n).lastName.left(3 + n % 3); }},
        {"e-mail prefix", [](qint64 n) { return generatedCustomer(n).email.left(8 + n % 6); }},
        {"phone prefix", [](qint64 n) { return generatedCustomer(n).phone.mid(3, 4 + n % 3); }},
    };
    CustomerRepository repo(db);
    // The same rows read straight from SQLite: the FTS query joined to the customer rows,
    // stepped through without building any objects.
    QSqlQuery rawRows(db.connection());
    rawRows.setForwardOnly(true);
    rawRows.prepare(QStringLiteral(
        "SELECT c.id, c.number, c.first_name, c.last_name, c.email, c.phone, c.created_at"
        " FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT 50) f"
        " JOIN customers c ON c.id = f.rowid"));
    QSqlQuery raw(db.connection());
    raw.setForwardOnly(true);
    raw.prepare(
        QStringLiteral("SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? LIMIT 50"));
    out << "\n" << count << " customers, " << queries << " queries per kind, top 50\n";
    auto cell = [](const QString &text, int width) { return text.rightJustified(width); };
    auto ms = [&](double v) { return cell(QStringLiteral("%1").arg(v, 0, 'f', 3), 9); };
    out << QStringLiteral("%1%2%3%4%5%6%7%8\n")
               .arg(QStringLiteral("query").leftJustified(16),
                    cell(QStringLiteral("api med"), 9),
                    cell(QStringLiteral("api p99"), 9),
                    cell(QStringLiteral("fts med"), 9),
                    cell(QStringLiteral("fts p99"), 9),
                    cell(QStringLiteral("rows med"), 9),
                    cell(QStringLiteral("api/fts"), 9),
                    cell(QStringLiteral("api/rows"), 9));
    for (const Kind &kind : kinds) {
        QList<double> api, rawTimes, rowsTimes;
        qint64 hits = 0;
        double slowest = 0;
        QString slowestText;
        for (int i = 0; i < queries; ++i) {
            const qint64 n = (qint64(i) * 7777 + 13) % count;
            const QString text = kind.text(n);
            const QString match = CustomerRepository::matchExpression(text);
            QElapsedTimer t;
            t.start();
            raw.bindValue(0, match);
            raw.exec();
            int rows = 0;
            while (raw.next())
                ++rows;
            rawTimes.append(t.nsecsElapsed() / 1e6);
            t.restart();
            rawRows.bindValue(0, match);
            rawRows.exec();
            while (rawRows.next()) {
            }
            rowsTimes.append(t.nsecsElapsed() / 1e6);
            t.restart();
            const auto found = repo.search(text, 50);
            api.append(t.nsecsElapsed() / 1e6);
            if (api.last() > slowest) {
                slowest = api.last();
                slowestText = text;
            }
            if (!found || found->size() != rows) {
                out << "mismatch for '" << text << "'\n";
                return 1;
            }
            hits += rows;
        }
        const Stats a = stats(api), r = stats(rawTimes), w = stats(rowsTimes);
        out << QStringLiteral("%1%2%3%4%5%6%7%8   %9 hits/query; slowest \"%10\" %11 ms\n")
                   .arg(QString::fromLatin1(kind.name).leftJustified(16),
                        ms(a.median),
                        ms(a.p99),
                        ms(r.median),
                        ms(r.p99),
                        ms(w.median),
                        cell(QStringLiteral("%1x")
                                 .arg(a.median / std::max(1e-9, r.median), 0, 'f', 1),
                             9),
                        cell(QStringLiteral("%1x")
                                 .arg(a.median / std::max(1e-9, w.median), 0, 'f', 1),
                             9))
                   .arg(double(hits) / queries, 0, 'f', 1)
                   .arg(slowestText)
                   .arg(slowest, 0, 'f', 2);
    }
    out << "(milliseconds; fts = the FTS5 query alone returning rowids, rows = the same query\n"
           " joined to the customer rows, stepped through without building objects)\n";
    return 0;
}
