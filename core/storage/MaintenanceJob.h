// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <optional>

class QThread;

/** What a maintenance run found and did. */
struct MaintenanceReport
{
    QString databasePath;
    /// quick_check or foreign_key_check found damage (only when the run checked).
    std::optional<Error> damage;
    /// The scheduled copy was due and could not be written.
    std::optional<Error> backupError;
    /// The scheduled copy written by this run; empty when none was due.
    QString newBackup;
};

/**
 * The slow care of a database file, away from the window: the integrity check (quick_check and foreign_key_check
 * read the whole file: two seconds at 100 000 dossiers) and the scheduled backup copy (VACUUM INTO, a few seconds
 * more). Both run in a thread of their own on a read-only connection, which WAL lets read a consistent state while
 * the user goes on writing; the report comes back on the thread that started the run.
 */
class MaintenanceJob : public QObject
{
    Q_OBJECT

public:
    explicit MaintenanceJob(QObject *parent = nullptr);
    /// Waits for a run in progress: a backup copy is not left half written.
    ~MaintenanceJob() override;

    /// Starts a run on the file at path, unless one is already running (its report will come).
    void start(const QString &path, const QString &backupDirectory, bool checkIntegrity);
    bool isRunning() const;
    /// Blocks until the current run (if any) has ended and its report was sent.
    void waitForFinished();

    /// The same work, on the calling thread.
    static MaintenanceReport run(const QString &path, const QString &backupDirectory, bool checkIntegrity);

signals:
    void finished(const MaintenanceReport &report);

private:
    void deliver();

    QThread *m_thread = nullptr;
    MaintenanceReport m_report;
};
