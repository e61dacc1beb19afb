// SPDX-License-Identifier: GPL-3.0-or-later
// DbPool's choice of thread: a request goes to the thread freed last (its backend is warm),
// and housekeeping neither takes that thread nor pushes it off the top. With a spin budget,
// the thread freed last busy-waits for the next job while a core is free. No database is
// needed: the pool's connections point at a closed port and the jobs only record where they
// ran.
#include "server/dbpool.h"

#include <QTest>

#include <future>
#include <thread>

using namespace parkett::server;

class tst_DbPool final : public QObject
{
    Q_OBJECT

private:
    static std::thread::id runOn(DbPool &pool, bool background)
    {
        // Every thread idle first, so that the choice is the pool's and not a race.
        for (int i = 0; i < 500 && pool.idleThreads() != size_t(pool.size()); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::promise<std::thread::id> ran;
        auto job = [&ran](PgConnection &) { ran.set_value(std::this_thread::get_id()); };
        if (background)
            pool.postBackground(job);
        else
            pool.post(job);
        return ran.get_future().get();
    }

private Q_SLOTS:
    void requestsStayOnTheThreadFreedLast()
    {
        DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", 4);
        const std::thread::id first = runOn(pool, false);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(runOn(pool, false), first);
    }

    void housekeepingLeavesTheWarmThreadOnTop()
    {
        DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", 4);
        const std::thread::id warm = runOn(pool, false);
        QCOMPARE(runOn(pool, false), warm);
        const std::thread::id sweeper = runOn(pool, true);
        QVERIFY(sweeper != warm);
        // The request after the sweep goes back to the warm thread, and a second sweep takes
        // a thread that is neither.
        QCOMPARE(runOn(pool, false), warm);
        const std::thread::id second = runOn(pool, true);
        QVERIFY(second != warm);
        QCOMPARE(runOn(pool, false), warm);
    }

    void backgroundJobsRunWhenEveryThreadIsBusy()
    {
        DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", 1);
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::promise<void> busy;
        pool.post([&busy, released](PgConnection &) {
            busy.set_value();
            released.wait();
        });
        busy.get_future().wait();
        std::atomic<int> step{0};
        std::promise<void> done;
        pool.postBackground([&step](PgConnection &) { step = step * 10 + 1; });
        pool.post([&step, &done](PgConnection &) {
            step = step * 10 + 2;
            done.set_value();
        });
        QCOMPARE(pool.backlog(), size_t(2));
        release.set_value();
        done.get_future().wait();
        QCOMPARE(step.load(), 12); // queued jobs run in the order they were posted
    }

    void aThreadBusyWaitsForTheNextJobOnlyWithABudget()
    {
        {
            DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", 4);
            runOn(pool, false);
            QCOMPARE(pool.busyWaiting(), 0);
        }
        DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", 4, std::chrono::seconds(30));
        const std::thread::id first = runOn(pool, false);
        // The thread that ran it keeps looking for work instead of sleeping; the next job is
        // handed to it there.
        QTRY_COMPARE(pool.busyWaiting(), 1);
        QCOMPARE(runOn(pool, false), first);
        QTRY_COMPARE(pool.busyWaiting(), 1);
        // Housekeeping does not start a busy-wait.
        DbPool quiet("host=127.0.0.1 port=1 connect_timeout=1", 2, std::chrono::seconds(30));
        runOn(quiet, true);
        QTest::qWait(50);
        QCOMPARE(quiet.busyWaiting(), 0);
    }

    void nobodyBusyWaitsWithoutACoreToSpare()
    {
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        DbPool pool("host=127.0.0.1 port=1 connect_timeout=1", cores + 2, std::chrono::seconds(30));
        QVERIFY(pool.maySpin());
        // Each running job needs two cores (its thread and its backend): one more job than
        // half the cores leaves none to spin on.
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        std::atomic<int> started{0};
        const int jobs = cores / 2 + 1;
        for (int i = 0; i < jobs; ++i)
            pool.post([&started, released](PgConnection &) {
                ++started;
                released.wait();
            });
        QTRY_COMPARE(started.load(), jobs);
        QVERIFY(!pool.maySpin());
        release.set_value();
        QTRY_VERIFY(pool.maySpin());
    }

    void stoppingEndsABusyWait()
    {
        auto pool = std::make_unique<DbPool>("host=127.0.0.1 port=1 connect_timeout=1",
                                             2,
                                             std::chrono::hours(1));
        runOn(*pool, false);
        QTRY_COMPARE(pool->busyWaiting(), 1);
        pool.reset(); // returns, instead of spinning out the hour
    }
};

QTEST_GUILESS_MAIN(tst_DbPool)
#include "tst_dbpool.moc"
