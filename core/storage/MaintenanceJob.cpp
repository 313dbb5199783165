// SPDX-License-Identifier: GPL-3.0-or-later
#include "MaintenanceJob.h"

#include "BackupService.h"
#include "Database.h"

#include <QThread>

MaintenanceJob::MaintenanceJob(QObject *parent) : QObject(parent) {}

MaintenanceJob::~MaintenanceJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void MaintenanceJob::start(const QString &path, const QString &backupDirectory, bool checkIntegrity)
{
    if (isRunning())
        return;
    m_thread = QThread::create(
        [this, path, backupDirectory, checkIntegrity] { m_report = run(path, backupDirectory, checkIntegrity); });
    // QThread::finished is emitted from the worker; the receiver lives here, so deliver() runs on this thread.
    connect(m_thread, &QThread::finished, this, &MaintenanceJob::deliver);
    m_thread->start(QThread::LowPriority);
}

bool MaintenanceJob::isRunning() const
{
    return m_thread != nullptr;
}

void MaintenanceJob::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    deliver();
}

void MaintenanceJob::deliver()
{
    if (!m_thread)
        return;
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished(m_report);
}

MaintenanceReport MaintenanceJob::run(const QString &path, const QString &backupDirectory, bool checkIntegrity)
{
    MaintenanceReport report;
    report.databasePath = path;
    Database::Options options;
    options.path = path;
    options.access = Database::Access::ReadOnly;
    options.backupDirectory = backupDirectory;
    auto opened = Database::open(options);
    if (!opened) {
        report.backupError = opened.error();
        return report;
    }
    Database &database = **opened;
    if (checkIntegrity) {
        if (auto healthy = database.checkIntegrity(); !healthy) {
            // A damaged file is not copied over the good copies of the last days.
            report.damage = healthy.error();
            return report;
        }
    }
    auto taken = BackupService(database).runSchedule();
    if (!taken)
        report.backupError = taken.error();
    else if (taken->has_value())
        report.newBackup = **taken;
    return report;
}
