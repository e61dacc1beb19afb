// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parkett::protocol {

/** Strict reading of a request or response body: every accessor checks presence and type and
    remembers the first problem with the field's path ("lines[2].seat must be an integer"), so
    a handler reads all fields and then asks once whether the body was good. */
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    /** Parses \a body as one JSON object; a syntax error names the offset. */
    static Result<QJsonObject> parseObject(const QByteArray &body);

    qint64 integer(QStringView key);
    std::optional<qint64> optionalInteger(QStringView key);
    QString string(QStringView key, bool allowEmpty = false);
    QString optionalString(QStringView key);
    bool boolean(QStringView key, bool fallback);
    QDateTime time(QStringView key);
    QDateTime optionalTime(QStringView key);
    QList<qint64> integers(QStringView key, bool optional = false);
    QStringList strings(QStringView key, bool optional = false);
    /** Readers for each object of an array. */
    QList<JsonReader> objects(QStringView key, bool optional = false);
    JsonReader object(QStringView key);
    bool has(QStringView key) const;

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    /** ErrorCode::InvalidArgument with the first problem, for a failed read. */
    Error toError() const { return makeError(ErrorCode::InvalidArgument, *m_error); }
    void fail(QStringView key, const QString &problem);
    const QJsonObject &json() const { return m_object; }

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error);
    QString fieldPath(QStringView key) const;
    std::optional<QJsonValue> value(QStringView key, bool optional);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

/** Times on the wire: ISO 8601, UTC, milliseconds. */
QString formatTime(const QDateTime &time);
QDateTime parseTime(const QString &text);
QJsonValue timeOrNull(const QDateTime &time);
QJsonValue idOrNull(qint64 id);

} // namespace parkett::protocol
