// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorCatalogue.h"

#include "ActivityIndicators.h"
#include "IndicatorSql.h"
#include "dropouts/DropoutWorkflow.h"
#include "placements/PlacementWorkflow.h"

namespace {

using namespace IndicatorSql;

IndicatorSpec activeDossiersByProgramme()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("dossiers.active_by_programme"),
                       IndicatorCatalogue::tr("Active dossiers by programme"),
                       IndicatorCatalogue::tr("Dossiers open on the last day of the period (created by then, not "
                                              "closed by then, not archived), by the programme running that day "
                                              "(started, not ended). A young person in two programmes counts in "
                                              "both; « No programme » counts the others."),
                       IndicatorChart::Donut, Module::Beneficiaries};
    // The unary plus keeps the planner off the index of creation dates: walking the open dossiers in the order of
    // their ids (SchemaFigures) finds their programmes in step, which is six times faster at 100 000 dossiers.
    spec.query = [](const StatisticsFilter &filter) {
        const QString to = isoDate(filter.to);
        QString sql =
            QStringLiteral("SELECT coalesce(p.kind, 'none'), '', b.id FROM beneficiaries b "
                           "LEFT JOIN programmes p ON p.beneficiary_id = b.id AND p.deleted_at IS NULL "
                           "AND p.start_on <= ? AND (p.end_on IS NULL OR p.end_on = '' OR p.end_on > ?) "
                           "WHERE b.deleted_at IS NULL AND +b.created_at < ? AND b.status <> 'archived' "
                           "AND NOT (b.status = 'closed' AND coalesce(b.closed_on, '') <> '' AND b.closed_on <= ?)");
        QVariantList values = {to, to, startOfDay(filter.to.addDays(1)), to};
        narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
        return IndicatorQuery{sql, values};
    };
    spec.definition.additive = false;
    spec.axis = CategoryAxis::Found;
    spec.categoryLabel = vocabulary(Vocabulary::List::Programme, IndicatorCatalogue::tr("No programme"));
    return spec;
}

IndicatorSpec newDossiersPerMonth()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("dossiers.new_per_month"), IndicatorCatalogue::tr("New dossiers per month"),
                       IndicatorCatalogue::tr("Dossiers created in the period, by month of creation (local date of "
                                              "the site), deleted ones aside."),
                       IndicatorChart::Line, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        const QString day = createdOn(QStringLiteral("b"));
        QString sql = QStringLiteral("SELECT substr(%1, 1, 7), '', b.id FROM beneficiaries b "
                                     "WHERE b.deleted_at IS NULL AND b.created_at >= ? AND b.created_at < ?")
                          .arg(day);
        QVariantList values = {startOfDay(filter.from), startOfDay(filter.to.addDays(1))};
        narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
        return IndicatorQuery{sql, values};
    };
    // Counted month by month between the month's first and last instants, so that creation times are compared in
    // the index rather than each turned into a local date.
    spec.counts = [](const StatisticsFilter &filter) {
        QVariantList values;
        const QString months = monthRanges(filter, values);
        QString count = QStringLiteral("SELECT count(*) FROM beneficiaries b WHERE b.deleted_at IS NULL "
                                       "AND b.created_at >= m.start AND b.created_at < m.stop");
        narrow(count, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
        return IndicatorQuery{months + QStringLiteral("SELECT m.month, '', (%1) FROM months m").arg(count), values};
    };
    spec.axis = CategoryAxis::Months;
    return spec;
}

IndicatorSpec eventsPerMonthByType()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("events.per_month_by_type"), IndicatorCatalogue::tr("Journal events per month"),
                       IndicatorCatalogue::tr("Entries of the dossiers' journals dated in the period (interviews, "
                                              "workshops, calls…), by month and type; entries of deleted dossiers "
                                              "aside. The adviser is the entry's author."),
                       IndicatorChart::StackedBar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        // A range on the timestamp itself (ISO text sorts as time does), read from the index of schema 10; the few
        // deleted dossiers are set aside once, instead of looking up the dossier of each of a year's entries.
        QString sql = QStringLiteral("SELECT substr(e.occurred_at, 1, 7), e.type, e.beneficiary_id FROM events e "
                                     "WHERE e.deleted_at IS NULL AND e.occurred_at >= ? AND e.occurred_at < ? "
                                     "AND e.beneficiary_id NOT IN (SELECT id FROM beneficiaries "
                                     "WHERE deleted_at IS NOT NULL)");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to.addDays(1))};
        narrow(sql, values, filter,
               QStringLiteral("(SELECT b.origin_site FROM beneficiaries b WHERE b.id = e.beneficiary_id)"),
               QStringLiteral("e.author"));
        return IndicatorQuery{sql, values};
    };
    // A year holds hundreds of thousands of entries in a big Mission locale: the figures are summed from the
    // counts per day that the schema keeps (SchemaFigures), under the same rules as the query above.
    spec.counts = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT substr(c.day, 1, 7), c.type, sum(c.n) FROM event_day_counts c "
                                     "WHERE c.day >= ? AND c.day <= ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("c.site"), QStringLiteral("c.author"));
        sql += QLatin1String(" GROUP BY 1, 2 HAVING sum(c.n) > 0");
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Months;
    spec.fixedSeries = codes(Vocabulary::List::EventType);
    spec.seriesLabel = vocabulary(Vocabulary::List::EventType);
    return spec;
}

QString campaignOf(const QString &alias)
{
    return QStringLiteral("coalesce((SELECT k.name FROM dropout_campaigns k WHERE k.id = %1.campaign_id), '')")
        .arg(alias);
}

// A campaign is named by its list; cases reported one by one belong to none.
QString campaignLabel(const QString &name)
{
    return name.isEmpty() ? IndicatorCatalogue::tr("Reports") : name;
}

IndicatorSpec dropoutsByStatusPerCampaign()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("dropouts.by_status_per_campaign"),
                       IndicatorCatalogue::tr("Dropout cases by status, per campaign"),
                       IndicatorCatalogue::tr("Dropout cases received in the period, by the campaign list they came "
                                              "with (or « Reports » for those reported one by one) and by their "
                                              "status today."),
                       IndicatorChart::StackedBar, Module::Dropouts};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT %1, c.status, c.id FROM dropout_cases c WHERE c.deleted_at IS NULL "
                                     "AND c.received_on BETWEEN ? AND ?")
                          .arg(campaignOf(QStringLiteral("c")));
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("c.origin_site"), QStringLiteral("c.adviser"));
        return IndicatorQuery{sql, values};
    };
    spec.categoryLabel = campaignLabel;
    spec.fixedSeries = DropoutWorkflow::statuses();
    spec.seriesLabel = [](const QString &code) { return DropoutWorkflow::label(code); };
    return spec;
}

IndicatorSpec dropoutSolutionsPerCampaign()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("dropouts.solutions_per_campaign"),
                       IndicatorCatalogue::tr("Dropout solutions by kind, per campaign"),
                       IndicatorCatalogue::tr("Dropout cases that reached a solution dated in the period, by "
                                              "campaign and kind of solution."),
                       IndicatorChart::StackedBar, Module::Dropouts};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT %1, c.solution_kind, c.id FROM dropout_cases c WHERE c.deleted_at IS "
                                     "NULL AND c.status = 'solution' AND c.solution_on BETWEEN ? AND ?")
                          .arg(campaignOf(QStringLiteral("c")));
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("c.origin_site"), QStringLiteral("c.adviser"));
        return IndicatorQuery{sql, values};
    };
    spec.categoryLabel = campaignLabel;
    spec.fixedSeries = codes(Vocabulary::List::DropoutSolution);
    spec.seriesLabel = vocabulary(Vocabulary::List::DropoutSolution);
    return spec;
}

IndicatorSpec placementsByStatus()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("placements.by_status"), IndicatorCatalogue::tr("Immersions by status"),
                       IndicatorCatalogue::tr("Immersions starting in the period, by their status today. The "
                                              "adviser is the prescriber."),
                       IndicatorChart::Bar, Module::Placements};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT p.status, '', p.id FROM placements p WHERE p.deleted_at IS NULL "
                                     "AND p.start_on BETWEEN ? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("p.origin_site"), QStringLiteral("p.prescriber"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = PlacementWorkflow::statuses();
    spec.categoryLabel = [](const QString &code) { return PlacementWorkflow::label(code); };
    return spec;
}

IndicatorSpec placementsByDomain()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("placements.by_domain"),
                       IndicatorCatalogue::tr("Immersions by grand domaine of the target job"),
                       IndicatorCatalogue::tr("Immersions starting in the period, cancelled and refused ones aside, "
                                              "by the ROME grand domaine (A to N) of their target job."),
                       IndicatorChart::Bar, Module::Placements};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT coalesce(nullif(upper(substr(p.rome_code, 1, 1)), ''), 'none'), '', p.id "
                                     "FROM placements p WHERE p.deleted_at IS NULL AND p.status NOT IN "
                                     "('cancelled', 'refused') AND p.start_on BETWEEN ? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("p.origin_site"), QStringLiteral("p.prescriber"));
        return IndicatorQuery{sql, values};
    };
    spec.categoryLabel = vocabulary(Vocabulary::List::RomeGrandDomain, IndicatorCatalogue::tr("No target job"));
    return spec;
}

IndicatorSpec assessmentsWithJobOffer()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("assessments.job_offer"),
                       IndicatorCatalogue::tr("Assessments ending with a job offer"),
                       IndicatorCatalogue::tr("Assessments (bilans) of immersions that ended in the period: with a "
                                              "job offer from the host company, or without."),
                       IndicatorChart::Donut, Module::Placements};
    // CROSS JOIN: from the few assessments to their immersions, not through every immersion of the base.
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT CASE WHEN a.job_offer THEN 'offer' ELSE 'no_offer' END, '', p.id "
                                     "FROM placement_assessments a CROSS JOIN placements p ON p.id = a.placement_id "
                                     "AND p.deleted_at IS NULL WHERE a.deleted_at IS NULL "
                                     "AND p.end_on BETWEEN ? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("p.origin_site"), QStringLiteral("p.prescriber"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = {QStringLiteral("offer"), QStringLiteral("no_offer")};
    spec.categoryLabel = [](const QString &code) {
        return code == QLatin1String("offer") ? IndicatorCatalogue::tr("With a job offer")
                                              : IndicatorCatalogue::tr("Without a job offer");
    };
    return spec;
}

} // namespace

QList<IndicatorSpec> IndicatorCatalogue::all()
{
    return {activeDossiersByProgramme(),   newDossiersPerMonth(), eventsPerMonthByType(), dropoutsByStatusPerCampaign(),
            dropoutSolutionsPerCampaign(), placementsByStatus(),  placementsByDomain(),   assessmentsWithJobOffer()};
}

std::optional<IndicatorSpec> IndicatorCatalogue::find(const QString &id)
{
    for (const IndicatorSpec &spec : all() + ActivityIndicators::all()) {
        if (spec.definition.id == id)
            return spec;
    }
    return std::nullopt;
}
