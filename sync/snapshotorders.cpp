// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshotorders.h"

#include "protocol/jsonreader.h"

namespace parkett {

using protocol::JsonReader;
using protocol::WireOrder;

namespace {
/// The decoder wakes a waiting writer after this many orders, not after each one.
constexpr qsizetype kChunk = 256;
} // namespace

SnapshotOrders::SnapshotOrders(QJsonArray orders)
    : m_array(std::move(orders))
    , m_orders(size_t(m_array.size()))
{
    if (m_array.size() < kThreadFrom)
        decode();
    else
        m_thread = std::thread([this] { decode(); });
}

SnapshotOrders::~SnapshotOrders()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void SnapshotOrders::decode()
{
    const qsizetype n = m_array.size();
    for (qsizetype i = 0; i < n && !m_stop; ++i) {
        const QString path = QStringLiteral("orders[%1]").arg(i);
        const QJsonValue value = m_array.at(i);
        QString problem;
        if (!value.isObject()) {
            problem = path + QStringLiteral(" must be an object");
        } else {
            JsonReader json(value.toObject(), path);
            m_orders[size_t(i)] = WireOrder::fromJson(json);
            if (!json.ok())
                problem = json.error();
        }
        if (!problem.isEmpty()) {
            std::lock_guard lock(m_mutex);
            m_error = problem;
            m_failedAt.store(i, std::memory_order_release);
            m_progress.notify_all();
            return;
        }
        if ((i + 1) % kChunk == 0 || i + 1 == n) {
            std::lock_guard lock(m_mutex);
            m_ready.store(i + 1, std::memory_order_release);
            m_progress.notify_all();
        }
    }
}

const WireOrder *SnapshotOrders::at(qsizetype index)
{
    if (index < 0 || index >= size())
        return nullptr;
    if (m_ready.load(std::memory_order_acquire) <= index) {
        std::unique_lock lock(m_mutex);
        m_progress.wait(lock, [&] {
            return m_ready.load(std::memory_order_acquire) > index
                   || m_failedAt.load(std::memory_order_acquire) >= 0;
        });
    }
    return m_ready.load(std::memory_order_acquire) > index ? &m_orders[size_t(index)] : nullptr;
}

bool SnapshotOrders::finish()
{
    if (m_orders.empty())
        return true;
    return at(size() - 1) != nullptr;
}

} // namespace parkett
