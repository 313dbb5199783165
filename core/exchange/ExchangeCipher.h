// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeProgress.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * The encrypted envelope of an exchange file: a fixed header (magic, format version, Argon2id parameters and
 * salt, secretstream header, declared sizes) followed by the XChaCha20-Poly1305 secretstream of the plain SQLite
 * file, in chunks, the last one tagged FINAL.
 *
 * Reading never trusts the header: every field is checked against fixed limits before any key is derived or any
 * byte decrypted, the file size must match the declared sizes exactly, and the header is authenticated together
 * with the first chunk, so that a changed byte anywhere is refused.
 */
class ExchangeCipher
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCipher)

public:
    /// Argon2id cost: "interactive" for real files; tests may ask for the minimum to stay fast.
    struct KdfLimits
    {
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        static KdfLimits interactive();
        static KdfLimits minimum();
    };

    static constexpr char magic[] = "SILLAGEX";
    static constexpr int formatVersion = 1;
    static constexpr int headerSize = 96;
    static constexpr int chunkSize = 64 * 1024;
    /// Exchange files above this size are refused, whatever the header says.
    static constexpr quint64 maxPlainSize = quint64(4) * 1024 * 1024 * 1024;
    /// Argon2 parameters a reader accepts: anything above would let a file make the reader spend minutes or
    /// gigabytes before it can even say the passphrase is wrong.
    static constexpr quint64 maxOpsLimit = 16;
    static constexpr quint64 maxMemLimit = quint64(1) * 1024 * 1024 * 1024;

    /// Encrypts the file at plainPath into outPath, written atomically (QSaveFile). progress hears of the plain
    /// bytes after each chunk; stopping it leaves no file at outPath.
    static Result<void> encryptFile(const QString &plainPath, const QString &outPath, const QString &passphrase,
                                    KdfLimits limits = KdfLimits::interactive(), const ExchangeProgress &progress = {});
    /// Decrypts inPath into plainPath (created with owner-only permissions); nothing is left there on failure or
    /// when progress, told of the plain bytes after each chunk, asks to stop.
    static Result<void> decryptFile(const QString &inPath, const QString &plainPath, const QString &passphrase,
                                    const ExchangeProgress &progress = {});

    /// True when libsodium could be started; every other call fails cleanly otherwise.
    static bool initialise();
};
