// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConsole.h"
#include "CliOptions.h"
#include "common/Result.h"
#include "io/TabularExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

/**
 * sillage-cli: reads the arguments, calls the core service for the command, prints the outcome and returns the exit
 * code of the contract (0 done, 1 usage, 2 bad input, 3 storage).
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();
    int run(const QStringList &arguments);

    /// Whether the command writes a PDF (a file named *.pdf among the arguments), which needs a GUI application.
    static bool writesPdf(int argc, char *argv[]);

private:
    int parse(const QStringList &arguments, CliOptions &options);
    int runInit(const CliOptions &options);
    int runCheck(const CliOptions &options);
    int runBackup(const CliOptions &options);
    int runDemo(const CliOptions &options);
    int runSearch(const CliOptions &options);
    int runImport(const CliOptions &options);
    template <typename Importer, typename Outcome>
    int runImporter(Importer &importer, const QString &file, bool dryRun, Outcome duplicateOfBase);
    int runDropoutImport(Database &database, const QString &file, const QString &campaign, bool dryRun);
    int runRomeImport(Database &database, const QString &folder, bool dryRun);
    int runDropoutExport(Database &database, const CliOptions &options, TabularExport::Format format);
    int runExport(const CliOptions &options);

    QString helpText() const;

    CliConsole m_console;
    QTextStream &m_out;
    QTextStream &m_err;
};
