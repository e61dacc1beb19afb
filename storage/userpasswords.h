// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/result.h"

#include <QString>

namespace parkett {

class Database;

/** Users' passwords in the local store: an Argon2id hash string (libsodium's crypto_pwhash_str
    with the interactive limits) in users.password_hash; no password is ever stored. */
class UserPasswords
{
public:
    explicit UserPasswords(Database &db)
        : m_db(db)
    {}

    /** Sets \a user's password (at least 8 characters). */
    Result<void> setPassword(UserId user, const QString &password);
    /** The supervisor or admin \a login if \a password is theirs; PermissionDenied otherwise
        (unknown login, another role, no password set or a wrong one: one message for all). */
    Result<UserId> verifySupervisor(const QString &login, const QString &password);

private:
    Database &m_db;
};

} // namespace parkett
