// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/supervisorcheck.h"

#include "sync/serverclient.h"

#include <QUuid>

namespace parkett {

void checkSupervisor(const QUrl &server,
                     qint64 terminal,
                     const QString &login,
                     const QString &password,
                     QObject *context,
                     std::function<void(Result<QString>)> done)
{
    // A client of its own, so that the terminal's session and token stay as they are. It goes
    // with \a context, or once the check has signed out again.
    auto *client = new ServerClient(context);
    client->setBaseUrl(server);
    client->login(login, password, terminal, client, [=](const ServerReply &reply) {
        if (!reply.isSuccess()) {
            client->deleteLater();
            done(reply.status == 401 || reply.status == 403
                     ? makeError(ErrorCode::PermissionDenied,
                                 QStringLiteral("the server does not know that login and "
                                                "password"))
                     : reply.toError());
            return;
        }
        const QJsonObject user = reply.body.value(u"user").toObject();
        const QString role = user.value(u"role").toString();
        // The check is over: its session goes at once, whatever it said.
        client->setToken(reply.body.value(u"token").toString());
        client->send("POST",
                     QStringLiteral("/v1/logout"),
                     {},
                     QUuid::createUuid(),
                     client,
                     [client](const ServerReply &) { client->deleteLater(); });
        if (role != u"supervisor" && role != u"admin") {
            done(makeError(ErrorCode::PermissionDenied,
                           QStringLiteral("%1 is no supervisor").arg(login)));
            return;
        }
        done(user.value(u"login").toString());
    });
}

} // namespace parkett
