// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeCipher.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <vector>

namespace {

// Header layout (little-endian), 96 bytes:
//   0  magic "SILLAGEX" (8)       8 format version (u16)      10 flags (u16, 0)     12 Argon2 algorithm (u32)
//  16  opslimit (u64)            24 memlimit (u64)           32 salt (16)          48 secretstream header (24)
//  72  chunk size (u32)          76 reserved (u32, 0)        80 plain size (u64)   88 chunk count (u64)
constexpr int offVersion = 8;
constexpr int offFlags = 10;
constexpr int offAlgorithm = 12;
constexpr int offOps = 16;
constexpr int offMem = 24;
constexpr int offSalt = 32;
constexpr int offStream = 48;
constexpr int offChunk = 72;
constexpr int offReserved = 76;
constexpr int offPlain = 80;
constexpr int offCount = 88;
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24);
static_assert(offCount + 8 == ExchangeCipher::headerSize);

constexpr quint64 cipherOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

quint64 chunkCountFor(quint64 plainSize)
{
    return plainSize == 0 ? 1 : (plainSize + ExchangeCipher::chunkSize - 1) / ExchangeCipher::chunkSize;
}

// The key is wiped when it goes out of scope, whatever path the function takes.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    Key() { sodium_memzero(bytes, sizeof bytes); }
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

Result<void> deriveKey(Key &key, const QString &passphrase, const unsigned char *salt, quint64 ops, quint64 mem)
{
    QByteArray secret = passphrase.toUtf8();
    const int done = crypto_pwhash(key.bytes, sizeof key.bytes, secret.constData(), quint64(secret.size()), salt, ops,
                                   size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (done != 0)
        return Error(Error::Kind::Storage, ExchangeCipher::tr("There is not enough memory to derive the key."),
                     ExchangeCipher::tr("Close other programs, then try again."));
    return {};
}

Error badFile(const QString &path, const QString &message, const QString &hint = {})
{
    return Error(Error::Kind::BadInput, message, hint, QDir::toNativeSeparators(path));
}

Result<void> checkHeader(const QString &path, const QByteArray &header, qint64 fileSize)
{
    if (fileSize == 0)
        return badFile(path, ExchangeCipher::tr("The exchange file is empty."),
                       ExchangeCipher::tr("Ask for the file again: the copy was probably interrupted."));
    if (header.startsWith(QByteArray("SQLite format 3")))
        return badFile(path, ExchangeCipher::tr("This is a plain SQLite database, not an encrypted exchange file."),
                       ExchangeCipher::tr("Exchange files are written by File > Exchanges > Export or by "
                                          "\"sillage-cli exchange export\"."));
    // A copy cut inside the magic itself is still an interrupted exchange file, not someone else's file.
    const QByteArray magic(ExchangeCipher::magic);
    if (header.size() < magic.size() && magic.startsWith(header))
        return badFile(path, ExchangeCipher::tr("The exchange file is incomplete (its header is cut short)."),
                       ExchangeCipher::tr("Ask for the file again: the copy was probably interrupted."));
    if (!header.startsWith(magic))
        return badFile(path, ExchangeCipher::tr("This file is not a Sillage exchange file."));
    if (header.size() < ExchangeCipher::headerSize)
        return badFile(path, ExchangeCipher::tr("The exchange file is incomplete (its header is cut short)."),
                       ExchangeCipher::tr("Ask for the file again: the copy was probably interrupted."));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const int version = qFromLittleEndian<quint16>(bytes + offVersion);
    if (version != ExchangeCipher::formatVersion)
        return badFile(path,
                       ExchangeCipher::tr("This exchange file uses format version %1, which this version of Sillage "
                                          "does not read (it reads version %2).")
                           .arg(version)
                           .arg(ExchangeCipher::formatVersion),
                       ExchangeCipher::tr("Install the latest version of Sillage, or ask for a file written by the "
                                          "same version."));
    const quint64 ops = qFromLittleEndian<quint64>(bytes + offOps);
    const quint64 mem = qFromLittleEndian<quint64>(bytes + offMem);
    if (qFromLittleEndian<quint16>(bytes + offFlags) != 0 || qFromLittleEndian<quint32>(bytes + offReserved) != 0 ||
        qFromLittleEndian<quint32>(bytes + offAlgorithm) != quint32(crypto_pwhash_ALG_ARGON2ID13))
        return badFile(path, ExchangeCipher::tr("The header of the exchange file is damaged."));
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > ExchangeCipher::maxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > ExchangeCipher::maxMemLimit)
        return badFile(path, ExchangeCipher::tr("The key parameters of the exchange file are outside safe limits."),
                       ExchangeCipher::tr("The file is damaged or was not written by Sillage; it was not read."));
    const quint64 chunk = qFromLittleEndian<quint32>(bytes + offChunk);
    const quint64 plain = qFromLittleEndian<quint64>(bytes + offPlain);
    const quint64 count = qFromLittleEndian<quint64>(bytes + offCount);
    if (chunk != quint64(ExchangeCipher::chunkSize) || plain > ExchangeCipher::maxPlainSize ||
        count != chunkCountFor(plain))
        return badFile(path, ExchangeCipher::tr("The exchange file declares sizes that cannot be right."),
                       ExchangeCipher::tr("The file is damaged or was not written by Sillage; it was not read."));
    const quint64 expected = quint64(ExchangeCipher::headerSize) + plain + count * cipherOverhead;
    if (quint64(fileSize) < expected)
        return badFile(path, ExchangeCipher::tr("The exchange file is incomplete (truncated)."),
                       ExchangeCipher::tr("Ask for the file again: the copy was probably interrupted."));
    if (quint64(fileSize) > expected)
        return badFile(path, ExchangeCipher::tr("The exchange file has extra bytes after its end."),
                       ExchangeCipher::tr("The file is damaged; ask for it again."));
    return {};
}

} // namespace

bool ExchangeCipher::initialise()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

ExchangeCipher::KdfLimits ExchangeCipher::KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

ExchangeCipher::KdfLimits ExchangeCipher::KdfLimits::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<void> ExchangeCipher::encryptFile(const QString &plainPath, const QString &outPath, const QString &passphrase,
                                         KdfLimits limits, const ExchangeProgress &progress)
{
    if (!initialise())
        return Error(Error::Kind::Storage, tr("The encryption library cannot be started."));
    if (passphrase.isEmpty())
        return Error(Error::Kind::Usage, tr("An exchange file needs a passphrase."));
    QFile plain(plainPath);
    if (!plain.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Storage, tr("The exchange data cannot be read back."), {}, plain.errorString());
    const quint64 plainSize = quint64(plain.size());
    if (plainSize > maxPlainSize)
        return Error(Error::Kind::BadInput, tr("There is too much to put in one exchange file."),
                     tr("Export fewer dossiers at once, or exchange more often."));

    QByteArray header(headerSize, '\0');
    auto *bytes = reinterpret_cast<uchar *>(header.data());
    std::memcpy(bytes, magic, 8);
    qToLittleEndian<quint16>(quint16(formatVersion), bytes + offVersion);
    qToLittleEndian<quint32>(quint32(crypto_pwhash_ALG_ARGON2ID13), bytes + offAlgorithm);
    qToLittleEndian<quint64>(limits.opsLimit, bytes + offOps);
    qToLittleEndian<quint64>(limits.memLimit, bytes + offMem);
    randombytes_buf(bytes + offSalt, crypto_pwhash_SALTBYTES);
    qToLittleEndian<quint32>(quint32(chunkSize), bytes + offChunk);
    qToLittleEndian<quint64>(plainSize, bytes + offPlain);
    const quint64 count = chunkCountFor(plainSize);
    qToLittleEndian<quint64>(count, bytes + offCount);

    Key key;
    if (auto derived = deriveKey(key, passphrase, bytes + offSalt, limits.opsLimit, limits.memLimit); !derived)
        return derived;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes + offStream, key.bytes);

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Storage, tr("The exchange file %1 cannot be created.").arg(outPath),
                     tr("Check that the folder exists and that you may write there."), out.errorString());
    out.write(header);
    std::vector<unsigned char> cipher(chunkSize + cipherOverhead);
    quint64 done = 0;
    for (quint64 index = 0; index < count; ++index) {
        const QByteArray chunk = plain.read(chunkSize);
        const bool last = index + 1 == count;
        // The header travels as additional data of the first chunk: changing any of its bytes fails authentication.
        const unsigned char *ad = index == 0 ? bytes : nullptr;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, cipher.data(), &written, reinterpret_cast<const unsigned char *>(chunk.constData()),
            quint64(chunk.size()), ad, index == 0 ? quint64(headerSize) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        out.write(reinterpret_cast<const char *>(cipher.data()), qint64(written));
        done += quint64(chunk.size());
        if (progress && !progress(qint64(done), qint64(plainSize))) {
            sodium_memzero(&state, sizeof state);
            // Left uncommitted, the QSaveFile removes its temporary file when it goes: nothing appears at outPath.
            return Error(Error::Kind::Cancelled, tr("Writing the exchange file was stopped; no file was written."), {},
                         QDir::toNativeSeparators(outPath));
        }
    }
    sodium_memzero(&state, sizeof state);
    if (!out.commit())
        return Error(Error::Kind::Storage, tr("The exchange file %1 cannot be written.").arg(outPath),
                     tr("Check the free space on the disk, then try again."), out.errorString());
    return {};
}

Result<void> ExchangeCipher::decryptFile(const QString &inPath, const QString &plainPath, const QString &passphrase,
                                         const ExchangeProgress &progress)
{
    if (!initialise())
        return Error(Error::Kind::Storage, tr("The encryption library cannot be started."));
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, tr("The exchange file %1 cannot be opened.").arg(inPath),
                     tr("Check the path and that you may read the file."), in.errorString());
    const QByteArray header = in.read(headerSize);
    if (auto valid = checkHeader(inPath, header, in.size()); !valid)
        return valid;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint64 plainSize = qFromLittleEndian<quint64>(bytes + offPlain);
    const quint64 count = qFromLittleEndian<quint64>(bytes + offCount);

    Key key;
    if (auto derived = deriveKey(key, passphrase, bytes + offSalt, qFromLittleEndian<quint64>(bytes + offOps),
                                 qFromLittleEndian<quint64>(bytes + offMem));
        !derived)
        return derived;
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes + offStream, key.bytes) != 0)
        return badFile(inPath, tr("The header of the exchange file is damaged."));

    QFile plain(plainPath);
    plain.remove();
    if (!plain.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !plain.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(Error::Kind::Storage, tr("A temporary file cannot be created to read the exchange file."),
                     tr("Check the free space on the disk, then try again."), plain.errorString());
    std::vector<unsigned char> clear(chunkSize);
    auto failWith = [&](const Error &error) -> Result<void> {
        plain.close();
        plain.remove();
        sodium_memzero(clear.data(), clear.size());
        sodium_memzero(&state, sizeof state);
        return error;
    };

    quint64 remaining = plainSize;
    for (quint64 index = 0; index < count; ++index) {
        const quint64 clearSize = std::min<quint64>(remaining, chunkSize);
        const QByteArray cipher = in.read(qint64(clearSize + cipherOverhead));
        if (quint64(cipher.size()) != clearSize + cipherOverhead)
            return failWith(badFile(inPath, tr("The exchange file is incomplete (truncated).")));
        unsigned long long got = 0;
        unsigned char tag = 0;
        const unsigned char *ad = index == 0 ? bytes : nullptr;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, clear.data(), &got, &tag, reinterpret_cast<const unsigned char *>(cipher.constData()),
                quint64(cipher.size()), ad, index == 0 ? quint64(headerSize) : 0) != 0) {
            if (index == 0)
                return failWith(badFile(inPath,
                                        tr("The passphrase is wrong, or the file was changed after it was "
                                           "written."),
                                        tr("Check the passphrase with the person who sent the file; if it is right, "
                                           "ask for the file again.")));
            return failWith(badFile(inPath, tr("The exchange file was changed or damaged after it was written."),
                                    tr("Ask for the file again; nothing was imported.")));
        }
        const bool last = index + 1 == count;
        if ((tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last || got != clearSize)
            return failWith(badFile(inPath, tr("The exchange file was changed or damaged after it was written."),
                                    tr("Ask for the file again; nothing was imported.")));
        if (plain.write(reinterpret_cast<const char *>(clear.data()), qint64(got)) != qint64(got))
            return failWith(Error(Error::Kind::Storage, tr("The exchange file cannot be decrypted to disk."),
                                  tr("Check the free space on the disk, then try again."), plain.errorString()));
        remaining -= clearSize;
        if (progress && !progress(qint64(plainSize - remaining), qint64(plainSize)))
            return failWith(Error(Error::Kind::Cancelled,
                                  tr("Reading the exchange file was stopped; nothing was imported."), {},
                                  QDir::toNativeSeparators(inPath)));
    }
    sodium_memzero(clear.data(), clear.size());
    sodium_memzero(&state, sizeof state);
    if (!plain.flush())
        return failWith(Error(Error::Kind::Storage, tr("The exchange file cannot be decrypted to disk."),
                              tr("Check the free space on the disk, then try again."), plain.errorString()));
    plain.close();
    return {};
}
