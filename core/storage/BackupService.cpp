// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupService.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {

const QString timestampFormat = QStringLiteral("yyyyMMdd-HHmmss");
const QString filePrefix = QStringLiteral("sillage-");

QString fileNameFor(const QDateTime &time)
{
    return filePrefix + time.toUTC().toString(timestampFormat) + QLatin1String(".db");
}

} // namespace

BackupService::BackupService(Database &database, BackupPolicy policy) : m_database(database), m_policy(policy) {}

Result<void> BackupService::saveCopy(const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        return Error(Error::Kind::BadInput, tr("%1 is a folder; choose a file name for the copy.").arg(target));
    if (!QDir().mkpath(info.absolutePath()))
        return Error(Error::Kind::Storage, tr("The folder %1 cannot be created.").arg(info.absolutePath()),
                     tr("Check that the disk is present and that you may write there."));
    if (QFileInfo(info.absoluteFilePath()) == QFileInfo(m_database.path()))
        return Error(Error::Kind::BadInput, tr("A copy cannot replace the database it is made from."),
                     tr("Choose another file name."));
    // VACUUM INTO refuses an existing file; writing beside it and renaming at the end also means an interrupted
    // copy never replaces a good older one.
    const QString partial = info.absoluteFilePath() + QLatin1String(".partial");
    QFile::remove(partial);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return Sql::storageError(query, tr("writing a copy to %1").arg(target));
    }
    if (info.exists() && !QFile::remove(info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(Error::Kind::Storage, tr("The existing file %1 cannot be replaced.").arg(target),
                     tr("Check that it is not open in another program and that you may write there."));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        return Error(Error::Kind::Storage, tr("The copy cannot be saved as %1.").arg(target),
                     tr("Check that you may write in that folder."));
    }
    return {};
}

Result<std::optional<QString>> BackupService::runSchedule(const QDateTime &now)
{
    std::optional<QString> taken;
    const QList<BackupCopy> daily = dailyCopies();
    if (daily.isEmpty() || daily.constFirst().takenAt.secsTo(now) >= 24 * 3600) {
        const QString path = folder(QStringLiteral("daily")) + QLatin1Char('/') + fileNameFor(now);
        if (auto saved = saveCopy(path); !saved)
            return saved.error().prefixed(tr("The scheduled backup failed"));
        taken = path;
    }
    const QList<BackupCopy> weekly = weeklyCopies();
    if (weekly.isEmpty() || weekly.constFirst().takenAt.daysTo(now) >= 7) {
        const QList<BackupCopy> newestDaily = dailyCopies();
        if (!newestDaily.isEmpty()) {
            const QString target = folder(QStringLiteral("weekly")) + QLatin1Char('/') + fileNameFor(now);
            QDir().mkpath(folder(QStringLiteral("weekly")));
            if (!QFile::copy(newestDaily.constFirst().path, target))
                return Error(Error::Kind::Storage, tr("The weekly backup copy cannot be written."),
                             tr("Free some space on the disk that holds %1.").arg(folder(QStringLiteral("weekly"))));
        }
    }
    if (auto pruned = prune(QStringLiteral("daily"), m_policy.dailyCopies); !pruned)
        return pruned.error();
    if (auto pruned = prune(QStringLiteral("weekly"), m_policy.weeklyCopies); !pruned)
        return pruned.error();
    return taken;
}

QList<BackupCopy> BackupService::dailyCopies() const
{
    return copiesIn(QStringLiteral("daily"));
}

QList<BackupCopy> BackupService::weeklyCopies() const
{
    return copiesIn(QStringLiteral("weekly"));
}

QDateTime BackupService::lastBackupTime() const
{
    QDateTime last;
    for (const QList<BackupCopy> &copies : {dailyCopies(), weeklyCopies()}) {
        if (!copies.isEmpty() && (!last.isValid() || copies.constFirst().takenAt > last))
            last = copies.constFirst().takenAt;
    }
    return last;
}

QString BackupService::folder(const QString &kind) const
{
    return m_database.backupDirectory() + QLatin1Char('/') + kind;
}

QList<BackupCopy> BackupService::copiesIn(const QString &kind) const
{
    QList<BackupCopy> copies;
    const QDir dir(folder(kind));
    const QStringList names = dir.entryList({filePrefix + QLatin1String("*.db")}, QDir::Files);
    for (const QString &name : names) {
        const QString stamp = name.mid(filePrefix.size(), timestampFormat.size());
        QDateTime takenAt = QDateTime::fromString(stamp, timestampFormat);
        if (!takenAt.isValid())
            continue; // Not one of ours: a user's own file is never rotated away.
        takenAt.setTimeZone(QTimeZone::utc());
        copies << BackupCopy{dir.filePath(name), takenAt};
    }
    std::sort(copies.begin(), copies.end(),
              [](const BackupCopy &a, const BackupCopy &b) { return a.takenAt > b.takenAt; });
    return copies;
}

Result<void> BackupService::prune(const QString &kind, int keep)
{
    const QList<BackupCopy> copies = copiesIn(kind);
    for (qsizetype i = keep; i < copies.size(); ++i) {
        if (!QFile::remove(copies.at(i).path))
            return Error(Error::Kind::Storage, tr("The old backup copy %1 cannot be removed.").arg(copies.at(i).path),
                         tr("Check the permissions of the backup folder."));
    }
    return {};
}
