// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include "io/DateParser.h"
#include "reports/ActivityReport.h"
#include "reports/StatisticsService.h"
#include "storage/DataSettings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

ReportCommands::ReportCommands(CliConsole &console) : m_console(console) {}

int ReportCommands::stats(const CliOptions &options)
{
    StatisticsFilter filter;
    filter.site = options.site;
    filter.adviser = options.adviser;
    const QDate today = QDate::currentDate();
    filter.from = QDate(today.year(), 1, 1);
    filter.to = today;
    for (const auto &[text, date] : {std::pair{options.from, &filter.from}, std::pair{options.to, &filter.to}}) {
        if (text.isEmpty())
            continue;
        auto parsed = DateParser::parse(text);
        if (!parsed)
            return m_console.usageError(tr("\"%1\" is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.").arg(text));
        *date = *parsed;
    }
    if (!options.from.isEmpty() && options.to.isEmpty() && filter.from > filter.to)
        filter.to = filter.from;
    if (!filter.isValid())
        return m_console.usageError(tr("The period is not valid: --from must come before --to."));
    auto database = m_console.openDatabase(options, Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    auto results = StatisticsService(**database).computeAll(filter);
    if (!results)
        return m_console.fail(results.error());
    QTextStream &out = m_console.out();
    if (!options.out.isEmpty()) {
        const QString siteName = DataSettings(**database).siteName();
        ReportDocument document = ReportDocument::dashboard(siteName, filter);
        for (const IndicatorResult &result : std::as_const(*results))
            document.addSection(result);
        return write(document, options.out);
    }
    if (options.json) {
        out << QString::fromUtf8(QJsonDocument(StatisticsService::toJson(filter, *results)).toJson());
        return 0;
    }
    const QLocale locale;
    out << tr("From %1 to %2")
               .arg(locale.toString(filter.from, QLocale::ShortFormat),
                    locale.toString(filter.to, QLocale::ShortFormat))
        << Qt::endl;
    for (const IndicatorResult &result : std::as_const(*results)) {
        out << Qt::endl << result.definition.title << tr(": %1").arg(locale.toString(result.total())) << Qt::endl;
        for (int category = 0; category < result.categories.size(); ++category)
            out << QStringLiteral("  %1: %2")
                       .arg(result.categories.at(category).label, locale.toString(result.categoryTotal(category)))
                << Qt::endl;
    }
    return 0;
}

int ReportCommands::report(const CliOptions &options)
{
    if (options.positional.value(0) != QLatin1String("activity") || options.positional.size() > 1)
        return m_console.usageError(tr("Say which report: \"report activity --year YEAR\"."));
    if (options.year == 0)
        return m_console.usageError(tr("Give the year of the activity report with --year, e.g. --year 2025."));
    auto database = m_console.openDatabase(options, Database::Access::ReadOnly);
    if (!database)
        return m_console.fail(database.error());
    auto document = ActivityReport(**database).build(options.year, options.site);
    if (!document)
        return m_console.fail(document.error());
    if (!options.out.isEmpty())
        return write(*document, options.out);
    QTextStream &out = m_console.out();
    if (options.json) {
        QList<IndicatorResult> results;
        for (const ReportDocument::Section &section : document->sections())
            results << section.result;
        QJsonObject json = StatisticsService::toJson(StatisticsFilter::year(options.year), results);
        json.insert(QStringLiteral("site"), options.site);
        QJsonArray figures;
        for (const ReportDocument::KeyFigure &figure : document->keyFigures())
            figures.append(QJsonObject{{QStringLiteral("label"), figure.label},
                                       {QStringLiteral("value"), figure.value},
                                       {QStringLiteral("source"), figure.source}});
        json.insert(QStringLiteral("key_figures"), figures);
        out << QString::fromUtf8(QJsonDocument(json).toJson());
        return 0;
    }
    const QLocale locale;
    out << document->title() << Qt::endl;
    for (const ReportDocument::KeyFigure &figure : document->keyFigures())
        out << QStringLiteral("  %1: %2").arg(figure.label, locale.toString(figure.value)) << Qt::endl;
    return 0;
}

int ReportCommands::write(const ReportDocument &document, const QString &path)
{
    const bool workbook = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    if (!workbook && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return m_console.usageError(tr("The report is written as PDF or XLSX: end the file name with .pdf or .xlsx."));
    if (auto written = workbook ? document.writeXlsx(path) : document.writePdf(path); !written)
        return m_console.fail(written.error());
    m_console.out() << tr("Report written: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return 0;
}
