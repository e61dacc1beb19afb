// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <functional>

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

class QNetworkAccessManager;
class QNetworkReply;

namespace parkett {

/** What the server answered to one request (docs/api.md), or that no answer came. */
struct ServerReply
{
    int status = 0;        ///< HTTP status; 0 when no HTTP answer came (network failure)
    QJsonObject body;      ///< the JSON body; empty for 204 or a body that is not an object
    bool replayed = false; ///< Operation-Replayed: true, the stored answer of an earlier try
    QString networkError;  ///< why no answer came, when status is 0
    QString code;          ///< error.code of an error body: "seat_unavailable"
    QString message;       ///< error.message
    QJsonObject details;   ///< error.details

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isNetworkFailure() const { return status == 0; }
    /** Worth trying again later with the same operation id: no answer, the server or its
        database is down (5xx), or the session ended (401; sign in again first). */
    bool isTransient() const
    {
        return status == 0 || status >= 500 || status == 401 || status == 408 || status == 429;
    }
    /** The server said no and means it: the same operation id will get the same answer. */
    bool isRefusal() const { return status >= 400 && status < 500 && !isTransient(); }
    /** The answer as a core error: the code mapped onto ErrorCode, the message kept. */
    Error toError() const;
};

/** The HTTP client of the server API: JSON in and out, a bearer token, and an Operation-Id
    header on every mutating request. Asynchronous: each call answers through a callback run
    in \a context's thread, never when \a context is gone. */
class ServerClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ServerReply &)>;

    explicit ServerClient(QObject *parent = nullptr);
    ~ServerClient() override;
    Q_DISABLE_COPY_MOVE(ServerClient)

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    /** How long an ordinary request may take without progress, in milliseconds. */
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /** GET \a path ("/v1/catalog", with a query if any). \a timeoutMs 0 uses timeout(). */
    QPointer<QNetworkReply> get(const QString &path,
                                QObject *context,
                                Callback done,
                                int timeoutMs = 0);
    /** POST, PUT or DELETE with \a body (ignored for DELETE when empty) under \a operation. */
    QPointer<QNetworkReply> send(const QByteArray &method,
                                 const QString &path,
                                 const QJsonObject &body,
                                 const QUuid &operation,
                                 QObject *context,
                                 Callback done);
    /** send(), and again after a network failure or a 503, up to \a triesLeft more times
        200 ms apart, under the same operation id: the server answers the retry of an
        operation that did run with its stored answer. \a done is not called once \a context
        is gone. */
    void sendWithRetry(const QByteArray &method,
                       const QString &path,
                       const QJsonObject &body,
                       const QUuid &operation,
                       int triesLeft,
                       QObject *context,
                       Callback done);
    /** POST /v1/login; the only mutating call without an operation id. */
    QPointer<QNetworkReply> login(const QString &login,
                                  const QString &password,
                                  qint64 terminal,
                                  QObject *context,
                                  Callback done);
    /** Aborts every request in flight; each answers with a network failure. */
    void abortAll();
    int requestsInFlight() const { return int(m_inFlight.size()); }

    static QString operationHeaderValue(const QUuid &operation);

Q_SIGNALS:
    /** Every answer, after its callback: for online detection. */
    void answered(int status);

private:
    QPointer<QNetworkReply> start(const QByteArray &method,
                                  const QString &path,
                                  const QByteArray &body,
                                  const QUuid &operation,
                                  int timeoutMs,
                                  QObject *context,
                                  Callback done);
    QUrl urlFor(const QString &path) const;

    QNetworkAccessManager *m_network = nullptr;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 15000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace parkett
