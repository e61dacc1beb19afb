// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace parkett::protocol {

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<QString>())
{}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(std::move(error))
{}

Result<QJsonObject> JsonReader::parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::ParseError,
                         QStringLiteral("malformed JSON at offset %1: %2")
                             .arg(error.offset)
                             .arg(error.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::ParseError, QStringLiteral("the body must be a JSON object"));
    return document.object();
}

QString JsonReader::fieldPath(QStringView key) const
{
    return m_path.isEmpty() ? key.toString() : m_path + u'.' + key.toString();
}

void JsonReader::fail(QStringView key, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = fieldPath(key) + u' ' + problem;
}

bool JsonReader::has(QStringView key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

std::optional<QJsonValue> JsonReader::value(QStringView key, bool optional)
{
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull() || it->isUndefined()) {
        if (!optional)
            fail(key, QStringLiteral("is missing"));
        return std::nullopt;
    }
    return *it;
}

namespace {

std::optional<qint64> toInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Ids and money are integers well inside the range a double holds exactly.
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace

qint64 JsonReader::integer(QStringView key)
{
    const auto v = value(key, false);
    if (!v)
        return 0;
    const auto i = toInteger(*v);
    if (!i) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    return *i;
}

std::optional<qint64> JsonReader::optionalInteger(QStringView key)
{
    const auto v = value(key, true);
    if (!v)
        return std::nullopt;
    const auto i = toInteger(*v);
    if (!i)
        fail(key, QStringLiteral("must be an integer"));
    return i;
}

QString JsonReader::string(QStringView key, bool allowEmpty)
{
    const auto v = value(key, false);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    QString s = v->toString();
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return s;
}

QString JsonReader::optionalString(QStringView key)
{
    const auto v = value(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    return v->toString();
}

bool JsonReader::boolean(QStringView key, bool fallback)
{
    const auto v = value(key, true);
    if (!v)
        return fallback;
    if (!v->isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return v->toBool();
}

QDateTime JsonReader::time(QStringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime t = parseTime(text);
    if (!t.isValid())
        fail(key, QStringLiteral("must be an ISO 8601 time"));
    return t;
}

QDateTime JsonReader::optionalTime(QStringView key)
{
    if (!has(key))
        return {};
    return time(key);
}

QList<qint64> JsonReader::integers(QStringView key, bool optional)
{
    QList<qint64> out;
    const auto v = value(key, optional);
    if (!v)
        return out;
    if (!v->isArray()) {
        fail(key, QStringLiteral("must be an array of integers"));
        return out;
    }
    const QJsonArray array = v->toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto n = toInteger(array.at(i));
        if (!n) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be an integer"));
            return {};
        }
        out.append(*n);
    }
    return out;
}

QStringList JsonReader::strings(QStringView key, bool optional)
{
    QStringList out;
    const auto v = value(key, optional);
    if (!v)
        return out;
    if (!v->isArray()) {
        fail(key, QStringLiteral("must be an array of strings"));
        return out;
    }
    const QJsonArray array = v->toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be a string"));
            return {};
        }
        out.append(array.at(i).toString());
    }
    return out;
}

QList<JsonReader> JsonReader::objects(QStringView key, bool optional)
{
    QList<JsonReader> out;
    const auto v = value(key, optional);
    if (!v)
        return out;
    if (!v->isArray()) {
        fail(key, QStringLiteral("must be an array of objects"));
        return out;
    }
    const QJsonArray array = v->toArray();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(fieldPath(key)).arg(i);
        if (!array.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = path + QStringLiteral(" must be an object");
            return {};
        }
        out.append(JsonReader(array.at(i).toObject(), path, m_error));
    }
    return out;
}

JsonReader JsonReader::object(QStringView key)
{
    const auto v = value(key, false);
    if (v && !v->isObject())
        fail(key, QStringLiteral("must be an object"));
    return JsonReader(v ? v->toObject() : QJsonObject(), fieldPath(key), m_error);
}

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : t;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

} // namespace parkett::protocol
