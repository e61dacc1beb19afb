// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/serverclient.h"

#include "protocol/messages.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace parkett {

namespace {

ErrorCode errorCodeFor(const QString &code, int status)
{
    if (code == QLatin1StringView("seat_unavailable") || code == QLatin1StringView("lease_missing"))
        return ErrorCode::SeatUnavailable;
    if (code == QLatin1StringView("hold_expired"))
        return ErrorCode::ReservationExpired;
    if (code == QLatin1StringView("illegal_transition")
        || code == QLatin1StringView("customer_blocked"))
        return ErrorCode::IllegalTransition;
    if (code == QLatin1StringView("operation_reused"))
        return ErrorCode::Conflict;
    if (code == QLatin1StringView("rule_violation"))
        return ErrorCode::RuleViolation;
    if (code == QLatin1StringView("not_found") || status == 404)
        return ErrorCode::NotFound;
    if (code == QLatin1StringView("forbidden") || status == 403)
        return ErrorCode::PermissionDenied;
    if (status == 409)
        return ErrorCode::Conflict;
    if (status == 422)
        return ErrorCode::RuleViolation;
    if (status == 0 || status >= 500)
        return ErrorCode::StorageFailure;
    return ErrorCode::InvalidArgument;
}

} // namespace

Error ServerReply::toError() const
{
    if (status == 0)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("the server did not answer: %1").arg(networkError));
    const QString text = message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message;
    return makeError(errorCodeFor(code, status),
                     code.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, code));
}

ServerClient::ServerClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ServerClient::~ServerClient()
{
    abortAll();
}

QString ServerClient::operationHeaderValue(const QUuid &operation)
{
    return operation.toString(QUuid::WithoutBraces);
}

QUrl ServerClient::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (question < 0 ? path : path.left(question)));
    url.setQuery(question < 0 ? QString() : path.mid(question + 1));
    return url;
}

QPointer<QNetworkReply> ServerClient::get(const QString &path,
                                          QObject *context,
                                          Callback done,
                                          int timeoutMs)
{
    return start("GET", path, {}, {}, timeoutMs, context, std::move(done));
}

void ServerClient::sendWithRetry(const QByteArray &method,
                                 const QString &path,
                                 const QJsonObject &body,
                                 const QUuid &operation,
                                 int triesLeft,
                                 QObject *context,
                                 Callback done)
{
    QPointer<QObject> guard(context);
    send(method,
         path,
         body,
         operation,
         this,
         [=, this, done = std::move(done)](const ServerReply &reply) {
             if (!guard)
                 return;
             if ((reply.isNetworkFailure() || reply.status == 503) && triesLeft > 0) {
                 QTimer::singleShot(200, this, [=, this] {
                     sendWithRetry(method, path, body, operation, triesLeft - 1, guard, done);
                 });
                 return;
             }
             done(reply);
         });
}

QPointer<QNetworkReply> ServerClient::send(const QByteArray &method,
                                           const QString &path,
                                           const QJsonObject &body,
                                           const QUuid &operation,
                                           QObject *context,
                                           Callback done)
{
    QByteArray data;
    if (!(method == "DELETE" && body.isEmpty()))
        data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(method, path, data, operation, 0, context, std::move(done));
}

QPointer<QNetworkReply> ServerClient::login(
    const QString &login, const QString &password, qint64 terminal, QObject *context, Callback done)
{
    QJsonObject body{{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
    if (terminal != 0)
        body.insert(QStringLiteral("terminal"), terminal);
    return start("POST",
                 QStringLiteral("/v1/login"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                 {},
                 0,
                 context,
                 std::move(done));
}

void ServerClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

QPointer<QNetworkReply> ServerClient::start(const QByteArray &method,
                                            const QString &path,
                                            const QByteArray &body,
                                            const QUuid &operation,
                                            int timeoutMs,
                                            QObject *context,
                                            Callback done)
{
    QNetworkRequest request(urlFor(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!operation.isNull())
        request.setRawHeader("Operation-Id", operationHeaderValue(operation).toLatin1());
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply = method == "GET" ? m_network->get(request)
                                           : m_network->sendCustomRequest(request, method, body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
    });
    connect(reply, &QNetworkReply::finished, context, [this, reply, done = std::move(done)] {
        ServerReply answer;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        answer.status = status.isValid() ? status.toInt() : 0;
        if (answer.status == 0) {
            answer.networkError = reply->errorString();
        } else {
            answer.replayed = reply->rawHeader("Operation-Replayed").trimmed().toLower() == "true";
            const QByteArray data = reply->readAll();
            auto parsed = data.trimmed().isEmpty() ? Result<QJsonObject>(QJsonObject())
                                                   : protocol::JsonReader::parseObject(data);
            if (parsed)
                answer.body = *parsed;
            if (!answer.isSuccess()) {
                // The error body of docs/api.md; a body without one keeps an empty code.
                const protocol::ApiError error = protocol::ApiError::fromJson(answer.status,
                                                                              answer.body);
                if (answer.body.contains(QStringLiteral("error")))
                    answer.code = error.code;
                answer.message = error.message;
                answer.details = error.details;
                if (answer.message.isEmpty())
                    answer.message = QString::fromUtf8(data.left(200));
            } else if (!parsed) {
                // A success whose body is not JSON: the readers then name what is missing.
                answer.message = parsed.error().message;
            }
        }
        if (done)
            done(answer);
        Q_EMIT answered(answer.status);
    });
    return reply;
}

} // namespace parkett
