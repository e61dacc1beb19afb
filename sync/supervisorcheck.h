// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace parkett {

/** Checks a supervisor's login and password with the server, for an approval given at a
    connected terminal: its cache keeps no passwords. The check is a sign-in at this terminal
    whose token is revoked again at once. \a done gets the login when the server knows the
    password and the user is a supervisor or an admin, otherwise the reason; it is not called
    once \a context is gone. */
void checkSupervisor(const QUrl &server,
                     qint64 terminal,
                     const QString &login,
                     const QString &password,
                     QObject *context,
                     std::function<void(Result<QString>)> done);

} // namespace parkett
