// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/userpasswords.h"

#include "storage/database.h"

#include <sodium.h>

#include <QByteArray>

namespace parkett {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<void> UserPasswords::setPassword(UserId user, const QString &password)
{
    if (password.size() < 8)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a password needs at least 8 characters"));
    if (!sodiumReady())
        return makeError(ErrorCode::StorageFailure, QStringLiteral("libsodium did not start"));
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash,
                          utf8.constData(),
                          quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError(ErrorCode::StorageFailure,
                         QStringLiteral("not enough memory to hash the password"));
    auto q = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                       {QString::fromLatin1(hash), user.value});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("user %1 not found").arg(user.value));
    return {};
}

Result<UserId> UserPasswords::verifySupervisor(const QString &login, const QString &password)
{
    const Error refused = makeError(ErrorCode::PermissionDenied,
                                    QStringLiteral("not a supervisor's login and password"));
    if (!sodiumReady())
        return makeError(ErrorCode::StorageFailure, QStringLiteral("libsodium did not start"));
    auto q = m_db.exec(QStringLiteral("SELECT id, role, password_hash FROM users WHERE login = ?"),
                       {login});
    if (!q)
        return q.error();
    if (!q->next())
        return refused;
    const UserId id(q->value(0).toLongLong());
    const QString role = q->value(1).toString();
    const QByteArray hash = q->value(2).toString().toLatin1();
    q->finish();
    if ((role != QLatin1StringView("supervisor") && role != QLatin1StringView("admin"))
        || hash.isEmpty())
        return refused;
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) != 0)
        return refused;
    return id;
}

} // namespace parkett
