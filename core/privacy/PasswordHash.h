// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

/**
 * Passwords of the local accounts, stored only as libsodium's Argon2id hash string ("$argon2id$v=19$m=…"), which
 * carries its own salt and cost: a stolen database file does not give the passwords away, and a hash made with
 * today's costs still verifies when the costs are raised later.
 */
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)

public:
    /// At least this many characters.
    static constexpr int minimumLength = 8;

    /// The hash string of password, with the interactive costs (about a tenth of a second, 64 MiB).
    static Result<QString> hash(const QString &password);
    /// Whether password is the one hashed; false for an empty or malformed hash.
    static bool verify(const QString &hash, const QString &password);
    /// A Usage error saying what is wrong with a new password, or nothing.
    static Result<void> checkNew(const QString &password);
};
