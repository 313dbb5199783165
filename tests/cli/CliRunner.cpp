// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

CliRunner::CliRunner(const QString &folder) : m_folder(folder)
{
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.remove(QStringLiteral("SILLAGE_DB"));
    m_environment.insert(QStringLiteral("HOME"), folder);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QLatin1String("/data"));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QLatin1String("/config"));
}

void CliRunner::start(QProcess &process, const QString &db, const QStringList &arguments) const
{
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_folder);
    const QStringList command =
        QStringList{qEnvironmentVariable("SILLAGE_CLI"), QStringLiteral("--db"), db} + arguments;
    if (m_wrapper.isEmpty())
        process.start(command.first(), command.mid(1));
    else
        process.start(m_wrapper.first(), m_wrapper.mid(1) + command);
}

int CliRunner::run(const QString &db, const QStringList &arguments, QString *output) const
{
    QProcess process;
    start(process, db, arguments);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(280'000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
