// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/log.h"

#include <QDateTime>
#include <QJsonDocument>

#include <atomic>
#include <cstdio>
#include <mutex>

namespace parkett::server::log {

namespace {
std::atomic<int> g_minimum{int(Level::Info)};
std::mutex g_mutex;
} // namespace

void setMinimumLevel(Level level)
{
    g_minimum = int(level);
}

Level levelFromName(QStringView name, Level fallback)
{
    if (name == u"debug")
        return Level::Debug;
    if (name == u"info")
        return Level::Info;
    if (name == u"warning")
        return Level::Warning;
    if (name == u"error")
        return Level::Error;
    return fallback;
}

void write(Level level, const char *event, const QJsonObject &fields)
{
    if (int(level) < g_minimum)
        return;
    static const char *const names[] = {"debug", "info", "warning", "error"};
    QJsonObject line = fields;
    line.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    line.insert(QStringLiteral("level"), QLatin1StringView(names[int(level)]));
    line.insert(QStringLiteral("event"), QLatin1StringView(event));
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::lock_guard lock(g_mutex);
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace parkett::server::log
