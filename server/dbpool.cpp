// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/dbpool.h"

#include "server/log.h"
#include "server/pg.h"

namespace parkett::server {

DbPool::DbPool(QByteArray conninfo, int threads)
    : m_conninfo(std::move(conninfo))
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
    lock.unlock();
    idle->wake.notify_one();
}

size_t DbPool::backlog() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.size();
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

void DbPool::run(int index)
{
    PgConnection connection(m_conninfo);
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
                if (lastWasBackground)
                    m_idle.insert(m_idle.begin(), &idle);
                else
                    m_idle.push_back(&idle);
                idle.wake.wait(lock, [this, &idle] { return idle.job || m_stopping; });
                if (!idle.job) {
                    std::erase(m_idle, &idle);
                    return; // stopping; the queue was empty when this thread went idle
                }
                job = std::move(idle.job);
                lastWasBackground = idle.background;
            }
        }
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
    }
}

} // namespace parkett::server
