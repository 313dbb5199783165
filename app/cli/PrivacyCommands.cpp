// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyCommands.h"

#include "privacy/AnonymisationService.h"
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
    return m_console.usageError(tr("Say what to do: \"privacy retention [--apply]\"."));
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
    out << tr("Anonymised: %n dossier(s)", nullptr, outcome->dossiers)
        << tr(", %n dropout case(s).", nullptr, outcome->dropoutCases) << Qt::endl;
    if (!outcome->backupPath.isEmpty())
        out << tr("The copy taken before still holds the names: %1").arg(QDir::toNativeSeparators(outcome->backupPath))
            << Qt::endl;
    return 0;
}
