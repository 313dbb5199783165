// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyCommands.h"

#include "io/DateParser.h"
#include "privacy/AccessReport.h"
#include "privacy/AnonymisationService.h"
#include "privacy/AuditExporter.h"
#include "privacy/RetentionPolicy.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

PrivacyCommands::PrivacyCommands(CliConsole &console) : m_console(console) {}

int PrivacyCommands::run(const CliOptions &options)
{
    if (options.positional.value(0) == QLatin1String("retention") && options.positional.size() == 1)
        return retention(options);
    if (options.positional.value(0) == QLatin1String("access") && options.positional.size() == 2)
        return access(options);
    return m_console.usageError(
        tr("Say what to do: \"privacy retention [--apply]\" or \"privacy access DOSSIER --out FOLDER\"."));
}

int PrivacyCommands::retention(const CliOptions &options)
{
    auto database =
        m_console.openDatabase(options, options.apply ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    const QDate today = QDate::currentDate();
    auto due = RetentionPolicy(**database).due(today);
    if (!due)
        return m_console.fail(due.error());
    const RetentionRules rules(**database);
    QTextStream &out = m_console.out();
    if (options.json && !options.apply) {
        QJsonArray records;
        for (const RetentionCandidate &candidate : std::as_const(*due))
            records.append(QJsonObject{{QStringLiteral("module"), candidate.module == Module::Dropouts
                                                                      ? QStringLiteral("dropouts")
                                                                      : QStringLiteral("beneficiaries")},
                                       {QStringLiteral("id"), candidate.recordId},
                                       {QStringLiteral("name"), candidate.name},
                                       {QStringLiteral("reference"), candidate.reference},
                                       {QStringLiteral("rule"), RetentionRules::key(candidate.rule)},
                                       {QStringLiteral("since"), candidate.since.toString(Qt::ISODate)},
                                       {QStringLiteral("due_on"), candidate.dueOn.toString(Qt::ISODate)},
                                       {QStringLiteral("reason"), candidate.reason(rules.years(candidate.rule))}});
        out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("date"), today.toString(Qt::ISODate)},
                                                           {QStringLiteral("due"), records}})
                                     .toJson());
        return 0;
    }
    for (const RetentionCandidate &candidate : std::as_const(*due))
        out << QStringLiteral("%1 · %2 · %3")
                   .arg(candidate.name.isEmpty() ? candidate.recordId : candidate.name, candidate.reference,
                        candidate.reason(rules.years(candidate.rule)))
            << Qt::endl;
    if (!options.apply) {
        out << tr("%n record(s) due for anonymisation. Run again with --apply to anonymise them (a backup is taken "
                  "first).",
                  nullptr, int(due->size()))
            << Qt::endl;
        return 0;
    }
    auto outcome = AnonymisationService(**database).anonymise(*due);
    if (!outcome)
        return m_console.fail(outcome.error());
    auto purged = RetentionPolicy(**database).purgeAuditLog(today);
    if (!purged)
        return m_console.fail(purged.error());
    out << tr("Anonymised: %n dossier(s)", nullptr, outcome->dossiers)
        << tr(", %n dropout case(s).", nullptr, outcome->dropoutCases) << Qt::endl;
    if (!outcome->backupPath.isEmpty())
        out << tr("The copy taken before still holds the names: %1").arg(QDir::toNativeSeparators(outcome->backupPath))
            << Qt::endl;
    if (*purged > 0)
        out << tr("%n audit entry(ies) older than the audit period removed.", nullptr, int(*purged)) << Qt::endl;
    return 0;
}

int PrivacyCommands::access(const CliOptions &options)
{
    if (options.out.isEmpty())
        return m_console.usageError(tr("privacy access needs --out FOLDER, where the PDF and the JSON file go."));
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    // The dossier by its number, as advisers know it, or by its id.
    const QString asked = options.positional.at(1);
    QString id = DossierRecords::idOfNumber(**database, asked);
    if (id.isEmpty())
        id = asked;
    auto files = AccessReport(**database).write(id, options.out);
    if (!files)
        return m_console.fail(files.error());
    QTextStream &out = m_console.out();
    out << tr("%n record(s) and %1 access(es) written to:", nullptr, files->records).arg(files->accesses) << Qt::endl
        << QDir::toNativeSeparators(files->pdfPath) << Qt::endl
        << QDir::toNativeSeparators(files->jsonPath) << Qt::endl;
    return 0;
}

int PrivacyCommands::exportAudit(const CliOptions &options)
{
    if (options.out.isEmpty())
        return m_console.usageError(tr("export needs --out FILE."));
    auto format = options.format.isEmpty() ? TabularExport::formatFromPath(options.out)
                                           : TabularExport::formatFromName(options.format);
    if (!format)
        return m_console.fail(format.error());
    AuditFilter filter;
    filter.user = options.adviser;
    for (const auto &[text, date] : {std::pair{options.from, &filter.from}, std::pair{options.to, &filter.to}}) {
        if (text.isEmpty())
            continue;
        auto parsed = DateParser::parse(text);
        if (!parsed)
            return m_console.usageError(tr("\"%1\" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.").arg(text));
        *date = *parsed;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return m_console.usageError(tr("The period is not valid: --from must come before --to."));
    auto database = m_console.openDatabase(options, Database::Access::ReadWrite);
    if (!database)
        return m_console.fail(database.error());
    if (!options.dossiers.isEmpty())
        AuditQuery::filterOnRecord(**database, options.dossiers.first(), filter);
    auto written = AuditExporter(**database).write(options.out, *format, filter);
    if (!written)
        return m_console.fail(written.error());
    m_console.out()
        << tr("%n audit entry(ies) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(options.out))
        << Qt::endl;
    return 0;
}
