// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Database;

/** How many rotated copies to keep, and how often to take them. */
struct BackupPolicy
{
    int dailyCopies = 7;
    int weeklyCopies = 4;
};

/** One copy on disk. */
struct BackupCopy
{
    QString path;
    QDateTime takenAt; ///< UTC, read from the file name so that copying the folder keeps it.
};

/**
 * Copies of the database: the rotated ones taken on a schedule (a daily copy when the last one is older than a day,
 * promoted to a weekly copy once a week) and the copies a user asks for. Copies are made with VACUUM INTO, which
 * gives a consistent, compact file even while the database is in use; restoring is opening a copy.
 */
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(Database &database, BackupPolicy policy = {});

    /// Writes a consistent copy to target (replacing it only once the copy is complete).
    Result<void> saveCopy(const QString &target);

    /// Takes the daily copy if the newest one is a day old or more (and the weekly one likewise), then drops the
    /// copies beyond the policy. Returns the new copy's path, or nothing when none was due.
    Result<std::optional<QString>> runSchedule(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QList<BackupCopy> dailyCopies() const;
    QList<BackupCopy> weeklyCopies() const;
    /// The newest rotated copy's time, invalid when there is none yet.
    QDateTime lastBackupTime() const;

private:
    QString folder(const QString &kind) const;
    QList<BackupCopy> copiesIn(const QString &kind) const;
    Result<void> prune(const QString &kind, int keep);

    Database &m_database;
    BackupPolicy m_policy;
};
