// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityIndicators.h"

#include "IndicatorSql.h"

namespace {

using namespace IndicatorSql;

/**
 * The dossiers followed in the period: not deleted, with a journal entry dated in it or a programme running during
 * some part of it. Returns the condition on the alias "b" and appends its values (site and adviser included).
 */
QString followedIn(const StatisticsFilter &filter, QVariantList &values)
{
    QString sql = QStringLiteral(
        "b.deleted_at IS NULL AND (EXISTS (SELECT 1 FROM events e WHERE e.beneficiary_id = b.id AND "
        "e.deleted_at IS NULL AND substr(e.occurred_at, 1, 10) BETWEEN ? AND ?) OR EXISTS (SELECT 1 FROM "
        "programmes p WHERE p.beneficiary_id = b.id AND p.deleted_at IS NULL AND p.start_on <= ? AND "
        "(p.end_on IS NULL OR p.end_on = '' OR p.end_on >= ?)))");
    values << isoDate(filter.from) << isoDate(filter.to) << isoDate(filter.to) << isoDate(filter.from);
    narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
    return sql;
}

QString followedDefinition()
{
    return ActivityIndicators::tr("Young people followed in the period: dossiers with a journal entry dated in the "
                                  "period or a programme running during some part of it, deleted dossiers aside.");
}

IndicatorSpec followedBySex()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("youth.followed_by_sex"), ActivityIndicators::tr("Young people followed, by sex"),
                       followedDefinition(), IndicatorChart::Donut, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values;
        const QString where = followedIn(filter, values);
        return IndicatorQuery{
            QStringLiteral("SELECT coalesce(nullif(b.sex, ''), 'unknown'), '', b.id FROM beneficiaries b WHERE ") +
                where,
            values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::Sex);
    spec.categoryLabel = vocabulary(Vocabulary::List::Sex);
    return spec;
}

IndicatorSpec followedByAge()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("youth.followed_by_age"), ActivityIndicators::tr("Young people followed, by age"),
                       followedDefinition() + QLatin1Char(' ') +
                           ActivityIndicators::tr("Age in whole years on the last day of the period."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values = {isoDate(filter.to)};
        const QString where = followedIn(filter, values);
        return IndicatorQuery{
            QStringLiteral("SELECT CASE WHEN age IS NULL THEN 'none' WHEN age < 16 THEN 'under_16' WHEN age < 18 "
                           "THEN '16_17' WHEN age < 22 THEN '18_21' WHEN age < 26 THEN '22_25' ELSE '26_plus' END, "
                           "'', id FROM (SELECT b.id AS id, %1 AS age FROM beneficiaries b WHERE %2)")
                .arg(ageOn(QStringLiteral("b.birth_date")), where),
            values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = ActivityIndicators::ageBrackets();
    spec.categoryLabel = [](const QString &code) {
        if (code == QLatin1String("under_16"))
            return ActivityIndicators::tr("Under 16");
        if (code == QLatin1String("16_17"))
            return ActivityIndicators::tr("16–17 years");
        if (code == QLatin1String("18_21"))
            return ActivityIndicators::tr("18–21 years");
        if (code == QLatin1String("22_25"))
            return ActivityIndicators::tr("22–25 years");
        if (code == QLatin1String("26_plus"))
            return ActivityIndicators::tr("26 years and over");
        return ActivityIndicators::tr("Birth date not given");
    };
    return spec;
}

IndicatorSpec followedByLevel()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("youth.followed_by_level"),
                       ActivityIndicators::tr("Young people followed, by level of education"),
                       followedDefinition() + QLatin1Char(' ') +
                           ActivityIndicators::tr("Level as recorded in the dossier today (nomenclature 2019)."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values;
        const QString where = followedIn(filter, values);
        return IndicatorQuery{
            QStringLiteral("SELECT coalesce(nullif(b.education_level, ''), 'none'), '', b.id FROM beneficiaries b "
                           "WHERE ") +
                where,
            values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::EducationLevel) << QStringLiteral("none");
    spec.categoryLabel = vocabulary(Vocabulary::List::EducationLevel, ActivityIndicators::tr("Level not given"));
    return spec;
}

IndicatorSpec followedPriorityPublics()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("youth.followed_priority"),
                       ActivityIndicators::tr("Young people followed from priority publics"),
                       followedDefinition() + QLatin1Char(' ') +
                           ActivityIndicators::tr("Among them: minors on the last day of the period, residents of a "
                                                  "QPV or a ZRR, holders of an RQTH. One young person can count in "
                                                  "several lines."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values = {isoDate(filter.to)};
        const QString where = followedIn(filter, values);
        return IndicatorQuery{
            QStringLiteral("SELECT k.code, '', f.id FROM (SELECT b.id AS id, b.qpv AS qpv, b.zrr AS zrr, b.rqth AS "
                           "rqth, %1 AS age FROM beneficiaries b WHERE %2) f JOIN (SELECT 'minor' AS code UNION ALL "
                           "SELECT 'qpv' UNION ALL SELECT 'zrr' UNION ALL SELECT 'rqth') k ON (k.code = 'minor' AND "
                           "f.age < 18) OR (k.code = 'qpv' AND f.qpv) OR (k.code = 'zrr' AND f.zrr) OR "
                           "(k.code = 'rqth' AND f.rqth)")
                .arg(ageOn(QStringLiteral("b.birth_date")), where),
            values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.definition.additive = false;
    spec.fixedCategories = {QStringLiteral("minor"), QStringLiteral("qpv"), QStringLiteral("zrr"),
                            QStringLiteral("rqth")};
    spec.categoryLabel = [](const QString &code) {
        if (code == QLatin1String("minor"))
            return ActivityIndicators::tr("Minors");
        if (code == QLatin1String("qpv"))
            return ActivityIndicators::tr("Living in a QPV");
        if (code == QLatin1String("zrr"))
            return ActivityIndicators::tr("Living in a ZRR");
        return ActivityIndicators::tr("With an RQTH");
    };
    return spec;
}

IndicatorSpec firstWelcomesBySex()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("youth.first_welcome_by_sex"), ActivityIndicators::tr("First welcomes, by sex"),
                       ActivityIndicators::tr("Young people whose dossier was opened in the period (local date of "
                                              "the site), deleted dossiers aside."),
                       IndicatorChart::Donut, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT coalesce(nullif(b.sex, ''), 'unknown'), '', b.id FROM beneficiaries b "
                                     "WHERE b.deleted_at IS NULL AND %1 BETWEEN ? AND ?")
                          .arg(createdOn(QStringLiteral("b")));
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::Sex);
    spec.categoryLabel = vocabulary(Vocabulary::List::Sex);
    return spec;
}

IndicatorSpec eventsByType()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("events.by_type"), ActivityIndicators::tr("Journal events by type"),
                       ActivityIndicators::tr("Entries of the dossiers' journals dated in the period, by type; "
                                              "entries of deleted dossiers aside. The adviser is the entry's author."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT e.type, '', b.id FROM events e JOIN beneficiaries b ON "
                                     "b.id = e.beneficiary_id AND b.deleted_at IS NULL WHERE e.deleted_at IS NULL "
                                     "AND substr(e.occurred_at, 1, 10) BETWEEN ? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("e.author"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::EventType);
    spec.categoryLabel = vocabulary(Vocabulary::List::EventType);
    return spec;
}

// A programme of a dossier that is not deleted, for the site and the référent of the filter.
QString programmesOf(const QString &dateColumn, const StatisticsFilter &filter, QVariantList &values)
{
    QString sql = QStringLiteral("FROM programmes p JOIN beneficiaries b ON b.id = p.beneficiary_id AND "
                                 "b.deleted_at IS NULL WHERE p.deleted_at IS NULL AND coalesce(%1, '') BETWEEN ? AND ?")
                      .arg(dateColumn);
    values << isoDate(filter.from) << isoDate(filter.to);
    narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
    return sql;
}

IndicatorSpec programmeEntries()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("programmes.entries"), ActivityIndicators::tr("Entries into a programme"),
                       ActivityIndicators::tr("Programmes (CEJ, PACEA…) that started in the period, by programme. A "
                                              "young person who entered twice counts twice."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values;
        const QString from = programmesOf(QStringLiteral("p.start_on"), filter, values);
        return IndicatorQuery{QStringLiteral("SELECT p.kind, '', b.id ") + from, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::Programme);
    spec.categoryLabel = vocabulary(Vocabulary::List::Programme);
    return spec;
}

IndicatorSpec programmeExits()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("programmes.exits_by_reason"),
                       ActivityIndicators::tr("Exits from a programme, by reason"),
                       ActivityIndicators::tr("Programmes that ended in the period (actual end date), by programme "
                                              "and exit reason."),
                       IndicatorChart::StackedBar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QVariantList values;
        const QString from = programmesOf(QStringLiteral("p.end_on"), filter, values);
        return IndicatorQuery{
            QStringLiteral("SELECT p.kind, coalesce(nullif(p.exit_reason, ''), 'none'), b.id ") + from, values};
    };
    spec.categoryLabel = vocabulary(Vocabulary::List::Programme);
    spec.fixedSeries = codes(Vocabulary::List::CejExitReason);
    for (const QString &code : codes(Vocabulary::List::ProgrammeExitReason)) {
        if (!spec.fixedSeries.contains(code))
            spec.fixedSeries << code;
    }
    spec.seriesLabel = [](const QString &code) {
        if (code.isEmpty() || code == QLatin1String("none"))
            return ActivityIndicators::tr("Reason not given");
        QString label = Vocabulary::label(Vocabulary::List::CejExitReason, code);
        if (label.isEmpty())
            label = Vocabulary::label(Vocabulary::List::ProgrammeExitReason, code);
        return label.isEmpty() ? code : label;
    };
    return spec;
}

IndicatorSpec situationsStarted()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("situations.started"), ActivityIndicators::tr("Situations started"),
                       ActivityIndicators::tr("Situations (job, training, work-study…) of the dossiers that started "
                                              "in the period and are ongoing or ended, planned ones aside."),
                       IndicatorChart::Bar, Module::Beneficiaries};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT s.kind, '', b.id FROM situations s JOIN beneficiaries b ON "
                                     "b.id = s.beneficiary_id AND b.deleted_at IS NULL WHERE s.deleted_at IS NULL "
                                     "AND s.state <> 'planned' AND coalesce(s.start_on, '') BETWEEN ? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("b.origin_site"), QStringLiteral("b.referent"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::Situation);
    // "none" is a situation of its own here (Sans situation), not a missing code.
    spec.categoryLabel =
        vocabulary(Vocabulary::List::Situation, Vocabulary::label(Vocabulary::List::Situation, QStringLiteral("none")));
    return spec;
}

IndicatorSpec placementsStartedByType()
{
    IndicatorSpec spec;
    spec.definition = {QStringLiteral("placements.started_by_type"),
                       ActivityIndicators::tr("Immersions started, by type"),
                       ActivityIndicators::tr("Immersions starting in the period that were signed (signed, ongoing, "
                                              "ended or assessed), by type of convention. The adviser is the "
                                              "prescriber."),
                       IndicatorChart::Bar, Module::Placements};
    spec.query = [](const StatisticsFilter &filter) {
        QString sql = QStringLiteral("SELECT p.type, '', p.id FROM placements p WHERE p.deleted_at IS NULL AND "
                                     "p.status IN ('signed', 'ongoing', 'ended', 'assessed') AND p.start_on BETWEEN "
                                     "? AND ?");
        QVariantList values = {isoDate(filter.from), isoDate(filter.to)};
        narrow(sql, values, filter, QStringLiteral("p.origin_site"), QStringLiteral("p.prescriber"));
        return IndicatorQuery{sql, values};
    };
    spec.axis = CategoryAxis::Fixed;
    spec.fixedCategories = codes(Vocabulary::List::PlacementType);
    spec.categoryLabel = vocabulary(Vocabulary::List::PlacementType);
    return spec;
}

} // namespace

QList<IndicatorSpec> ActivityIndicators::all()
{
    return {followedBySex(),      followedByAge(),          followedByLevel(),  followedPriorityPublics(),
            firstWelcomesBySex(), eventsByType(),           programmeEntries(), programmeExits(),
            situationsStarted(),  placementsStartedByType()};
}

QStringList ActivityIndicators::ageBrackets()
{
    return {QStringLiteral("under_16"), QStringLiteral("16_17"),   QStringLiteral("18_21"),
            QStringLiteral("22_25"),    QStringLiteral("26_plus"), QStringLiteral("none")};
}
