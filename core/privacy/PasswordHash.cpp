// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordHash.h"

#include <sodium.h>

Result<QString> PasswordHash::hash(const QString &password)
{
    if (sodium_init() < 0)
        return Error(Error::Kind::Storage, tr("The encryption library cannot start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error(Error::Kind::Storage, tr("The password could not be protected: the computer lacks memory."));
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || sodium_init() < 0)
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

Result<void> PasswordHash::checkNew(const QString &password)
{
    if (password.size() < minimumLength)
        return Error(Error::Kind::Usage, tr("A password has at least %n character(s).", nullptr, minimumLength));
    return {};
}
