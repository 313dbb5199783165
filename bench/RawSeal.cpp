// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawSeal.h"

#include <QFile>

#include <sodium.h>

#include <vector>

#include <unistd.h>

namespace {

constexpr qint64 chunkSize = 64 * 1024;

Error failure(const QString &what)
{
    return Error(Error::Kind::Storage, QStringLiteral("The floor's encryption failed: %1").arg(what));
}

} // namespace

Result<void> RawSeal::encryptFile(const QString &plainPath, const QString &outPath, const QString &passphrase,
                                  quint64 opsLimit, quint64 memLimit)
{
    if (sodium_init() < 0)
        return failure(QStringLiteral("libsodium cannot be started"));
    QFile plain(plainPath);
    QFile out(outPath);
    if (!plain.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(QStringLiteral("%1 or %2 cannot be opened").arg(plainPath, outPath));

    unsigned char salt[crypto_pwhash_SALTBYTES];
    randombytes_buf(salt, sizeof salt);
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    const QByteArray secret = passphrase.toUtf8();
    if (crypto_pwhash(key, sizeof key, secret.constData(), quint64(secret.size()), salt, opsLimit, size_t(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return failure(QStringLiteral("not enough memory for Argon2id"));
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    sodium_memzero(key, sizeof key);
    out.write(reinterpret_cast<const char *>(salt), sizeof salt);
    out.write(reinterpret_cast<const char *>(header), sizeof header);

    std::vector<unsigned char> cipher(chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    const qint64 size = plain.size();
    qint64 done = 0;
    do {
        const QByteArray chunk = plain.read(chunkSize);
        done += chunk.size();
        const bool last = done >= size || chunk.isEmpty();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, reinterpret_cast<const unsigned char *>(chunk.constData()),
            quint64(chunk.size()), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(reinterpret_cast<const char *>(cipher.data()), qint64(written)) != qint64(written))
            return failure(out.errorString());
        if (last)
            break;
    } while (true);
    // Sillage's file is synced before it is renamed into place (QSaveFile); the floor pays for the same.
    if (!out.flush() || fsync(out.handle()) != 0)
        return failure(QStringLiteral("%1 cannot be synced").arg(outPath));
    return {};
}
