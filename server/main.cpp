// SPDX-License-Identifier: GPL-3.0-or-later
// parkett-server: the central box office. See docs/api.md and the README's server section.

#include "core/stadium.h"
#include "server/api.h"
#include "server/changenotifier.h"
#include "server/dbpool.h"
#include "server/http.h"
#include "server/log.h"
#include "server/migrations.h"
#include "server/pg.h"
#include "server/seed.h"
#include "server/service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <cstdio>
#include <thread>

using namespace parkett;
using namespace parkett::server;
using namespace Qt::StringLiterals;

namespace {

/** Flags win over the configuration file, which wins over the defaults. */
QString setting(const QCommandLineParser &args,
                const QSettings *file,
                const QString &name,
                const QString &fallback)
{
    if (args.isSet(name))
        return args.value(name);
    if (file && file->contains(name))
        return file->value(name).toString();
    return fallback;
}

int fail(const QString &message)
{
    log::error("startup.failed", {{u"error"_s, message}});
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"parkett-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PARKETT_VERSION));

    QCommandLineParser args;
    args.setApplicationDescription(
        u"The Parkett central server: REST/JSON over HTTP on PostgreSQL."_s);
    args.addHelpOption();
    args.addVersionOption();
    args.addOptions({
        {u"config"_s, u"Read settings from an INI file (keys as the long options)."_s, u"file"_s},
        {u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s},
        {u"port"_s, u"Port (default 8080; 0 picks a free one)."_s, u"port"_s},
        {u"port-file"_s, u"Write the port listened on to this file."_s, u"file"_s},
        {u"database"_s, u"libpq connection string (default: dbname=parkett)."_s, u"conninfo"_s},
        {u"db-threads"_s, u"Database threads, one connection each (default 8)."_s, u"n"_s},
        {u"db-spin-us"_s,
         u"Microseconds a database thread busy-waits for an answer before sleeping, while a "
         "core is free (default 400; 0 never)."_s,
         u"us"_s},
        {u"io-threads"_s, u"HTTP threads (default 2)."_s, u"n"_s},
        {u"token-hours"_s, u"Lifetime of a session token (default 12)."_s, u"hours"_s},
        {u"sweep-ms"_s, u"How often expired holds are released (default 2000)."_s, u"ms"_s},
        {u"log-level"_s, u"debug, info, warning or error (default info)."_s, u"level"_s},
        {u"migrate-only"_s, u"Upgrade the schema and exit."_s},
        {u"seed-demo"_s, u"Fill an empty database with the demo venue, users and terminals."_s},
        {u"seed-stadium"_s, u"Add a generated stadium of N seats with one performance."_s, u"n"_s},
        {u"demo-password"_s, u"Password of the demo users (default parkett-demo)."_s, u"password"_s},
    });
    args.process(app);

    std::unique_ptr<QSettings> file;
    if (args.isSet(u"config"_s)) {
        if (!QFile::exists(args.value(u"config"_s)))
            return fail(QStringLiteral("no configuration file %1").arg(args.value(u"config"_s)));
        file = std::make_unique<QSettings>(args.value(u"config"_s), QSettings::IniFormat);
    }
    const auto get = [&](const char16_t *name, const QString &fallback) {
        return setting(args, file.get(), QString::fromUtf16(name), fallback);
    };
    log::setMinimumLevel(log::levelFromName(get(u"log-level", u"info"_s), log::Level::Info));
    const QByteArray conninfo = get(u"database", u"dbname=parkett"_s).toUtf8();
    const int dbThreads = qBound(1, get(u"db-threads", u"8"_s).toInt(), 64);
    const int dbSpinUs = qBound(0, get(u"db-spin-us", u"400"_s).toInt(), 100000);
    const int ioThreads = qBound(1, get(u"io-threads", u"2"_s).toInt(), 32);
    const int sweepMs = qBound(100, get(u"sweep-ms", u"2000"_s).toInt(), 60000);

    // Schema first, on a connection of its own; a server never runs on an old schema.
    PgConnection setup(conninfo);
    for (int attempt = 0; !setup.open(); ++attempt) {
        if (attempt == 20)
            return fail(QStringLiteral("cannot connect to the database: %1").arg(setup.lastError()));
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    const auto upgraded = migrations::upgrade(setup);
    if (!upgraded)
        return fail(upgraded.error().message);
    log::info("schema.ready",
              {{u"applied"_s, upgraded.value()}, {u"version"_s, migrations::kLatest}});
    if (args.isSet(u"seed-demo"_s)) {
        const auto seeded = seedDemo(setup,
                                     get(u"demo-password", u"parkett-demo"_s),
                                     QDate::currentDate());
        if (!seeded && seeded.error().code != ErrorCode::Conflict)
            return fail(seeded.error().message);
        log::info("seed.demo",
                  {{u"performance"_s, seeded ? seeded.value() : 0}, {u"skipped"_s, !seeded}});
    }
    if (args.isSet(u"seed-stadium"_s)) {
        StadiumOptions options;
        options.seats = qBound(100, args.value(u"seed-stadium"_s).toInt(), 200000);
        const auto seeded = seedPlanPerformance(setup,
                                                generateStadium(options),
                                                QStringLiteral("Stadium %1").arg(options.seats));
        if (!seeded)
            return fail(seeded.error().message);
        log::info("seed.stadium", {{u"performance"_s, seeded.value()}, {u"seats"_s, options.seats}});
    }
    if (args.isSet(u"migrate-only"_s))
        return 0;

    Service service(Service::Options{qBound(1, get(u"token-hours", u"12"_s).toInt(), 24 * 30)});
    DbPool pool(conninfo, dbThreads, std::chrono::microseconds(dbSpinUs));
    ChangeNotifier notifier(conninfo);
    notifier.start();
    Api api(service, pool, notifier);
    HttpServer http(api, get(u"listen", u"127.0.0.1"_s), quint16(get(u"port", u"8080"_s).toUInt()));
    if (!http.listen())
        return fail(http.error());
    // A database thread that answered a request reads the connection's next one itself when
    // it comes within the same budget, while a core is free.
    http.setBusyWait(std::chrono::microseconds(dbSpinUs),
                     [&pool] { return pool.isPoolThread() && pool.maySpin(); });
    if (args.isSet(u"port-file"_s)) {
        QFile portFile(args.value(u"port-file"_s));
        if (!portFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || portFile.write(QByteArray::number(http.port()) + '\n') < 0)
            return fail(QStringLiteral("cannot write %1").arg(portFile.fileName()));
    }

    // The sweeper releases expired holds and reservations on a database thread.
    boost::asio::io_context timers;
    auto work = boost::asio::make_work_guard(timers);
    boost::asio::steady_timer sweepTimer(timers);
    std::function<void()> scheduleSweep = [&] {
        sweepTimer.expires_after(std::chrono::milliseconds(sweepMs));
        sweepTimer.async_wait([&](boost::system::error_code ec) {
            if (ec)
                return;
            pool.postBackground([&service](PgConnection &c) {
                if (const int n = service.sweep(c); n > 0)
                    log::info("sweep", {{u"released"_s, n}});
            });
            scheduleSweep();
        });
    };
    scheduleSweep();
    std::thread timerThread([&] { timers.run(); });

    http.onSignal([&](int signal) {
        log::info("shutdown", {{u"signal"_s, signal}, {u"inFlight"_s, http.inFlight()}});
        notifier.wakeAll();
        http.stop(10000);
    });
    log::info("listening",
              {{u"address"_s, get(u"listen", u"127.0.0.1"_s)},
               {u"port"_s, int(http.port())},
               {u"dbThreads"_s, dbThreads},
               {u"dbSpinUs"_s, dbSpinUs},
               {u"ioThreads"_s, ioThreads}});
    http.run(ioThreads);

    sweepTimer.cancel();
    work.reset();
    timers.stop();
    timerThread.join();
    notifier.stop();
    pool.stop();
    log::info("stopped");
    return 0;
}
