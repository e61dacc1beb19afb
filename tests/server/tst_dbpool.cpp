// SPDX-License-Identifier: GPL-3.0-or-later
// DbPool's choice of thread: a request goes to the thread freed last (its backend is warm),
// and housekeeping neither takes that thread nor pushes it off the top. No database is
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
};

QTEST_GUILESS_MAIN(tst_DbPool)
#include "tst_dbpool.moc"
