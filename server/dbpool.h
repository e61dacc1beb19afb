// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace parkett::server {

class PgConnection;

/** A fixed pool of database threads, each with its own connection (and so its own prepared
    statements). Jobs run in the order they were posted. A job goes to the thread that became
    free last: its connection's backend is the one whose memory is warm, where handing jobs
    round the whole pool made every backend map the same buffers and caches again (a sale
    cost PostgreSQL several times the CPU at one client). A thread
    whose connection broke reconnects before its next job; a job that finds no connection
    gets a closed one, and its statements fail with a connection error the caller turns
    into 503.

    With a spin budget, a thread busy-waits for PostgreSQL's answers instead of sleeping in
    poll() while few jobs run (two cores per running job: one for the thread, one for its
    backend); under load nobody spins. */
class DbPool
{
public:
    using Job = std::function<void(PgConnection &)>;

    DbPool(QByteArray conninfo, int threads, std::chrono::microseconds spin = {});
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    /** Runs \a job on a database thread. Posted from a job of this pool while nothing waits,
        it runs on the same thread right after that job. */
    void post(Job job);
    /** Posts housekeeping (the sweeper): it goes to the thread idle longest and leaves that
        thread at the bottom of the idle stack again, so that the counters' requests stay on
        the warm connection at the top. */
    void postBackground(Job job);
    /** Runs the queued jobs, then stops the threads. */
    void stop();
    int size() const { return int(m_threads.size()); }
    /** Jobs waiting for a thread. */
    size_t backlog() const;
    /** Threads waiting for a job. */
    size_t idleThreads() const;
    /** Whether a thread may busy-wait now: each running job leaves two cores to itself. */
    bool maySpin() const;
    /** Whether the calling thread is one of this pool's. */
    bool isPoolThread() const;
    /** Idle threads busy-waiting for a job (at most one). */
    int busyWaiting() const { return m_waiting.load(); }

private:
    /** A thread waiting for work, and the job handed to it. */
    struct Idle
    {
        std::condition_variable wake;
        Job job;
        bool background = false;
        std::atomic<bool> handed{false}; ///< set after job, for a thread busy-waiting for it
    };
    struct Queued
    {
        Job job;
        bool background = false;
    };

    void hand(Job job, bool background);
    void run(int index);
    /** Busy-waits (up to the spin budget) until \a idle is handed a job, when a core is free. */
    void awaitJob(const Idle &idle);

    QByteArray m_conninfo;
    std::chrono::microseconds m_spin;
    int m_cores;
    std::atomic<int> m_running{0}; ///< jobs being run
    std::atomic<int> m_waiting{0}; ///< idle threads busy-waiting for a job
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::deque<Queued> m_jobs;  ///< waiting for a thread
    std::vector<Idle *> m_idle; ///< threads waiting for a job, the last one freed on top
    std::atomic<bool> m_stopping{false};
};

} // namespace parkett::server
