// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/messages.h"

#include <QJsonArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace parkett {

/** The orders of a snapshot, decoded from JSON into wire structs on a thread of their own
    while the caller writes the first ones: a full stadium's 50,000 orders take a quarter of a
    second to decode, about as long as a quarter of their write. Small snapshots are decoded
    at once, on the caller's thread. Orders come out in the array's order; the first order
    that does not decode ends it, with the field's path ("orders[3].id must be an integer"). */
class SnapshotOrders
{
public:
    /** \a orders is the snapshot's "orders" array. */
    explicit SnapshotOrders(QJsonArray orders);
    ~SnapshotOrders();
    SnapshotOrders(const SnapshotOrders &) = delete;
    SnapshotOrders &operator=(const SnapshotOrders &) = delete;

    qsizetype size() const { return qsizetype(m_orders.size()); }
    /** Order \a index once it is decoded (waiting for it); null once an order did not decode
        (this one or another): see error(). */
    const protocol::WireOrder *at(qsizetype index);
    /** Waits for the rest; true when every order decoded. */
    bool finish();
    /** The first problem, once at() gave null or finish() false. */
    QString error() const { return m_error; }
    /** All of them, after finish() returned true. */
    const std::vector<protocol::WireOrder> &all() const { return m_orders; }

    /** Above this many orders the decoding gets a thread. */
    static constexpr qsizetype kThreadFrom = 2000;

private:
    void decode();

    QJsonArray m_array;
    std::vector<protocol::WireOrder> m_orders;
    QString m_error;                       ///< written before m_failedAt is published
    std::atomic<qsizetype> m_ready{0};     ///< orders decoded so far
    std::atomic<qsizetype> m_failedAt{-1}; ///< the first order that did not decode
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_progress;
    std::thread m_thread;
};

} // namespace parkett
