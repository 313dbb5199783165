// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

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

private:
    struct Options
    {
        QString database;
        QString command;
        QStringList positional;
        QString out;
        qint64 size = 200;
        quint32 seed = 1;
        bool json = false;
        bool dryRun = false;
        bool figures = false;
        QString campaign;
        QString format;
        QString passphraseFile;
        QString site;
        QStringList dossiers;
        bool all = false;
        QString from;
        QString to;
        QString adviser;
    };

    int parse(const QStringList &arguments, Options &options);
    int runInit(const Options &options);
    int runCheck(const Options &options);
    int runBackup(const Options &options);
    int runDemo(const Options &options);
    int runSearch(const Options &options);
    int runImport(const Options &options);
    template <typename Importer, typename Outcome>
    int runImporter(Importer &importer, const QString &file, bool dryRun, Outcome duplicateOfBase);
    int runDropoutImport(Database &database, const QString &file, const QString &campaign, bool dryRun);
    int runRomeImport(Database &database, const QString &folder, bool dryRun);
    int runDropoutExport(Database &database, const Options &options, TabularExport::Format format);
    int runExport(const Options &options);
    int runExchange(const Options &options);
    int runStats(const Options &options);
    int runExchangeExport(const Options &options, const QString &passphrase);
    int runExchangeImport(const Options &options, const QString &passphrase);
    Result<QString> readPassphrase(const Options &options);

    Result<std::unique_ptr<Database>> openDatabase(const Options &options, Database::Access access);
    int usageError(const QString &message);
    int fail(const Error &error);
    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
};
