// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "DataSettings.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "demo/DemoGenerator.h"
#include "privacy/RetentionPolicy.h"

#include <QFileInfo>

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    connect(&m_maintenance, &MaintenanceJob::finished, this, &Workspace::maintenanceFinished);
    m_maintenanceDelay.setSingleShot(true);
    m_maintenanceDelay.setInterval(std::chrono::seconds(3));
    connect(&m_maintenanceDelay, &QTimer::timeout, this, &Workspace::startMaintenance);
}

Workspace::~Workspace() = default;

Result<void> Workspace::open(const QString &path)
{
    auto opened = Database::open(path, Database::Access::ReadWrite);
    if (!opened)
        return opened.error();
    // Signed in (or known to need a password) before it replaces the current database, which stays open otherwise.
    std::unique_ptr<Database> database = std::move(opened).value();
    database->setSiteCode(DataSettings(*database).siteCode());
    auto passwords = UserDirectory(*database).passwordsInUse();
    if (!passwords)
        return passwords.error();
    if (*passwords) {
        // The window asks first; until then nobody works on it, and no name is written.
        database->setCurrentUser(QString());
    } else if (auto signedIn = UserDirectory(*database).signInWithoutPassword(m_userName); !signedIn) {
        // Without passwords the installation is single-user and opens at once.
        return signedIn.error();
    }
    m_database = std::move(database);
    m_signInNeeded = *passwords;
    if (!m_signInNeeded)
        purgeOldAuditEntries();
    emit databaseChanged();
    // Neither holds the window up, nor competes with its first pages for the disk: they start a few seconds
    // later. A damaged file or a failed backup is reported, and the database stays open.
    m_maintenanceDelay.start();
    return {};
}

Result<void> Workspace::openDemo(const QString &path, qint64 size)
{
    auto opened = Database::open(path, Database::Access::ReadWrite);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    database->setCurrentUser(m_userName);
    auto count = BeneficiaryRepository(*database).count();
    if (!count)
        return count.error();
    if (*count == 0) {
        if (auto generated = DemoGenerator(*database).generate(size, 1); !generated)
            return generated.error();
    }
    database.reset();
    return open(path);
}

QString Workspace::defaultDemoPath()
{
    return QFileInfo(Database::defaultPath()).absolutePath() + QLatin1String("/sillage-demo.db");
}

Result<void> Workspace::setSite(const QString &code, const QString &name)
{
    if (!m_database)
        return Error(Error::Kind::Usage, tr("No database is open."));
    if (auto saved = DataSettings(*m_database).setSite(code, name); !saved)
        return saved;
    emit siteChanged();
    return {};
}

void Workspace::close()
{
    m_maintenanceDelay.stop();
    if (!m_database)
        return;
    m_database.reset();
    emit databaseChanged();
}

Result<UserAccount> Workspace::signIn(const QString &name, const QString &password)
{
    if (!m_database)
        return Error(Error::Kind::Usage, tr("No database is open."));
    auto account = UserDirectory(*m_database).signIn(name, password);
    if (!account)
        return account;
    m_signInNeeded = false;
    m_userName = account->name;
    purgeOldAuditEntries();
    return account;
}

void Workspace::purgeOldAuditEntries()
{
    // Nobody can act on a failure here, and the next start tries again: it is only logged.
    if (auto purged = RetentionPolicy(*m_database).purgeAuditLog(QDate::currentDate()); !purged)
        qWarning("%s", qPrintable(purged.error().fullText()));
}

void Workspace::setUserName(const QString &name)
{
    m_userName = name.trimmed();
    if (m_database)
        m_database->setCurrentUser(m_userName);
}

QDateTime Workspace::lastBackupTime() const
{
    return m_database ? BackupService(*m_database).lastBackupTime() : QDateTime();
}

void Workspace::runBackupSchedule()
{
    if (m_database)
        m_maintenance.start(m_database->path(), m_database->backupDirectory(), false);
}

void Workspace::startMaintenance()
{
    m_maintenanceDelay.stop();
    if (m_database)
        m_maintenance.start(m_database->path(), m_database->backupDirectory(), true);
}

void Workspace::waitForMaintenance()
{
    if (m_maintenanceDelay.isActive())
        startMaintenance();
    m_maintenance.waitForFinished();
}

void Workspace::maintenanceFinished(const MaintenanceReport &report)
{
    // A report about a file that was closed since is of no use to anyone.
    if (!m_database || report.databasePath != m_database->path())
        return;
    if (report.damage)
        emit damageFound(*report.damage);
    if (report.backupError)
        emit backupFailed(*report.backupError);
    if (!report.newBackup.isEmpty())
        emit backupTaken();
}
