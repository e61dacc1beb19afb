// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/changenotifier.h"

#include "server/log.h"
#include "server/pg.h"

#include <sys/select.h>

namespace parkett::server {

namespace {
constexpr auto kRecheck = std::chrono::seconds(5);
} // namespace

ChangeNotifier::ChangeNotifier(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
{}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

void ChangeNotifier::start()
{
    m_thread = std::thread([this] { run(); });
}

void ChangeNotifier::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
    wakeAll();
}

void ChangeNotifier::wait(qint64 since, Clock::time_point deadline, std::function<void()> wake)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping && m_latest <= since && Clock::now() < deadline) {
            m_waiters.push_back({since, deadline, Clock::now() + kRecheck, std::move(wake)});
            return;
        }
    }
    wake();
}

void ChangeNotifier::wakeAll()
{
    fire(true);
}

void ChangeNotifier::fire(bool all)
{
    std::list<Waiter> due;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (all || it->since < m_latest || now >= it->deadline || now >= it->recheck)
                due.splice(due.end(), m_waiters, it++);
            else
                ++it;
        }
    }
    for (Waiter &w : due)
        w.wake();
}

void ChangeNotifier::run()
{
    PgConnection connection(m_conninfo);
    bool listening = false;
    while (!m_stopping) {
        if (!listening) {
            if (connection.open()) {
                try {
                    connection.exec("LISTEN parkett_changes");
                    m_latest = connection.exec("SELECT value FROM feed_counter").integer(0, 0);
                    listening = true;
                } catch (const PgError &e) {
                    log::warning("feed.listen_failed", {{QStringLiteral("error"), e.message()}});
                }
            }
            if (!listening) {
                fire(false);
                std::this_thread::sleep_for(std::chrono::milliseconds(500));
                continue;
            }
            fire(true); // whatever happened while we were not listening
        }
        PGconn *conn = connection.handle();
        const int socket = PQsocket(conn);
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(socket, &fds);
        timeval timeout{0, 200000};
        const int ready = select(socket + 1, &fds, nullptr, nullptr, &timeout);
        if (ready > 0 && PQconsumeInput(conn) == 0) {
            log::warning("feed.listen_lost", {{QStringLiteral("error"), connection.lastError()}});
            listening = false;
            continue;
        }
        while (PGnotify *n = PQnotifies(conn)) {
            const qint64 seq = QByteArray(n->extra).toLongLong();
            if (seq > m_latest)
                m_latest = seq;
            PQfreemem(n);
        }
        fire(false);
    }
}

} // namespace parkett::server
