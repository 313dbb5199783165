// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "beneficiaries/BeneficiaryExporter.h"
#include "beneficiaries/BeneficiaryImporter.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "careers/CareerExporter.h"
#include "careers/RomeImporter.h"
#include "placements/CompanyImporter.h"
#include "placements/PlacementExporter.h"
#include "demo/DemoGenerator.h"
#include "domain/Module.h"
#include "dropouts/DropoutExporter.h"
#include "dropouts/DropoutImporter.h"
#include "io/DateParser.h"
#include "ExchangeCommands.h"
#include "PrivacyCommands.h"
#include "ReportCommands.h"
#include "search/SearchService.h"
#include "storage/BackupService.h"
#include "storage/DataSettings.h"

#include "io/TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// Options that take a value, given as "--db FILE" or "--db=FILE".
const QStringList valueOptions = {
    QStringLiteral("--db"),       QStringLiteral("--out"),     QStringLiteral("--size"),
    QStringLiteral("--seed"),     QStringLiteral("--format"),  QStringLiteral("--campaign"),
    QStringLiteral("--site"),     QStringLiteral("--dossier"), QStringLiteral("--passphrase-file"),
    QStringLiteral("--from"),     QStringLiteral("--to"),      QStringLiteral("--adviser"),
    QStringLiteral("--year"),     QStringLiteral("--user"),    QStringLiteral("--password-file"),
    QStringLiteral("--site-name")};

} // namespace

CommandLine::CommandLine() : m_out(m_console.out()), m_err(m_console.err()) {}

QString CommandLine::helpText() const
{
    return tr("Usage: sillage-cli [--db FILE] COMMAND [OPTIONS]\n"
              "\n"
              "Commands:\n"
              "  init [--site CODE [--site-name NAME]]\n"
              "                              create the database, or upgrade it to this version; with --site,\n"
              "                              set the site it belongs to (as the first start asks)\n"
              "  check                       check the database's integrity\n"
              "  backup --out FILE           write a consistent copy of the database\n"
              "  demo [--size N] [--seed S]  add N fictitious dossiers (same seed, same people)\n"
              "  search TEXT [--json]        search every module (accents and word beginnings are enough)\n"
              "  import beneficiaries|companies FILE [--dry-run]\n"
              "                              import dossiers or host companies from a CSV file (all or nothing)\n"
              "  import dropouts FILE --campaign NAME [--dry-run]\n"
              "                              import a dropout list into a campaign: new cases, cases linked to\n"
              "                              dossiers, cases already open, rows to review (all or nothing)\n"
              "  import rome DIR [--dry-run]\n"
              "                              import the ROME open-data files of a folder (unix_*_vNNN_utf8.csv);\n"
              "                              a newer version replaces the referential, local sheets are kept\n"
              "  export beneficiaries|placements|dropouts|careers|audit --format csv|xlsx|json --out FILE\n"
              "                              export every dossier, immersion or dropout case, the local\n"
              "                              career sheets or the audit trail; dropouts --figures: the figures\n"
              "                              of each campaign; audit [--from D] [--to D] [--adviser NAME]\n"
              "                              [--dossier NUMBER]: who did what, filtered\n"
              "  exchange export --out FILE [--passphrase-file F] [--site CODE | --all] [--dossier ID]\n"
              "                              write an encrypted exchange file: what changed since the last\n"
              "                              exchange with a site, everything, or the dossiers given (a transfer)\n"
              "  exchange import FILE [--passphrase-file F] [--dry-run]\n"
              "                              show what an exchange file brings, then merge it (all or nothing);\n"
              "                              records changed on both sides are kept as conflicts to resolve\n"
              "  stats [--from DATE] [--to DATE] [--site CODE] [--adviser NAME] [--json | --out FILE]\n"
              "                              the dashboard's figures for a period (default: this year so far),\n"
              "                              each with its definition; --out writes them as .xlsx or .pdf\n"
              "  report activity --year YEAR [--site CODE] [--json | --out FILE]\n"
              "                              the activity report (bilan d'activité) of a year: key figures,\n"
              "                              then each indicator by sex, age, level, programme…; .pdf or .xlsx\n"
              "  privacy retention [--json] [--apply]\n"
              "                              the dossiers and dropout cases whose retention period is over, and\n"
              "                              why; --apply anonymises them after a backup\n"
              "  privacy access DOSSIER --out DIR\n"
              "                              right of access: a PDF and a JSON file with everything held about\n"
              "                              the person of a dossier (number or id) and the accesses to it\n"
              "\n"
              "Options:\n"
              "  --db FILE                   the database (default: %1; or the SILLAGE_DB variable)\n"
              "  --passphrase-file F         the file holding the exchange passphrase (or the SILLAGE_PASSPHRASE\n"
              "                              variable; never on the command line)\n"
              "  --user NAME                 who works, once the accounts have passwords; the password comes\n"
              "  --password-file F           from this file or the SILLAGE_PASSWORD variable\n"
              "  -h, --help                  show this help\n"
              "  -v, --version               show the version\n"
              "\n"
              "Exit codes: 0 done, 1 usage error, 2 bad input (nothing written), 3 storage error.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

bool CommandLine::writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).toLower().endsWith(".pdf"))
            return true;
        // The answer to a right-of-access request is a PDF whatever the folder is called.
        if (i + 1 < argc && qstrcmp(argv[i], "privacy") == 0 && qstrcmp(argv[i + 1], "access") == 0)
            return true;
    }
    return false;
}

int CommandLine::run(const QStringList &arguments)
{
    CliOptions options;
    if (const int parsed = parse(arguments, options); parsed >= 0)
        return parsed;
    if (options.command == QLatin1String("init"))
        return runInit(options);
    if (options.command == QLatin1String("check"))
        return runCheck(options);
    if (options.command == QLatin1String("backup"))
        return runBackup(options);
    if (options.command == QLatin1String("demo"))
        return runDemo(options);
    if (options.command == QLatin1String("search"))
        return runSearch(options);
    if (options.command == QLatin1String("import"))
        return runImport(options);
    if (options.command == QLatin1String("export"))
        return runExport(options);
    if (options.command == QLatin1String("exchange"))
        return ExchangeCommands(m_console).run(options);
    if (options.command == QLatin1String("stats"))
        return ReportCommands(m_console).stats(options);
    if (options.command == QLatin1String("report"))
        return ReportCommands(m_console).report(options);
    if (options.command == QLatin1String("privacy"))
        return PrivacyCommands(m_console).run(options);
    return m_console.usageError(tr("Unknown command \"%1\".").arg(options.command));
}

// Returns an exit code when the run ends here (help, version, usage error), -1 to go on with the command.
int CommandLine::parse(const QStringList &arguments, CliOptions &options)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && equals > 0) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
        } else if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size())
                return m_console.usageError(tr("The option %1 needs a value.").arg(argument));
            value = arguments.at(++i);
        }
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            m_out << helpText();
            return 0;
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            m_out << tr("sillage-cli %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
            return 0;
        }
        if (argument == QLatin1String("--db")) {
            options.database = value;
        } else if (argument == QLatin1String("--out")) {
            options.out = value;
        } else if (argument == QLatin1String("--size")) {
            bool ok = false;
            options.size = value.toLongLong(&ok);
            if (!ok || options.size < 0 || options.size > 10'000'000)
                return m_console.usageError(tr("--size takes a number of dossiers between 0 and 10000000."));
        } else if (argument == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value.toUInt(&ok);
            if (!ok)
                return m_console.usageError(tr("--seed takes a whole positive number."));
        } else if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--dry-run")) {
            options.dryRun = true;
        } else if (argument == QLatin1String("--format")) {
            options.format = value;
        } else if (argument == QLatin1String("--campaign")) {
            options.campaign = value;
        } else if (argument == QLatin1String("--figures")) {
            options.figures = true;
        } else if (argument == QLatin1String("--passphrase-file")) {
            options.passphraseFile = value;
        } else if (argument == QLatin1String("--site")) {
            options.site = value;
        } else if (argument == QLatin1String("--site-name")) {
            options.siteName = value;
        } else if (argument == QLatin1String("--dossier")) {
            options.dossiers << value;
        } else if (argument == QLatin1String("--from")) {
            options.from = value;
        } else if (argument == QLatin1String("--to")) {
            options.to = value;
        } else if (argument == QLatin1String("--adviser")) {
            options.adviser = value;
        } else if (argument == QLatin1String("--year")) {
            bool ok = false;
            options.year = value.toInt(&ok);
            if (!ok || options.year < 1900 || options.year > 9999)
                return m_console.usageError(tr("--year takes a year of four digits, e.g. 2025."));
        } else if (argument == QLatin1String("--user")) {
            options.user = value;
        } else if (argument == QLatin1String("--password-file")) {
            options.passwordFile = value;
        } else if (argument == QLatin1String("--apply")) {
            options.apply = true;
        } else if (argument == QLatin1String("--all")) {
            options.all = true;
        } else if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return m_console.usageError(tr("Unknown option \"%1\".").arg(argument));
        } else if (options.command.isEmpty()) {
            options.command = argument;
        } else {
            options.positional << argument;
        }
    }
    if (options.command.isEmpty())
        return m_console.usageError(tr("No command given."));
    if (options.database.isEmpty())
        options.database = Database::defaultPath();
    return -1;
}

int CommandLine::runInit(const CliOptions &options)
{
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    if (!options.site.isEmpty()) {
        const QString name = options.siteName.isEmpty() ? options.site : options.siteName;
        if (auto set = DataSettings(**database).setSite(options.site, name); !set)
            return m_console.fail(set.error());
    }
    m_out << tr("Database ready: %1 (schema %2).")
                 .arg(QDir::toNativeSeparators((*database)->path()))
                 .arg((*database)->schemaVersion())
          << Qt::endl;
    return 0;
}

int CommandLine::runCheck(const CliOptions &options)
{
    auto database = m_console.openDatabase(options, Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    // Opening already ran quick_check and foreign_key_check; a full integrity_check reads every index entry too.
    if (auto healthy = (*database)->checkIntegrity(); !healthy)
        return m_console.fail(healthy.error());
    auto count = BeneficiaryRepository(**database).count();
    if (!count)
        return m_console.fail(count.error());
    const QDateTime lastBackup = BackupService(**database).lastBackupTime();
    m_out << tr("The database is sound: %1 (schema %2, %n dossier(s)).", nullptr, int(*count))
                 .arg(QDir::toNativeSeparators((*database)->path()))
                 .arg((*database)->schemaVersion())
          << Qt::endl;
    m_out << (lastBackup.isValid()
                  ? tr("Last backup copy: %1.").arg(QLocale().toString(lastBackup.toLocalTime(), QLocale::ShortFormat))
                  : tr("No backup copy yet."))
          << Qt::endl;
    return 0;
}

int CommandLine::runBackup(const CliOptions &options)
{
    if (options.out.isEmpty())
        return m_console.usageError(tr("backup needs --out FILE."));
    auto database = m_console.openDatabase(options, Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    if (auto saved = BackupService(**database).saveCopy(options.out); !saved)
        return m_console.fail(saved.error());
    m_out << tr("Copy saved: %1").arg(QDir::toNativeSeparators(options.out)) << Qt::endl;
    return 0;
}

int CommandLine::runDemo(const CliOptions &options)
{
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    auto summary = DemoGenerator(**database).generate(options.size, options.seed);
    if (!summary)
        return m_console.fail(summary.error());
    m_out << tr("%n fictitious dossier(s) added.", nullptr, int(summary->beneficiaries)) << Qt::endl;
    return 0;
}

int CommandLine::runSearch(const CliOptions &options)
{
    if (options.positional.isEmpty())
        return m_console.usageError(tr("search needs the text to look for."));
    const QString text = options.positional.join(QLatin1Char(' '));
    auto database = m_console.openDatabase(options, Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    auto hits = SearchService(**database).search(text, 20);
    if (!hits)
        return m_console.fail(hits.error());
    if (options.json) {
        QJsonArray results;
        for (const SearchHit &hit : std::as_const(*hits))
            results.append(hit.toJson());
        const QJsonObject document{{QStringLiteral("query"), text}, {QStringLiteral("results"), results}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (hits->isEmpty()) {
        m_out << tr("No result for \"%1\".").arg(text) << Qt::endl;
        return 0;
    }
    std::optional<Module> current;
    for (const SearchHit &hit : std::as_const(*hits)) {
        if (current != hit.module) {
            current = hit.module;
            m_out << Modules::label(hit.module) << Qt::endl;
        }
        m_out << QLatin1String("  ") << hit.title << QLatin1String("  (") << hit.subtitle << QLatin1String(")  ")
              << hit.recordId << Qt::endl;
    }
    return 0;
}

// Both importers plan the same way (rows new, duplicated, rejected) and print the same report.
template <typename Importer, typename Outcome>
int CommandLine::runImporter(Importer &importer, const QString &file, bool dryRun, Outcome duplicateOfBase)
{
    auto plan = importer.plan(file);
    if (!plan)
        return m_console.fail(plan.error());
    m_out << tr("%1: %2, separator %3, %n row(s).", nullptr, int(plan->rows.size()))
                 .arg(QDir::toNativeSeparators(file), TextDecoder::label(plan->data.encoding),
                      plan->data.separatorLabel)
          << Qt::endl;
    m_out << tr("New: %1; already in the base: %2; repeated in the file: %3; rejected: %4.")
                 .arg(plan->count(Outcome::New))
                 .arg(plan->count(duplicateOfBase))
                 .arg(plan->count(Outcome::DuplicateInFile))
                 .arg(plan->count(Outcome::Rejected))
          << Qt::endl;
    for (const auto &row : std::as_const(plan->rows)) {
        if (row.outcome == duplicateOfBase || row.outcome == Outcome::DuplicateInFile)
            m_out << tr("%1:%2: skipped, same as %3.")
                         .arg(QDir::toNativeSeparators(file))
                         .arg(row.line)
                         .arg(row.duplicateOf)
                  << Qt::endl;
    }
    for (const TabularProblem &problem : std::as_const(plan->problems))
        m_err << tr("%1: %2").arg(QDir::toNativeSeparators(file), problem.message) << Qt::endl;
    if (!plan->canRun()) {
        m_err << tr("Nothing was written: correct the file, then import it again.") << Qt::endl;
        return 2;
    }
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    auto created = importer.run(*plan, file);
    if (!created)
        return m_console.fail(created.error());
    m_out << tr("%n record(s) imported.", nullptr, *created) << Qt::endl;
    return 0;
}

int CommandLine::runImport(const CliOptions &options)
{
    const QString what = options.positional.value(0);
    if (what == QLatin1String("dropouts")) {
        if (options.positional.size() != 2)
            return m_console.usageError(tr("import needs the file to import."));
        if (options.campaign.trimmed().isEmpty())
            return m_console.usageError(tr("import dropouts needs --campaign NAME: the campaign the list belongs to."));
        auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
        if (!database)
            return m_console.fail(database.error());
        return runDropoutImport(**database, options.positional.at(1), options.campaign, options.dryRun);
    }
    if (what == QLatin1String("rome")) {
        if (options.positional.size() != 2)
            return m_console.usageError(tr("import rome needs the folder of the ROME files."));
        auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
        if (!database)
            return m_console.fail(database.error());
        return runRomeImport(**database, options.positional.at(1), options.dryRun);
    }
    if (what != QLatin1String("beneficiaries") && what != QLatin1String("companies"))
        return m_console.usageError(
            tr("import takes what to import, then the file: import beneficiaries|companies FILE."));
    if (options.positional.size() != 2)
        return m_console.usageError(tr("import needs the file to import."));
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    if (what == QLatin1String("companies")) {
        CompanyImporter importer(**database);
        return runImporter(importer, options.positional.at(1), options.dryRun,
                           CompanyImportRow::Outcome::DuplicateOfCompany);
    }
    BeneficiaryImporter importer(**database);
    return runImporter(importer, options.positional.at(1), options.dryRun, ImportedRow::Outcome::DuplicateOfDossier);
}

int CommandLine::runExport(const CliOptions &options)
{
    const QString what = options.positional.value(0);
    if ((what != QLatin1String("beneficiaries") && what != QLatin1String("placements") &&
         what != QLatin1String("dropouts") && what != QLatin1String("careers") && what != QLatin1String("audit")) ||
        options.positional.size() != 1)
        return m_console.usageError(
            tr("export takes what to export: export beneficiaries|placements|dropouts|careers|audit "
               "--format csv|xlsx|json --out FILE."));
    if (what == QLatin1String("audit"))
        return PrivacyCommands(m_console).exportAudit(options);
    if (options.out.isEmpty())
        return m_console.usageError(tr("export needs --out FILE."));
    auto format = options.format.isEmpty() ? TabularExport::formatFromPath(options.out)
                                           : TabularExport::formatFromName(options.format);
    if (!format)
        return m_console.fail(format.error());
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    if (what == QLatin1String("dropouts"))
        return runDropoutExport(**database, options, *format);
    if (what == QLatin1String("careers")) {
        auto written = CareerExporter(**database).write(options.out, *format);
        if (!written)
            return m_console.fail(written.error());
        m_out << tr("%n career sheet(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(options.out))
              << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("placements")) {
        auto written = PlacementExporter(**database).write(options.out, *format);
        if (!written)
            return m_console.fail(written.error());
        m_out << tr("%n immersion(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(options.out))
              << Qt::endl;
        return 0;
    }
    auto written = BeneficiaryExporter(**database).write(options.out, *format, BeneficiaryExporter::everything());
    if (!written)
        return m_console.fail(written.error());
    m_out << tr("%n dossier(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(options.out))
          << Qt::endl;
    return 0;
}

int CommandLine::runDropoutImport(Database &database, const QString &file, const QString &campaign, bool dryRun)
{
    DropoutImporter importer(database);
    auto plan = importer.plan(file, campaign);
    if (!plan)
        return m_console.fail(plan.error());
    const QString where = QDir::toNativeSeparators(file);
    using Outcome = DropoutImportRow::Outcome;
    m_out << tr("%1: %2, separator %3, %n row(s).", nullptr, int(plan->rows.size()))
                 .arg(where, TextDecoder::label(plan->data.encoding), plan->data.separatorLabel)
          << Qt::endl;
    m_out << tr("Campaign \"%1\"%2.").arg(plan->campaignName, plan->campaignId.isEmpty() ? tr(" (new)") : QString())
          << Qt::endl;
    m_out << tr("New cases: %1; linked to existing dossiers: %2; already open: %3; to review: %4; repeated in the "
                "file: %5; rejected: %6.")
                 .arg(plan->count(Outcome::New))
                 .arg(plan->count(Outcome::LinkedToDossier))
                 .arg(plan->count(Outcome::AlreadyOpen))
                 .arg(plan->count(Outcome::ToReview))
                 .arg(plan->count(Outcome::DuplicateInFile))
                 .arg(plan->count(Outcome::Rejected))
          << Qt::endl;
    for (const DropoutImportRow &row : std::as_const(plan->rows)) {
        if (row.outcome == Outcome::ToReview)
            m_out << tr("%1:%2: to review (%3).").arg(where).arg(row.line).arg(row.match.reason) << Qt::endl;
        else if (row.outcome == Outcome::DuplicateInFile)
            m_out << tr("%1:%2: same young person as %3.").arg(where).arg(row.line).arg(row.duplicateOf) << Qt::endl;
    }
    for (const TabularProblem &problem : std::as_const(plan->problems))
        m_err << tr("%1: %2").arg(where, problem.message) << Qt::endl;
    if (!plan->canRun()) {
        m_err << tr("Nothing was written: correct the file, then import it again.") << Qt::endl;
        return 2;
    }
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    auto created = importer.run(*plan, file);
    if (!created)
        return m_console.fail(created.error());
    m_out << tr("%n case(s) created.", nullptr, *created) << Qt::endl;
    return 0;
}

int CommandLine::runRomeImport(Database &database, const QString &folder, bool dryRun)
{
    RomeImporter importer(database);
    auto plan = importer.plan(folder);
    if (!plan) {
        m_err << plan.error().fullText() << Qt::endl
              << tr("Nothing was written: correct the files, then import them again.") << Qt::endl;
        return plan.error().exitCode();
    }
    const RomeImportReport &report = plan->report;
    m_out << (report.previousVersion.isEmpty()
                  ? tr("ROME version %1 (no referential yet).").arg(report.version)
                  : tr("ROME version %1 (current: %2).").arg(report.version, report.previousVersion))
          << Qt::endl;
    for (const QString &file : report.missingFiles)
        m_out << tr("Optional file missing: %1").arg(file) << Qt::endl;
    for (const QString &warning : report.warnings)
        m_out << tr("Warning: %1").arg(warning) << Qt::endl;
    if (report.unchanged) {
        m_out << tr("This version is already imported: nothing changed.") << Qt::endl;
        return 0;
    }
    const auto count = [&](const char *table) { return report.counts.value(QString::fromLatin1(table)); };
    m_out << tr("Sheets: %1; job titles: %2; skills: %3; work contexts: %4; close jobs: %5.")
                 .arg(count("sheets"))
                 .arg(count("appellations"))
                 .arg(count("skills"))
                 .arg(count("work_contexts"))
                 .arg(count("mobilities"))
          << Qt::endl;
    m_out << tr("%n code(s) added", nullptr, int(report.added.size()))
          << (report.added.isEmpty() ? QString() : QStringLiteral(": ") + report.added.join(QStringLiteral(", ")))
          << Qt::endl;
    m_out << tr("%n code(s) withdrawn", nullptr, int(report.removed.size()))
          << (report.removed.isEmpty() ? QString() : QStringLiteral(": ") + report.removed.join(QStringLiteral(", ")))
          << Qt::endl;
    m_out << tr("%n code(s) relabelled", nullptr, int(report.relabelled.size())) << Qt::endl;
    for (const RomeRelabel &relabel : report.relabelled)
        m_out << tr("  %1: \"%2\" becomes \"%3\"").arg(relabel.code, relabel.oldLabel, relabel.newLabel) << Qt::endl;
    if (dryRun) {
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
        return 0;
    }
    auto done = importer.run(*plan);
    if (!done)
        return m_console.fail(done.error());
    m_out << tr("%n sheet(s) imported.", nullptr, count("sheets")) << Qt::endl;
    return 0;
}

int CommandLine::runDropoutExport(Database &database, const CliOptions &options, TabularExport::Format format)
{
    const auto content = options.figures ? DropoutExporter::Content::Figures : DropoutExporter::Content::Cases;
    auto written = DropoutExporter(database).write(options.out, format, content);
    if (!written)
        return m_console.fail(written.error());
    m_out << (options.figures ? tr("%n campaign(s) exported to %1.", nullptr, *written)
                              : tr("%n dropout case(s) exported to %1.", nullptr, *written))
                 .arg(QDir::toNativeSeparators(options.out))
          << Qt::endl;
    return 0;
}
