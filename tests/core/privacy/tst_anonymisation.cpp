// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "privacy/AnonymisationService.h"
#include "reports/ActivityReport.h"
#include "reports/StatisticsService.h"
#include "search/SearchService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

/**
 * Anonymisation as RGPD asks it: the names, contacts and free texts of a dossier, of its journal and of a dropout
 * case are gone from the tables, from the search index and from the bytes of the file (and of its write-ahead log);
 * the statistics fields stay, so that last years' figures do not move; the other records are untouched; a backup was
 * taken first; doing it twice changes nothing.
 */
class TestAnonymisation : public QObject
{
    Q_OBJECT

private:
    // Words that appear nowhere else, so that finding them in the file's bytes can only mean a leftover.
    const QString lastName = QStringLiteral("Xylophanerouge");
    const QString noteWord = QStringLiteral("Quetzalconfidence");
    const QString caseName = QStringLiteral("Brontosaurix");

    static qint64 at(const QDate &day) { return QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch(); }

    static QByteArray bytesOf(const TemporaryDatabase &database)
    {
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile file(database.path() + suffix);
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    static QString value(Database &database, const QString &sql)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    static QString statistics(Database &database)
    {
        QString all;
        for (int year : {2019, 2020}) {
            auto results = StatisticsService(database).computeAll(StatisticsFilter::year(year));
            auto report = ActivityReport(database).build(year);
            if (!results || !report)
                qFatal("figures");
            QList<IndicatorResult> bilan;
            for (const ReportDocument::Section &section : report->sections())
                bilan << section.result;
            all += QString::fromUtf8(QJsonDocument(StatisticsService::toJson(StatisticsFilter::year(year), *results))
                                         .toJson(QJsonDocument::Compact)) +
                   QString::fromUtf8(QJsonDocument(StatisticsService::toJson(StatisticsFilter::year(year), bilan))
                                         .toJson(QJsonDocument::Compact));
        }
        return all;
    }

private slots:
    void namesLeaveTheFileAndFiguresStay()
    {
        TemporaryDatabase database;
        QVERIFY(database.isOpen());
        const QString person = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                                    {{QStringLiteral("dossier_number"), QStringLiteral("TST-2019-1")},
                                                     {QStringLiteral("last_name"), lastName},
                                                     {QStringLiteral("first_name"), QStringLiteral("Léa")},
                                                     {QStringLiteral("birth_date"), QStringLiteral("2002-07-14")},
                                                     {QStringLiteral("sex"), QStringLiteral("F")},
                                                     {QStringLiteral("phone"), QStringLiteral("0611223344")},
                                                     {QStringLiteral("email"), QStringLiteral("lea@exemple.fr")},
                                                     {QStringLiteral("commune"), QStringLiteral("Vire")},
                                                     {QStringLiteral("education_level"), QStringLiteral("4")},
                                                     {QStringLiteral("origin_site"), QStringLiteral("TST")},
                                                     {QStringLiteral("created_at"), at(QDate(2019, 3, 1))}});
        RecordWriter::insert(*database, QStringLiteral("events"),
                             {{QStringLiteral("beneficiary_id"), person},
                              {QStringLiteral("type"), QStringLiteral("interview")},
                              {QStringLiteral("mode"), QStringLiteral("in_person")},
                              {QStringLiteral("occurred_at"), QStringLiteral("2020-02-03T10:00:00")},
                              {QStringLiteral("summary"), QStringLiteral("Entretien avec %1").arg(lastName)},
                              {QStringLiteral("private_note"), noteWord},
                              {QStringLiteral("created_at"), at(QDate(2020, 2, 3))}});
        RecordWriter::insert(*database, QStringLiteral("programmes"),
                             {{QStringLiteral("beneficiary_id"), person},
                              {QStringLiteral("kind"), QStringLiteral("pacea")},
                              {QStringLiteral("start_on"), QStringLiteral("2019-03-02")},
                              {QStringLiteral("end_on"), QStringLiteral("2020-03-01")},
                              {QStringLiteral("created_at"), at(QDate(2019, 3, 2))}});
        RecordWriter::insert(*database, QStringLiteral("actions"),
                             {{QStringLiteral("beneficiary_id"), person},
                              {QStringLiteral("theme"), QStringLiteral("health")},
                              {QStringLiteral("title"), QStringLiteral("Voir %1 chez le médecin").arg(noteWord)},
                              {QStringLiteral("status"), QStringLiteral("done")},
                              {QStringLiteral("created_at"), at(QDate(2019, 4, 1))}});
        QVERIFY(SearchService(*database).index({Module::Beneficiaries, person, lastName + QStringLiteral(" Léa"),
                                                QStringLiteral("TST-2019-1 · Vire"), noteWord}));
        const QString kept = RecordWriter::insert(*database, QStringLiteral("beneficiaries"),
                                                  {{QStringLiteral("dossier_number"), QStringLiteral("TST-2026-2")},
                                                   {QStringLiteral("last_name"), QStringLiteral("Gardé")},
                                                   {QStringLiteral("first_name"), QStringLiteral("Tom")}});
        const QString dropout =
            RecordWriter::insert(*database, QStringLiteral("dropout_cases"),
                                 {{QStringLiteral("last_name"), caseName},
                                  {QStringLiteral("first_name"), QStringLiteral("Noé")},
                                  {QStringLiteral("birth_date"), QStringLiteral("2001-01-20")},
                                  {QStringLiteral("guardian_name"), caseName + QStringLiteral(" père")},
                                  {QStringLiteral("status"), QStringLiteral("solution")},
                                  {QStringLiteral("solution_kind"), QStringLiteral("training")},
                                  {QStringLiteral("solution_on"), QStringLiteral("2019-06-01")},
                                  {QStringLiteral("received_on"), QStringLiteral("2019-01-10")},
                                  {QStringLiteral("created_at"), at(QDate(2019, 1, 10))}});
        RecordWriter::insert(*database, QStringLiteral("dropout_attempts"),
                             {{QStringLiteral("case_id"), dropout},
                              {QStringLiteral("attempted_on"), QStringLiteral("2019-02-01")},
                              {QStringLiteral("channel"), QStringLiteral("phone")},
                              {QStringLiteral("outcome"), QStringLiteral("reached")},
                              {QStringLiteral("note"), QStringLiteral("Mère de %1 jointe").arg(caseName)}});

        const QString figuresBefore = statistics(*database);
        // The words are in the file before: the check below can fail.
        QSqlQuery checkpoint(database->connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        QVERIFY(bytesOf(database).contains(lastName.toUtf8()));
        QVERIFY(bytesOf(database).contains(caseName.toUtf8()));

        auto due = RetentionPolicy(*database).due(QDate(2026, 11, 24));
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
        auto outcome = AnonymisationService(*database).anonymise(*due);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->dossiers, 1);
        QCOMPARE(outcome->dropoutCases, 1);
        QVERIFY(QFile::exists(outcome->backupPath));

        // Gone from the tables, the search index and the bytes.
        const QByteArray bytes = bytesOf(database);
        for (const QString &word :
             {lastName, noteWord, caseName, QStringLiteral("0611223344"), QStringLiteral("lea@exemple.fr")})
            QVERIFY2(!bytes.contains(word.toUtf8()), qPrintable(word));
        auto found = SearchService(*database).search(lastName.left(6));
        QVERIFY(found && found->isEmpty());
        QCOMPARE(value(*database,
                       QStringLiteral("SELECT last_name || first_name FROM beneficiaries WHERE id = '%1'").arg(person)),
                 QString());
        // The statistics fields stay: year of birth, sex, commune, level, programme, dates; and every figure.
        QCOMPARE(value(*database, QStringLiteral("SELECT birth_date || sex || commune || education_level FROM "
                                                 "beneficiaries WHERE id = '%1'")
                                      .arg(person)),
                 QStringLiteral("2002FVire4"));
        QVERIFY(!value(*database, QStringLiteral("SELECT anonymised_at FROM beneficiaries WHERE id = '%1'").arg(person))
                     .isEmpty());
        QCOMPARE(
            value(*database, QStringLiteral("SELECT count(*) FROM events WHERE beneficiary_id = '%1'").arg(person)),
            QStringLiteral("1"));
        QCOMPARE(statistics(*database), figuresBefore);
        // The other dossier is untouched; the anonymisation is in the audit log, without values.
        QCOMPARE(value(*database, QStringLiteral("SELECT last_name FROM beneficiaries WHERE id = '%1'").arg(kept)),
                 QStringLiteral("Gardé"));
        QCOMPARE(value(*database, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anonymise'")),
                 QStringLiteral("2"));
        QVERIFY(database->checkIntegrity());

        // Nothing falls due any more, and a second run changes nothing.
        auto again = RetentionPolicy(*database).due(QDate(2026, 11, 24));
        QVERIFY(again && again->isEmpty());
        auto twice = AnonymisationService(*database).anonymise(*due);
        QVERIFY(twice);
        QCOMPARE(twice->dossiers + twice->dropoutCases, 0);
    }
};

QTEST_GUILESS_MAIN(TestAnonymisation)
#include "tst_anonymisation.moc"
