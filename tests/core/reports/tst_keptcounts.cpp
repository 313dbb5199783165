// SPDX-License-Identifier: GPL-3.0-or-later
#include "../exchange/ExchangeSite.h"
#include "RawSqlite.h"
#include "TemporaryDatabase.h"
#include "demo/DemoGenerator.h"
#include "reports/ActivityIndicators.h"
#include "reports/IndicatorCatalogue.h"
#include "reports/StatisticsService.h"
#include "storage/Schema.h"
#include "storage/SchemaFigures.h"

#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(StatisticsFilter)

/**
 * The counts of journal entries that the schema keeps for the dashboard (SchemaFigures): after every kind of write
 * (a new entry, an edit of its date, type, author or dossier, a deletion, a deleted, restored or moved dossier, a
 * demo base, an exchange file, an upgrade) they equal the counts computed again from the journal, and every figure
 * read from kept counts equals the same figure counted record by record.
 */
class TestKeptCounts : public QObject
{
    Q_OBJECT

private:
    // Every non-zero count kept, and every count computed again from the journal, as sorted lines.
    static QStringList lines(Database &database, const QString &sql)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(sql))
            qFatal("%s", qPrintable(sql));
        QStringList found;
        while (query.next()) {
            if (query.value(4).toLongLong() != 0)
                found << QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                     query.value(3).toString(), query.value(4).toString()}
                             .join(QLatin1Char('|'));
        }
        found.sort();
        return found;
    }

    static QStringList kept(Database &database)
    {
        return lines(database, QStringLiteral("SELECT day, type, author, site, n FROM event_day_counts"));
    }

    static QStringList recounted(Database &database) { return lines(database, SchemaFigures::recountSql()); }

    static QVariantMap entry(const QString &dossier, const QString &type, const QString &when, const QString &author)
    {
        return {{QStringLiteral("beneficiary_id"), dossier},
                {QStringLiteral("type"), type},
                {QStringLiteral("mode"), QStringLiteral("in_person")},
                {QStringLiteral("occurred_at"), when},
                {QStringLiteral("author"), author}};
    }

    static void compareFigures(Database &database, const StatisticsFilter &filter)
    {
        const StatisticsService statistics(database);
        int compared = 0;
        for (const IndicatorSpec &spec : IndicatorCatalogue::all() + ActivityIndicators::all()) {
            if (!spec.counts)
                continue;
            IndicatorSpec byRecords = spec;
            byRecords.counts = nullptr;
            auto fromCounts = statistics.compute(spec, filter);
            auto fromRecords = statistics.compute(byRecords, filter);
            QVERIFY(fromCounts && fromRecords);
            QCOMPARE(fromCounts->categories.size(), fromRecords->categories.size());
            QCOMPARE(fromCounts->series.size(), fromRecords->series.size());
            QVERIFY2(fromCounts->values == fromRecords->values, qPrintable(spec.definition.id));
            ++compared;
        }
        QVERIFY2(compared >= 2, "the journal's and the new dossiers' figures are read from kept counts");
    }

private slots:
    void everyWriteKeepsTheCounts()
    {
        ExchangeSite site(QStringLiteral("CAE"), QStringLiteral("Caen"));
        const QString lea = site.createDossier(QStringLiteral("Léa"), QStringLiteral("Martin"));
        const QString hugo = site.createDossier(QStringLiteral("Hugo"), QStringLiteral("Bernard"));
        const QStringList entries = site.insertAll(
            QStringLiteral("events"),
            {entry(lea, QStringLiteral("interview"), QStringLiteral("2026-03-02T09:00:00"), QStringLiteral("Nadia")),
             entry(lea, QStringLiteral("interview"), QStringLiteral("2026-03-02T14:00:00"), QStringLiteral("Nadia")),
             entry(lea, QStringLiteral("phone"), QStringLiteral("2026-03-31T17:00:00"), QStringLiteral("Karim")),
             entry(hugo, QStringLiteral("workshop"), QStringLiteral("2026-04-01T10:00:00"), QStringLiteral("Karim"))});
        QCOMPARE(entries.size(), 4);
        QCOMPARE(kept(site.db()).size(), 3);
        QVERIFY(kept(site.db()).contains(QStringLiteral("2026-03-02|interview|Nadia|CAE|2")));
        QCOMPARE(kept(site.db()), recounted(site.db()));

        // An entry changes day, type, author, then dossier.
        site.update(QStringLiteral("events"), entries[0],
                    {{QStringLiteral("occurred_at"), QStringLiteral("2026-02-27T09:00:00")}});
        QCOMPARE(kept(site.db()), recounted(site.db()));
        site.update(QStringLiteral("events"), entries[1], {{QStringLiteral("type"), QStringLiteral("workshop")}});
        site.update(QStringLiteral("events"), entries[2], {{QStringLiteral("author"), QStringLiteral("Nadia")}});
        QCOMPARE(kept(site.db()), recounted(site.db()));
        site.update(QStringLiteral("events"), entries[2], {{QStringLiteral("beneficiary_id"), hugo}});
        QCOMPARE(kept(site.db()), recounted(site.db()));

        // An entry deleted, then a whole dossier: its entries leave the figures with it.
        site.remove(QStringLiteral("events"), entries[1]);
        QCOMPARE(kept(site.db()), recounted(site.db()));
        site.remove(QStringLiteral("beneficiaries"), hugo);
        QCOMPARE(kept(site.db()), recounted(site.db()));
        QVERIFY(!kept(site.db()).join(QLatin1Char(' ')).contains(QLatin1String("Karim")));

        // Restored, then moved to another site, as a merge of exchange files can do.
        RawSqlite raw(site.db().path(), RawSqlite::Mode::ReadWrite);
        QVERIFY(raw.exec(QStringLiteral("UPDATE beneficiaries SET deleted_at = NULL WHERE id = '%1'").arg(hugo)));
        QCOMPARE(kept(site.db()), recounted(site.db()));
        QVERIFY(raw.exec(QStringLiteral("UPDATE beneficiaries SET origin_site = 'BAY' WHERE id = '%1'").arg(hugo)));
        QCOMPARE(kept(site.db()), recounted(site.db()));
        QVERIFY(kept(site.db()).contains(QStringLiteral("2026-04-01|workshop|Karim|BAY|1")));

        // Nothing ever goes below zero, whatever the order of the writes.
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM event_day_counts WHERE n < 0")).toInt(), 0);
    }

    void aDemoBaseAndAnExchangeFileKeepTheCounts()
    {
        ExchangeSite caen(QStringLiteral("CAE"), QStringLiteral("Caen"));
        auto demo = DemoGenerator(caen.db()).generate(120, 7);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().fullText()));
        QVERIFY(caen.scalar(QStringLiteral("SELECT count(*) FROM events")) > 500);
        QCOMPARE(kept(caen.db()), recounted(caen.db()));

        // Bayeux receives the whole base: its dossiers arrive with, or after, their entries.
        ExchangeSite bayeux(QStringLiteral("BAY"), QStringLiteral("Bayeux"));
        const QString file = caen.exportFor(QStringLiteral("BAY"), ExchangeExportOptions::Scope::Everything);
        QVERIFY(!file.isEmpty());
        bayeux.importFile(file);
        QCOMPARE(kept(bayeux.db()), recounted(bayeux.db()));
        QCOMPARE(kept(bayeux.db()), kept(caen.db()));
    }

    void figuresFromCountsEqualFiguresFromRecords_data()
    {
        QTest::addColumn<StatisticsFilter>("filter");
        const QDate today = QDate::currentDate();
        QTest::newRow("last year") << StatisticsFilter::year(today.year() - 1);
        QTest::newRow("this year to date") << StatisticsFilter{QDate(today.year(), 1, 1), today, {}, {}};
        QTest::newRow("mid-month to mid-month")
            << StatisticsFilter{today.addMonths(-5).addDays(-9), today.addDays(-12), {}, {}};
        QTest::newRow("one day") << StatisticsFilter{today.addDays(-3), today.addDays(-3), {}, {}};
        QTest::newRow("site") << StatisticsFilter{today.addYears(-2), today, DemoGenerator::demoSiteCode(), {}};
        QTest::newRow("other site") << StatisticsFilter{today.addYears(-2), today, QStringLiteral("BAY"), {}};
    }

    void figuresFromCountsEqualFiguresFromRecords()
    {
        QFETCH(StatisticsFilter, filter);
        static TemporaryDatabase database;
        static const bool filled = DemoGenerator(*database).generate(150, 3).ok();
        QVERIFY(filled);
        compareFigures(*database, filter);

        // And for each adviser found.
        auto advisers = StatisticsService(*database).advisers();
        QVERIFY(advisers && !advisers->isEmpty());
        filter.adviser = advisers->constFirst();
        compareFigures(*database, filter);
    }

    void anUpgradeCountsTheJournalAlreadyThere()
    {
        TemporaryDatabase database;
        QVERIFY(DemoGenerator(*database).generate(40, 5));
        const QStringList before = kept(*database);
        QVERIFY(!before.isEmpty());
        database.close();
        {
            // The file as schema 10 left it.
            RawSqlite raw(database.path(), RawSqlite::Mode::ReadWrite);
            for (const char *statement :
                 {"DROP TRIGGER event_day_counts_insert", "DROP TRIGGER event_day_counts_delete",
                  "DROP TRIGGER event_day_counts_update", "DROP TRIGGER event_day_counts_dossier_insert",
                  "DROP TRIGGER event_day_counts_dossier_update", "DROP TABLE event_day_counts",
                  "DROP INDEX beneficiaries_open_state", "DROP INDEX programmes_running",
                  "DROP INDEX beneficiaries_created", "DROP INDEX dropout_cases_received",
                  "DROP INDEX placements_started",
                  "CREATE INDEX beneficiaries_created ON beneficiaries(created_at) WHERE deleted_at IS NULL",
                  "PRAGMA user_version = 10"})
                QVERIFY2(raw.exec(QLatin1String(statement)), statement);
            QVERIFY(!raw.hasTable(QStringLiteral("event_day_counts")));
        }
        QCOMPARE(database.reopen(), QString());
        QCOMPARE(database->schemaVersion(), Schema::latestVersion());
        QCOMPARE(kept(*database), before);
        QCOMPARE(kept(*database), recounted(*database));
    }
};

QTEST_GUILESS_MAIN(TestKeptCounts)
#include "tst_keptcounts.moc"
