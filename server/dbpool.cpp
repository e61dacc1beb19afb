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
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

size_t DbPool::backlog() const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.size();
}

void DbPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty())
            return;
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

void DbPool::run(int index)
{
    PgConnection connection(m_conninfo);
    bool warned = false;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return; // stopping, and nothing left to do
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
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
