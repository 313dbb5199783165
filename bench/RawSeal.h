// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

/**
 * The floor of an exchange file's encryption: Argon2id from the passphrase, then XChaCha20-Poly1305 secretstream
 * in 64 KiB chunks, written and synced, exactly the cryptography ExchangeCipher does and nothing else (no header
 * checks, no progress, no atomic rename).
 */
class RawSeal
{
public:
    static Result<void> encryptFile(const QString &plainPath, const QString &outPath, const QString &passphrase,
                                    quint64 opsLimit, quint64 memLimit);
};
