// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "reports/StatisticsService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <ctime>

/**
 * Each indicator on a small base whose answers are known: period boundaries (including midnight in UTC against
 * midnight in France), deleted records left out, anonymised ones kept, site and adviser filters, and the records
 * behind a figure.
 */
class TestStatisticsService : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_database;
    int m_serial = 0;

    QString insert(const QString &table, const QVariantMap &values)
    {
        return RecordWriter::insert(*m_database, table, values);
    }

    // A dossier created at a UTC instant, at site CAE unless told otherwise, followed by Camille.
    QString dossier(const QDateTime &createdUtc, const QVariantMap &more = {})
    {
        QVariantMap values = {{QStringLiteral("created_at"), createdUtc.toMSecsSinceEpoch()},
                              {QStringLiteral("dossier_number"), QStringLiteral("CAE-2026-%1").arg(++m_serial)},
                              {QStringLiteral("last_name"), QStringLiteral("Nom%1").arg(m_serial)},
                              {QStringLiteral("first_name"), QStringLiteral("Prénom")},
                              {QStringLiteral("origin_site"), QStringLiteral("CAE")},
                              {QStringLiteral("referent"), QStringLiteral("Camille")},
                              {QStringLiteral("status"), QStringLiteral("active")}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            values.insert(it.key(), it.value());
        return insert(QStringLiteral("beneficiaries"), values);
    }

    static QDateTime utc(const QString &text) { return QDateTime::fromString(text, Qt::ISODate).toUTC(); }

    IndicatorResult compute(const QString &id, const StatisticsFilter &filter)
    {
        auto spec = IndicatorCatalogue::find(id);
        if (!spec)
            qFatal("no indicator %s", qPrintable(id));
        auto result = StatisticsService(*m_database).compute(*spec, filter);
        if (!result)
            qFatal("%s", qPrintable(result.error().fullText()));
        return *result;
    }

    static qint64 cell(const IndicatorResult &result, const QString &category, const QString &series = {})
    {
        const int row = series.isEmpty() ? 0 : result.seriesIndex(series);
        const int column = result.categoryIndex(category);
        return row < 0 || column < 0 ? -1 : result.value(row, column);
    }

    static StatisticsFilter november() { return {QDate(2026, 11, 1), QDate(2026, 11, 30), {}, {}}; }

private slots:
    void initTestCase()
    {
        // The site's clock: France, an hour ahead of UTC in November.
        qputenv("TZ", "Europe/Paris");
        tzset();
        QVERIFY(m_database.isOpen());
        // Created 30 November at 23:30 in France (22:30 UTC): November. At 00:30 on 1 December in France (still
        // 30 November in UTC): December.
        dossier(utc(QStringLiteral("2026-11-30T22:30:00Z")));
        dossier(utc(QStringLiteral("2026-11-30T23:30:00Z")));
        // Created 1 November at 00:10 in France, which is 31 October in UTC: November.
        dossier(utc(QStringLiteral("2026-10-31T23:10:00Z")));
        // Deleted: never counted.
        dossier(utc(QStringLiteral("2026-11-10T10:00:00Z")), {{QStringLiteral("deleted_at"), 1}});
        // Anonymised (names gone, statistics kept): counted.
        dossier(utc(QStringLiteral("2026-11-12T10:00:00Z")), {{QStringLiteral("last_name"), QStringLiteral("")},
                                                              {QStringLiteral("first_name"), QStringLiteral("")}});
        // Another site and another adviser.
        dossier(utc(QStringLiteral("2026-11-15T10:00:00Z")), {{QStringLiteral("origin_site"), QStringLiteral("VIR")},
                                                              {QStringLiteral("referent"), QStringLiteral("Julien")}});
    }

    void newDossiersCountByLocalMonth()
    {
        const IndicatorResult result = compute(QStringLiteral("dossiers.new_per_month"), november());
        QCOMPARE(result.categories.size(), 1);
        QCOMPARE(result.categories.first().code, QStringLiteral("2026-11"));
        // 23:30 on the 30th, 00:10 on the 1st, the anonymised one, the other site's; not the deleted one, not the
        // one of 00:30 on 1 December.
        QCOMPARE(cell(result, QStringLiteral("2026-11")), 4);
        const IndicatorResult december =
            compute(QStringLiteral("dossiers.new_per_month"), {QDate(2026, 12, 1), QDate(2026, 12, 31), {}, {}});
        QCOMPARE(cell(december, QStringLiteral("2026-12")), 1);
    }

    void theRecordsOfAFigureOfASingleSeries()
    {
        // The code of a single series is empty, as the dashboard passes it from the chart.
        auto spec = IndicatorCatalogue::find(QStringLiteral("dossiers.new_per_month"));
        StatisticsFilter filter = november();
        filter.site = QStringLiteral("VIR");
        auto ids = StatisticsService(*m_database).records(*spec, filter, QStringLiteral("2026-11"), QString());
        QVERIFY(ids);
        QCOMPARE(ids->size(), 1);
    }

    void anEmptyPeriodListsItsMonthsWithZeros()
    {
        const IndicatorResult result =
            compute(QStringLiteral("dossiers.new_per_month"), {QDate(2025, 1, 15), QDate(2025, 3, 2), {}, {}});
        QCOMPARE(result.categories.size(), 3);
        QCOMPARE(result.total(), 0);
        QCOMPARE(result.categories.at(2).code, QStringLiteral("2025-03"));
    }

    void siteAndAdviserNarrowTheFigures()
    {
        StatisticsFilter filter = november();
        filter.site = QStringLiteral("VIR");
        QCOMPARE(compute(QStringLiteral("dossiers.new_per_month"), filter).total(), 1);
        filter.site.clear();
        filter.adviser = QStringLiteral("Camille");
        QCOMPARE(compute(QStringLiteral("dossiers.new_per_month"), filter).total(), 3);
    }

    void activeDossiersByTheProgrammeRunningOnTheLastDay()
    {
        const QDateTime early = utc(QStringLiteral("2026-09-01T10:00:00Z"));
        const QString cej = dossier(early);
        insert(QStringLiteral("programmes"), {{QStringLiteral("beneficiary_id"), cej},
                                              {QStringLiteral("kind"), QStringLiteral("cej")},
                                              {QStringLiteral("start_on"), QStringLiteral("2026-09-01")}});
        const QString pacea = dossier(early);
        // Ended on the last day: no longer running that day.
        insert(QStringLiteral("programmes"), {{QStringLiteral("beneficiary_id"), pacea},
                                              {QStringLiteral("kind"), QStringLiteral("pacea")},
                                              {QStringLiteral("start_on"), QStringLiteral("2026-09-01")},
                                              {QStringLiteral("end_on"), QStringLiteral("2026-11-30")}});
        // Closed during the period: not active on the last day. Closed after it: still active then.
        dossier(early, {{QStringLiteral("status"), QStringLiteral("closed")},
                        {QStringLiteral("closed_on"), QStringLiteral("2026-11-20")}});
        dossier(early, {{QStringLiteral("status"), QStringLiteral("closed")},
                        {QStringLiteral("closed_on"), QStringLiteral("2026-12-05")}});

        const IndicatorResult result = compute(QStringLiteral("dossiers.active_by_programme"), november());
        QCOMPARE(cell(result, QStringLiteral("cej")), 1);
        QCOMPARE(cell(result, QStringLiteral("pacea")), -1);
        // The five created in November up to the 30th (the one of 1 December is not yet there), the PACEA one
        // whose programme ended, the one closed in December.
        QCOMPARE(cell(result, QStringLiteral("none")), 4 + 1 + 1);
        QCOMPARE(result.categories.last().code, QStringLiteral("none"));
        QCOMPARE(result.categories.last().label, QStringLiteral("No programme"));
    }

    void eventsByMonthAndTypeWithTheirDossiers()
    {
        const QString person = dossier(utc(QStringLiteral("2026-09-01T10:00:00Z")));
        for (const auto &[type, at] :
             {std::pair{"interview", "2026-11-03T09:00:00"}, std::pair{"interview", "2026-11-30T23:45:00"},
              std::pair{"phone_call", "2026-11-04T10:00:00"}, std::pair{"phone_call", "2026-12-01T00:05:00"}}) {
            insert(QStringLiteral("events"), {{QStringLiteral("beneficiary_id"), person},
                                              {QStringLiteral("type"), QString::fromLatin1(type)},
                                              {QStringLiteral("mode"), QStringLiteral("in_person")},
                                              {QStringLiteral("occurred_at"), QString::fromLatin1(at)},
                                              {QStringLiteral("author"), QStringLiteral("Camille")}});
        }
        const IndicatorResult result = compute(QStringLiteral("events.per_month_by_type"), november());
        QCOMPARE(cell(result, QStringLiteral("2026-11"), QStringLiteral("interview")), 2);
        QCOMPARE(cell(result, QStringLiteral("2026-11"), QStringLiteral("phone_call")), 1);
        QCOMPARE(result.total(), 3);
        // Only the types found are series, in the order of the list.
        QCOMPARE(result.series.size(), 2);
        auto spec = IndicatorCatalogue::find(QStringLiteral("events.per_month_by_type"));
        auto ids = StatisticsService(*m_database)
                       .records(*spec, november(), QStringLiteral("2026-11"), QStringLiteral("interview"));
        QVERIFY(ids);
        QCOMPARE(*ids, QStringList{person});
    }

    void immersionsAndAssessments()
    {
        const QString person = dossier(utc(QStringLiteral("2026-09-01T10:00:00Z")));
        auto placement = [&](const char *status, const char *rome, const char *start, const char *end) {
            return insert(QStringLiteral("placements"), {{QStringLiteral("beneficiary_id"), person},
                                                         {QStringLiteral("type"), QStringLiteral("pmsmp")},
                                                         {QStringLiteral("status"), QString::fromLatin1(status)},
                                                         {QStringLiteral("rome_code"), QString::fromLatin1(rome)},
                                                         {QStringLiteral("start_on"), QString::fromLatin1(start)},
                                                         {QStringLiteral("end_on"), QString::fromLatin1(end)}});
        };
        const QString assessed = placement("assessed", "D1102", "2026-11-02", "2026-11-06");
        const QString second = placement("assessed", "D1106", "2026-11-09", "2026-11-13");
        placement("cancelled", "H2102", "2026-11-16", "2026-11-20");
        placement("draft", "", "2026-11-23", "2026-11-27");
        placement("signed", "K2111", "2026-12-07", "2026-12-11");
        insert(QStringLiteral("placement_assessments"), {{QStringLiteral("placement_id"), assessed},
                                                         {QStringLiteral("attendance"), QStringLiteral("full")},
                                                         {QStringLiteral("job_offer"), 1}});
        insert(QStringLiteral("placement_assessments"), {{QStringLiteral("placement_id"), second},
                                                         {QStringLiteral("attendance"), QStringLiteral("full")},
                                                         {QStringLiteral("job_offer"), 0}});

        const IndicatorResult status = compute(QStringLiteral("placements.by_status"), november());
        QCOMPARE(cell(status, QStringLiteral("assessed")), 2);
        QCOMPARE(cell(status, QStringLiteral("cancelled")), 1);
        QCOMPARE(cell(status, QStringLiteral("draft")), 1);
        QCOMPARE(cell(status, QStringLiteral("signed")), 0);
        const IndicatorResult domain = compute(QStringLiteral("placements.by_domain"), november());
        QCOMPARE(cell(domain, QStringLiteral("D")), 2);
        QCOMPARE(cell(domain, QStringLiteral("H")), -1);
        QCOMPARE(cell(domain, QStringLiteral("none")), 1);
        const IndicatorResult offers = compute(QStringLiteral("assessments.job_offer"), november());
        QCOMPARE(cell(offers, QStringLiteral("offer")), 1);
        QCOMPARE(cell(offers, QStringLiteral("no_offer")), 1);
    }

    void dropoutCasesByCampaign()
    {
        const QString campaign = insert(QStringLiteral("dropout_campaigns"),
                                        {{QStringLiteral("name"), QStringLiteral("SIEI novembre 2026")},
                                         {QStringLiteral("received_on"), QStringLiteral("2026-11-05")}});
        auto dropout = [&](const QVariant &campaignId, const char *status, const char *solution, const char *on) {
            insert(QStringLiteral("dropout_cases"), {{QStringLiteral("campaign_id"), campaignId},
                                                     {QStringLiteral("last_name"), QStringLiteral("X")},
                                                     {QStringLiteral("first_name"), QStringLiteral("Y")},
                                                     {QStringLiteral("status"), QString::fromLatin1(status)},
                                                     {QStringLiteral("solution_kind"), QString::fromLatin1(solution)},
                                                     {QStringLiteral("solution_on"), QString::fromLatin1(on)},
                                                     {QStringLiteral("received_on"), QStringLiteral("2026-11-05")}});
        };
        dropout(campaign, "to_contact", "", "");
        dropout(campaign, "solution", "apprenticeship", "2026-11-20");
        dropout(campaign, "solution", "employment", "2026-12-02");
        dropout(QVariant(), "attempt", "", "");
        const IndicatorResult statuses = compute(QStringLiteral("dropouts.by_status_per_campaign"), november());
        QCOMPARE(cell(statuses, QStringLiteral("SIEI novembre 2026"), QStringLiteral("solution")), 2);
        QCOMPARE(cell(statuses, QStringLiteral("SIEI novembre 2026"), QStringLiteral("to_contact")), 1);
        QCOMPARE(cell(statuses, QString(), QStringLiteral("attempt")), 1);
        const IndicatorResult solutions = compute(QStringLiteral("dropouts.solutions_per_campaign"), november());
        QCOMPARE(solutions.total(), 1);
        QCOMPARE(cell(solutions, QStringLiteral("SIEI novembre 2026"), QStringLiteral("apprenticeship")), 1);
    }

    void everyIndicatorHasADefinitionAndAJsonForm()
    {
        auto all = StatisticsService(*m_database).computeAll(november());
        QVERIFY(all);
        QCOMPARE(all->size(), IndicatorCatalogue::all().size());
        const QJsonObject json = StatisticsService::toJson(november(), *all);
        QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
        for (const IndicatorResult &result : *all) {
            QVERIFY2(result.definition.definition.size() > 40, qPrintable(result.definition.id));
            QCOMPARE(result.values.size(), result.series.size());
        }
    }

    void anInvertedPeriodIsRefused()
    {
        auto spec = IndicatorCatalogue::find(QStringLiteral("dossiers.new_per_month"));
        auto result = StatisticsService(*m_database).compute(*spec, {QDate(2026, 12, 1), QDate(2026, 11, 1), {}, {}});
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), Error::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsService)
#include "tst_statisticsservice.moc"
