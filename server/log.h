// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace parkett::server::log {

/** Structured logs: one JSON object per line on stderr, with time, level and event name,
    so that an operator can filter them with jq. */
enum class Level { Debug, Info, Warning, Error };

void setMinimumLevel(Level level);
Level levelFromName(QStringView name, Level fallback);
void write(Level level, const char *event, const QJsonObject &fields);
inline void debug(const char *event, const QJsonObject &fields = {})
{
    write(Level::Debug, event, fields);
}
inline void info(const char *event, const QJsonObject &fields = {})
{
    write(Level::Info, event, fields);
}
inline void warning(const char *event, const QJsonObject &fields = {})
{
    write(Level::Warning, event, fields);
}
inline void error(const char *event, const QJsonObject &fields = {})
{
    write(Level::Error, event, fields);
}

} // namespace parkett::server::log
