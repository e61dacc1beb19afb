// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/dbpool.h"

#include "server/log.h"
#include "server/pg.h"

#include <sched.h>

#include <utility>

namespace parkett::server {

namespace {
/// The pool whose thread this is, and where that thread keeps a job posted by the job it is
/// running (see DbPool::hand).
thread_local const DbPool *tl_pool = nullptr;
thread_local DbPool::Job *tl_next = nullptr;
} // namespace

DbPool::DbPool(QByteArray conninfo, int threads, std::chrono::microseconds spin)
    : m_conninfo(std::move(conninfo))
    , m_spin(spin)
    , m_cores(int(std::max(1u, std::thread::hardware_concurrency())))
{
    for (int i = 0; i < std::max(1, threads); ++i)
        m_threads.emplace_back([this, i] { run(i); });
}

DbPool::~DbPool()
{
    stop();
}

void DbPool::post(Job job)
{
    hand(std::move(job), false);
}

void DbPool::postBackground(Job job)
{
    hand(std::move(job), true);
}

void DbPool::hand(Job job, bool background)
{
    std::unique_lock lock(m_mutex);
    // A request posted by the job this thread is running (the connection's next request, read
    // on this thread) runs here right after it, when nothing is waiting: no other thread
    // needs waking for it.
    if (!background && tl_pool == this && tl_next && !*tl_next && m_jobs.empty()) {
        *tl_next = std::move(job);
        return;
    }
    if (m_idle.empty()) {
        m_jobs.push_back({std::move(job), background});
        return;
    }
    // A request takes the thread freed last, housekeeping the one idle longest.
    const auto it = background ? m_idle.begin() : m_idle.end() - 1;
    Idle *idle = *it;
    m_idle.erase(it);
    idle->job = std::move(job);
    idle->background = background;
    idle->handed.store(true, std::memory_order_release);
    lock.unlock();
    idle->wake.notify_one();
}

size_t DbPool::backlog() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.size();
}

bool DbPool::isPoolThread() const
{
    return tl_pool == this;
}

bool DbPool::maySpin() const
{
    return 2 * m_running.load(std::memory_order_relaxed) <= m_cores;
}

size_t DbPool::idleThreads() const
{
    std::lock_guard lock(m_mutex);
    return m_idle.size();
}

void DbPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
        for (Idle *idle : m_idle)
            idle->wake.notify_one();
    }
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

void DbPool::awaitJob(const Idle &idle)
{
    // One thread at a time, and only while nothing else runs: the counter's next request is
    // usually a fraction of a millisecond away, and a sleeping thread's wake-up costs about
    // as much on a virtual machine.
    if (m_spin.count() <= 0 || m_running.load(std::memory_order_relaxed) > 0)
        return;
    if (m_waiting.fetch_add(1, std::memory_order_relaxed) == 0 && maySpin()) {
        const auto deadline = std::chrono::steady_clock::now() + m_spin;
        while (!idle.handed.load(std::memory_order_acquire)
               && std::chrono::steady_clock::now() < deadline && maySpin() && !m_stopping)
            sched_yield();
    }
    m_waiting.fetch_sub(1, std::memory_order_relaxed);
}

void DbPool::run(int index)
{
    PgConnection connection(m_conninfo);
    connection.setSpin(m_spin, [this] { return maySpin(); });
    Job next;
    tl_pool = this;
    tl_next = &next;
    bool warned = false;
    bool lastWasBackground = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            if (!m_jobs.empty()) {
                job = std::move(m_jobs.front().job);
                lastWasBackground = m_jobs.front().background;
                m_jobs.pop_front();
            } else {
                if (m_stopping)
                    return; // nothing left to do
                Idle idle;
                // After housekeeping the thread goes to the bottom: the top stays the thread
                // that served a request last.
                if (lastWasBackground) {
                    m_idle.insert(m_idle.begin(), &idle);
                } else {
                    m_idle.push_back(&idle);
                    lock.unlock();
                    awaitJob(idle);
                    lock.lock();
                }
                idle.wake.wait(lock, [this, &idle] { return idle.job || m_stopping; });
                if (!idle.job) {
                    std::erase(m_idle, &idle);
                    return; // stopping; the queue was empty when this thread went idle
                }
                job = std::move(idle.job);
                lastWasBackground = idle.background;
            }
        }
        m_running.fetch_add(1, std::memory_order_relaxed);
        while (job) {
            if (!connection.isOpen()) {
                if (connection.open()) {
                    if (warned)
                        log::info("db.reconnected", {{QStringLiteral("thread"), index}});
                    warned = false;
                } else if (!warned) {
                    log::error("db.unavailable",
                               {{QStringLiteral("thread"), index},
                                {QStringLiteral("error"), connection.lastError()}});
                    warned = true;
                }
            }
            job(connection);
            job = std::exchange(next, nullptr);
        }
        m_running.fetch_sub(1, std::memory_order_relaxed);
    }
}

} // namespace parkett::server
