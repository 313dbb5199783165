// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeCommands.h"

#include "domain/Module.h"
#include "exchange/ExchangeExporter.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"

#include <QDir>
#include <QLocale>

ExchangeCommands::ExchangeCommands(CliConsole &console) : m_console(console) {}

int ExchangeCommands::run(const CliOptions &options)
{
    const QString action = options.positional.value(0);
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return m_console.usageError(
            tr("exchange takes export or import: exchange export --out FILE, exchange import FILE."));
    if (action == QLatin1String("export")) {
        if (options.out.isEmpty())
            return m_console.usageError(tr("exchange export needs --out FILE."));
        if (options.dossiers.isEmpty() && options.site.isEmpty() && !options.all)
            return m_console.usageError(
                tr("exchange export needs --site CODE (what changed since the last exchange with "
                   "that site), --all, or --dossier ID."));
        if (!options.dossiers.isEmpty() && options.all)
            return m_console.usageError(tr("--all and --dossier cannot be used together."));
    } else if (options.positional.size() != 2) {
        return m_console.usageError(tr("exchange import needs the exchange file."));
    }
    auto passphrase = readPassphrase(options);
    if (!passphrase)
        return passphrase.error().kind() == Error::Kind::Usage ? m_console.usageError(passphrase.error().message())
                                                               : m_console.fail(passphrase.error());
    return action == QLatin1String("export") ? exportFile(options, *passphrase) : importFile(options, *passphrase);
}

// A passphrase given as an argument would sit in the shell's history and in the process list: it comes from a file
// or from the environment only.
Result<QString> ExchangeCommands::readPassphrase(const CliOptions &options)
{
    auto secret = CliConsole::readSecret(options.passphraseFile, "SILLAGE_PASSPHRASE");
    if (!secret)
        return secret.error();
    const QString passphrase = *secret;
    if (passphrase.isEmpty())
        return Error(Error::Kind::Usage, tr("exchange needs a passphrase: --passphrase-file F, or the "
                                            "SILLAGE_PASSPHRASE variable."));
    return passphrase;
}

int ExchangeCommands::exportFile(const CliOptions &options, const QString &passphrase)
{
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    ExchangeExportOptions exportOptions;
    exportOptions.passphrase = passphrase;
    exportOptions.targetSite = options.site;
    exportOptions.dossierIds = options.dossiers;
    exportOptions.scope = !options.dossiers.isEmpty() ? ExchangeExportOptions::Scope::Dossiers
                          : options.all               ? ExchangeExportOptions::Scope::Everything
                                                      : ExchangeExportOptions::Scope::SinceLastExchange;
    auto summary = ExchangeExporter(**database).exportTo(options.out, exportOptions);
    if (!summary)
        return m_console.fail(summary.error());
    for (const ExchangeTableCount &count : summary->manifest.tables) {
        if (count.records > 0)
            m_console.out() << tr("  %1: %2").arg(count.table).arg(count.records) << Qt::endl;
    }
    m_console.out()
        << tr("%n record(s) written to %1.", nullptr, int(summary->total)).arg(QDir::toNativeSeparators(options.out))
        << Qt::endl;
    return 0;
}

int ExchangeCommands::importFile(const CliOptions &options, const QString &passphrase)
{
    const QString file = options.positional.at(1);
    auto database =
        m_console.openDatabase(options, options.dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    auto reader = ExchangeReader::open(file, passphrase);
    if (!reader)
        return m_console.fail(reader.error());
    const ExchangeManifest &manifest = (*reader)->manifest();
    m_console.out() << tr("From site %1 (%2), written on %3 by %4: %5.")
                           .arg(manifest.siteCode, manifest.siteName,
                                QLocale().toString(manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                                manifest.createdBy,
                                manifest.kind == ExchangeManifest::Kind::Sync ? tr("changes") : tr("dossier transfer"))
                    << Qt::endl;
    ExchangeImporter importer(**database);
    auto report = options.dryRun ? importer.preview(**reader) : importer.import(**reader, file);
    if (!report) {
        m_console.err() << tr("Nothing was imported.") << Qt::endl;
        return m_console.fail(report.error());
    }
    for (const ExchangeTableOutcome &module : report->byModule()) {
        m_console.out() << tr("%1: new %2, updated %3, deleted %4, conflicts %5, unchanged %6.")
                               .arg(Modules::label(module.module))
                               .arg(module.created)
                               .arg(module.updated)
                               .arg(module.deleted)
                               .arg(module.conflicts)
                               .arg(module.unchanged)
                        << Qt::endl;
    }
    const ExchangeTableOutcome total = report->total();
    if (report->renumbered > 0)
        m_console.out() << tr("%n dossier(s) given a local number (theirs was already used here).", nullptr,
                              int(report->renumbered))
                        << Qt::endl;
    if (options.dryRun) {
        m_console.out() << tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    m_console.out()
        << tr("Imported: %1 new, %2 updated, %3 deleted.").arg(total.created).arg(total.updated).arg(total.deleted)
        << Qt::endl;
    if (total.conflicts > 0)
        m_console.out() << tr("%n conflict(s) to resolve: records changed on both sides were left as they are here.",
                              nullptr, int(total.conflicts))
                        << Qt::endl;
    return 0;
}
