// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupService.h"
#include "Database.h"
#include "MaintenanceJob.h"
#include "common/Result.h"
#include "privacy/UserDirectory.h"

#include <QObject>
#include <QTimer>

#include <memory>

/**
 * The database the application works on, and who works on it. Opening a file here also sets the site and the
 * author of writes from the file's settings, and starts in the background the file's integrity check and the
 * scheduled backup copy if one is due, so the window and the tests get the same behaviour.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// Opens path for writing, replacing the current database only if the new one opens. The integrity check and
    /// the scheduled backup follow in the background: damageFound(), backupTaken() or backupFailed() tell the end.
    Result<void> open(const QString &path);
    /// Opens (creating it if needed) the demonstration database at path, filled with size fictitious dossiers the
    /// first time.
    Result<void> openDemo(const QString &path, qint64 size = 300);
    /// The demonstration database of this workstation, beside the default one.
    static QString defaultDemoPath();
    /// Changes the site of the open database (code and name), as DataSettings::setSite.
    Result<void> setSite(const QString &code, const QString &name);
    void close();

    Database *database() const { return m_database.get(); }
    bool isOpen() const { return m_database != nullptr; }

    QString userName() const { return m_userName; }
    void setUserName(const QString &name);

    /// Whether the open database asks for a name and a password before anything is shown: an account has one.
    bool signInNeeded() const { return m_signInNeeded; }
    /// Checks the password; the database then works as that user, with that account's role.
    Result<UserAccount> signIn(const QString &name, const QString &password);

    /// The newest rotated backup copy, invalid when there is none.
    QDateTime lastBackupTime() const;
    /// Takes the scheduled copy in the background if one is due; called on open and by the window every hour.
    void runBackupSchedule();
    /// Starts the background check and backup of the open database if they are still waiting, waits for their
    /// end and reports it.
    void waitForMaintenance();

signals:
    void databaseChanged();
    void siteChanged();
    void backupTaken();
    void backupFailed(const Error &error);
    /// The open database failed its integrity check: the user should go back to a backup copy.
    void damageFound(const Error &error);

private:
    /// The audit trail keeps its period (RetentionRules): older entries go once someone is signed in.
    void purgeOldAuditEntries();
    void startMaintenance();
    void maintenanceFinished(const MaintenanceReport &report);

    std::unique_ptr<Database> m_database;
    QString m_userName;
    bool m_signInNeeded = false;
    MaintenanceJob m_maintenance;
    QTimer m_maintenanceDelay;
};
