// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityReport.h"

#include "ActivityIndicators.h"
#include "StatisticsService.h"
#include "storage/DataSettings.h"

#include <QHash>

namespace {

// One key figure: the total of an indicator, or the sum of some of its categories.
struct KeyFigureSpec
{
    const char *label;
    QString indicator;
    QStringList categories; ///< Empty: the indicator's total.
};

QList<KeyFigureSpec> keyFigureSpecs()
{
    return {
        {QT_TRANSLATE_NOOP("ActivityReport", "Young people followed"), QStringLiteral("youth.followed_by_sex"), {}},
        {QT_TRANSLATE_NOOP("ActivityReport", "First welcomes"), QStringLiteral("youth.first_welcome_by_sex"), {}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Individual interviews"),
         QStringLiteral("events.by_type"),
         {QStringLiteral("interview")}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Entries into a CEJ"),
         QStringLiteral("programmes.entries"),
         {QStringLiteral("cej")}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Entries into a PACEA"),
         QStringLiteral("programmes.entries"),
         {QStringLiteral("pacea")}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Situations started in a job or in work-study"),
         QStringLiteral("situations.started"),
         {QStringLiteral("employment"), QStringLiteral("work_study")}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Situations started in training"),
         QStringLiteral("situations.started"),
         {QStringLiteral("training")}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Immersions started"), QStringLiteral("placements.started_by_type"), {}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Dropout cases received"),
         QStringLiteral("dropouts.by_status_per_campaign"),
         {}},
        {QT_TRANSLATE_NOOP("ActivityReport", "Dropout cases that reached a solution"),
         QStringLiteral("dropouts.solutions_per_campaign"),
         {}},
    };
}

} // namespace

ActivityReport::ActivityReport(Database &database) : m_database(database) {}

QStringList ActivityReport::indicatorIds()
{
    return {QStringLiteral("youth.followed_by_sex"),
            QStringLiteral("youth.followed_by_age"),
            QStringLiteral("youth.followed_by_level"),
            QStringLiteral("youth.followed_priority"),
            QStringLiteral("youth.first_welcome_by_sex"),
            QStringLiteral("events.by_type"),
            QStringLiteral("programmes.entries"),
            QStringLiteral("programmes.exits_by_reason"),
            QStringLiteral("situations.started"),
            QStringLiteral("placements.started_by_type"),
            QStringLiteral("placements.by_domain"),
            QStringLiteral("assessments.job_offer"),
            QStringLiteral("dropouts.by_status_per_campaign"),
            QStringLiteral("dropouts.solutions_per_campaign")};
}

Result<ReportDocument> ActivityReport::build(int year, const QString &site) const
{
    if (year < 1900 || year > 9999)
        return Error(Error::Kind::Usage, tr("%1 is not a year.").arg(year));
    StatisticsFilter filter = StatisticsFilter::year(year);
    filter.site = site;
    const StatisticsService statistics(m_database);
    QHash<QString, IndicatorResult> results;
    const QString siteName = DataSettings(m_database).siteName();
    ReportDocument document(siteName.isEmpty() ? tr("Activity report %1").arg(year)
                                               : tr("Activity report %1 — %2").arg(year).arg(siteName),
                            filter, siteName);
    for (const QString &id : indicatorIds()) {
        const auto spec = IndicatorCatalogue::find(id);
        Q_ASSERT(spec);
        auto result = statistics.compute(*spec, filter);
        if (!result)
            return result.error();
        results.insert(id, *result);
        document.addSection(*result);
    }
    QList<ReportDocument::KeyFigure> figures;
    for (const KeyFigureSpec &spec : keyFigureSpecs()) {
        const IndicatorResult &result = results[spec.indicator];
        qint64 value = spec.categories.isEmpty() ? result.total() : 0;
        for (const QString &code : spec.categories) {
            if (const int index = result.categoryIndex(code); index >= 0)
                value += result.categoryTotal(index);
        }
        figures << ReportDocument::KeyFigure{tr(spec.label), value, result.definition.title};
    }
    document.setKeyFigures(figures);
    return document;
}
