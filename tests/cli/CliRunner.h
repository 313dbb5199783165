// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/**
 * Runs the real sillage-cli (SILLAGE_CLI) on a database, with a clean environment whose home and data folders are
 * inside folder, so that nothing can touch the user's own database; optionally under a wrapper such as prlimit.
 */
class CliRunner
{
public:
    explicit CliRunner(const QString &folder);

    /// A program the command runs under, with its arguments (prlimit --fsize=N --).
    void setWrapper(const QStringList &wrapper) { m_wrapper = wrapper; }

    void start(QProcess &process, const QString &db, const QStringList &arguments) const;
    /// Runs to the end: the exit code, or -1 when it did not run or was killed. output gets stdout and stderr.
    int run(const QString &db, const QStringList &arguments, QString *output = nullptr) const;

private:
    QString m_folder;
    QProcessEnvironment m_environment;
    QStringList m_wrapper;
};
