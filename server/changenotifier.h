// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <chrono>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

namespace parkett::server {

/** Wakes long-polling change-feed readers. One thread keeps its own connection LISTENing on
    the channel every change notifies at commit; a waiter is called back as soon as a change
    newer than what it has seen is known, when its deadline passes, or at the latest every
    few seconds (a notification lost while the connection was down costs a re-query, never a
    missed change: the callback always re-reads the feed). */
class ChangeNotifier
{
public:
    using Clock = std::chrono::steady_clock;

    explicit ChangeNotifier(QByteArray conninfo);
    ~ChangeNotifier();

    void start();
    void stop();
    /** Calls \a wake once, from the notifier thread or at once from this one. */
    void wait(qint64 since, Clock::time_point deadline, std::function<void()> wake);
    /** Wakes every waiter now (graceful shutdown). */
    void wakeAll();
    qint64 latest() const { return m_latest; }

private:
    struct Waiter
    {
        qint64 since;
        Clock::time_point deadline;
        Clock::time_point recheck;
        std::function<void()> wake;
    };
    void run();
    void fire(bool all);

    QByteArray m_conninfo;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<qint64> m_latest{0};
    std::mutex m_mutex;
    std::list<Waiter> m_waiters;
};

} // namespace parkett::server
