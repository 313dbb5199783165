// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace {

std::filesystem::path nativePath(const QString &path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

Result<void> AtomicFile::write(const QString &path, const Producer &produce)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    Result<void> produced = produce(file);
    if (!produced) {
        file.cancelWriting();
        return produced;
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<QString> AtomicFile::createTemporaryBeside(const QString &path)
{
    const QFileInfo target(path);
    if (!target.dir().exists())
        return writeError(path, tr("the folder does not exist"));
    // Hidden and named after the target, so that a file left by a crash is recognisable and sorts beside it.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate =
            target.dir().filePath(QStringLiteral(".%1.%2.part")
                                      .arg(target.fileName())
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
        QFile file(candidate);
        // NewOnly never reuses an existing file, and creates it with the usual permissions (0666 less the umask).
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate;
        if (!QFileInfo::exists(candidate)) // not a name clash: the folder refuses
            return writeError(path, file.errorString());
    }
    return writeError(path, tr("no temporary file could be created beside it"));
}

Result<void> AtomicFile::replace(const QString &temporaryPath, const QString &path)
{
    if (QFileInfo::exists(path))
        QFile::setPermissions(temporaryPath, QFile::permissions(path));
    // std::filesystem::rename replaces an existing target in one step on every system (rename(2), MoveFileEx),
    // whereas QFile::rename refuses to overwrite.
    std::error_code error;
    std::filesystem::rename(nativePath(temporaryPath), nativePath(path), error);
    if (error) {
        QFile::remove(temporaryPath);
        return writeError(path, QString::fromStdString(error.message()));
    }
    return {};
}

Error AtomicFile::writeError(const QString &path, const QString &reason)
{
    return Error(Error::Kind::Storage, tr("“%1” cannot be written: %2").arg(QDir::toNativeSeparators(path), reason),
                 tr("Check that the folder exists, that you may write in it and that the disk is not full."), path);
}
