// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "DataSettings.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "demo/DemoGenerator.h"

#include <QFileInfo>

Workspace::Workspace(QObject *parent) : QObject(parent) {}

Workspace::~Workspace() = default;

Result<void> Workspace::open(const QString &path)
{
    auto opened = Database::open(path, Database::Access::ReadWrite);
    if (!opened)
        return opened.error();
    m_database = std::move(opened).value();
    m_database->setSiteCode(DataSettings(*m_database).siteCode());
    m_database->setCurrentUser(m_userName);
    emit databaseChanged();
    // A failed backup must not keep anyone from working: it is reported, and the database stays open.
    if (auto backedUp = runBackupSchedule(); !backedUp)
        emit backupFailed(backedUp.error());
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
    if (!m_database)
        return;
    m_database.reset();
    emit databaseChanged();
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

Result<void> Workspace::runBackupSchedule()
{
    if (!m_database)
        return {};
    auto taken = BackupService(*m_database).runSchedule();
    if (!taken)
        return taken.error();
    if (taken->has_value())
        emit backupTaken();
    return {};
}
