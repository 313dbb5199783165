// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordWriter.h"
#include "TemporaryDatabase.h"
#include "privacy/RetentionPolicy.h"
#include "reports/TodoList.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTest>

/**
 * The retention rules at their boundaries, the day before and the day of: a dossier two years after its last
 * activity, one kept ten years after its CEJ, one with a programme still running, a dropout case one year after it
 * closed or after the 18th birthday; records already anonymised or deleted are never proposed; the settings and their
 * legal defaults; the « À faire » line.
 */
class TestRetentionPolicy : public QObject
{
    Q_OBJECT

private:
    TemporaryDatabase m_database;
    int m_serial = 0;

    static qint64 at(const QDate &day) { return QDateTime(day, QTime(10, 0)).toMSecsSinceEpoch(); }

    QString dossier(const QString &name, const QDate &created, const QVariantMap &more = {})
    {
        QVariantMap values = {{QStringLiteral("created_at"), at(created)},
                              {QStringLiteral("dossier_number"), QStringLiteral("CAE-%1").arg(++m_serial)},
                              {QStringLiteral("last_name"), name},
                              {QStringLiteral("first_name"), QStringLiteral("Léa")},
                              {QStringLiteral("referent"), QStringLiteral("Camille")}};
        for (auto it = more.cbegin(); it != more.cend(); ++it)
            values.insert(it.key(), it.value());
        return RecordWriter::insert(*m_database, QStringLiteral("beneficiaries"), values);
    }

    void programme(const QString &person, const QString &kind, const QString &start, const QString &end = {})
    {
        QVariantMap values = {{QStringLiteral("beneficiary_id"), person},
                              {QStringLiteral("kind"), kind},
                              {QStringLiteral("start_on"), start},
                              {QStringLiteral("created_at"), at(QDate::fromString(start, Qt::ISODate))}};
        if (!end.isEmpty())
            values.insert(QStringLiteral("end_on"), end);
        RecordWriter::insert(*m_database, QStringLiteral("programmes"), values);
    }

    QString dropoutCase(const QString &name, const QString &status, const QString &birth, const QString &solutionOn)
    {
        return RecordWriter::insert(*m_database, QStringLiteral("dropout_cases"),
                                    {{QStringLiteral("last_name"), name},
                                     {QStringLiteral("first_name"), QStringLiteral("Noé")},
                                     {QStringLiteral("birth_date"), birth},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("solution_kind"), QStringLiteral("training")},
                                     {QStringLiteral("solution_on"), solutionOn},
                                     {QStringLiteral("received_on"), QStringLiteral("2024-01-10")},
                                     {QStringLiteral("adviser"), QStringLiteral("Julien")},
                                     {QStringLiteral("created_at"), at(QDate(2024, 1, 10))}});
    }

    QStringList dueNames(const QDate &today, const QString &adviser = {})
    {
        auto due = RetentionPolicy(*m_database).due(today, adviser);
        if (!due)
            qFatal("%s", qPrintable(due.error().fullText()));
        QStringList names;
        for (const RetentionCandidate &candidate : std::as_const(*due))
            names << candidate.name;
        names.sort();
        return names;
    }

    RetentionCandidate candidate(const QDate &today, const QString &name)
    {
        auto due = RetentionPolicy(*m_database).due(today);
        for (const RetentionCandidate &one : due ? *due : QList<RetentionCandidate>()) {
            if (one.name.startsWith(name))
                return one;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_database.isOpen());
        // Last seen on 15 March 2024 (an interview): due on 15 March 2026.
        const QString silent = dossier(QStringLiteral("Silence"), QDate(2023, 1, 5));
        RecordWriter::insert(*m_database, QStringLiteral("events"),
                             {{QStringLiteral("beneficiary_id"), silent},
                              {QStringLiteral("type"), QStringLiteral("interview")},
                              {QStringLiteral("mode"), QStringLiteral("in_person")},
                              {QStringLiteral("occurred_at"), QStringLiteral("2024-03-15T10:00:00")}});
        // A CEJ ended on 30 June 2020: kept until 30 June 2030, although silent since.
        programme(dossier(QStringLiteral("Contrat"), QDate(2019, 5, 1)), QStringLiteral("cej"),
                  QStringLiteral("2019-07-01"), QStringLiteral("2020-06-30"));
        // A PACEA started in 2019 and still running: never proposed.
        programme(dossier(QStringLiteral("Encours"), QDate(2019, 5, 1)), QStringLiteral("pacea"),
                  QStringLiteral("2019-05-02"));
        // Opened in 2019 but its record changed on 1 December 2025: due on 1 December 2027.
        dossier(QStringLiteral("Modifie"), QDate(2019, 5, 1), {{QStringLiteral("updated_at"), at(QDate(2025, 12, 1))}});
        // Already anonymised, or deleted: never again.
        dossier(QStringLiteral(""), QDate(2015, 1, 1), {{QStringLiteral("anonymised_at"), at(QDate(2018, 1, 1))}});
        dossier(QStringLiteral("Supprime"), QDate(2015, 1, 1), {{QStringLiteral("deleted_at"), at(QDate(2018, 1, 1))}});
        // Another adviser's dossier, silent since 2020.
        dossier(QStringLiteral("Autre"), QDate(2020, 2, 1), {{QStringLiteral("referent"), QStringLiteral("Julien")}});

        // A case closed with a solution on 10 January 2025 for a girl who turns 18 on 1 June 2026: due on
        // 1 June 2027. One closed on 1 May 2024 for an adult: due on 1 May 2025. One still open: never.
        dropoutCase(QStringLiteral("Mineure"), QStringLiteral("solution"), QStringLiteral("2008-06-01"),
                    QStringLiteral("2025-01-10"));
        dropoutCase(QStringLiteral("Majeur"), QStringLiteral("solution"), QStringLiteral("2000-03-03"),
                    QStringLiteral("2024-05-01"));
        dropoutCase(QStringLiteral("Ouvert"), QStringLiteral("to_contact"), QStringLiteral("2000-03-03"), {});
    }

    void settingsHaveTheirLegalDefaultsAndReasons()
    {
        RetentionRules rules(*m_database);
        QCOMPARE(rules.years(RetentionRules::Rule::InactiveDossier), 2);
        QCOMPARE(rules.years(RetentionRules::Rule::CejDossier), 10);
        QCOMPARE(rules.years(RetentionRules::Rule::DropoutCase), 1);
        QCOMPARE(rules.years(RetentionRules::Rule::AuditLog), 1);
        for (RetentionRules::Rule rule : RetentionRules::all()) {
            QVERIFY(RetentionRules::reason(rule).size() > 60);
            QVERIFY(!RetentionRules::label(rule).isEmpty());
        }
        QVERIFY(!rules.setYears(RetentionRules::Rule::InactiveDossier, 0));
        QVERIFY(!rules.setYears(RetentionRules::Rule::InactiveDossier, 31));
        QCOMPARE(rules.years(RetentionRules::Rule::InactiveDossier), 2);
    }

    void aSilentDossierIsDueTwoYearsAfterItsLastActivity()
    {
        QVERIFY(!dueNames(QDate(2026, 3, 14)).contains(QStringLiteral("SILENCE Léa")));
        QVERIFY(dueNames(QDate(2026, 3, 15)).contains(QStringLiteral("SILENCE Léa")));
        const RetentionCandidate silent = candidate(QDate(2026, 3, 15), QStringLiteral("SILENCE"));
        QCOMPARE(silent.rule, RetentionRules::Rule::InactiveDossier);
        QCOMPARE(silent.since, QDate(2024, 3, 15));
        QCOMPARE(silent.dueOn, QDate(2026, 3, 15));
        QVERIFY(silent.reason(2).contains(QStringLiteral("2024")));
        // A change of the record itself is activity too.
        QVERIFY(!dueNames(QDate(2027, 11, 30)).contains(QStringLiteral("MODIFIE Léa")));
        QVERIFY(dueNames(QDate(2027, 12, 1)).contains(QStringLiteral("MODIFIE Léa")));
    }

    void aCejDossierIsKeptTenYearsAfterTheCej()
    {
        QVERIFY(!dueNames(QDate(2030, 6, 29)).contains(QStringLiteral("CONTRAT Léa")));
        QVERIFY(dueNames(QDate(2030, 6, 30)).contains(QStringLiteral("CONTRAT Léa")));
        const RetentionCandidate cej = candidate(QDate(2030, 6, 30), QStringLiteral("CONTRAT"));
        QCOMPARE(cej.rule, RetentionRules::Rule::CejDossier);
        QCOMPARE(cej.since, QDate(2020, 6, 30));
    }

    void runningProgrammesAnonymisedAndDeletedAreNeverDue()
    {
        const QStringList due = dueNames(QDate(2040, 1, 1));
        QVERIFY(!due.contains(QStringLiteral("ENCOURS Léa")));
        QVERIFY(!due.contains(QStringLiteral("SUPPRIME Léa")));
        QVERIFY(!due.contains(QStringLiteral("OUVERT Noé")));
        QVERIFY(!due.contains(QStringLiteral("Léa")));
    }

    void aDropoutCaseIsKeptAYearAfterItClosesOrAfterTheAgeOfEighteen()
    {
        QVERIFY(!dueNames(QDate(2025, 4, 30)).contains(QStringLiteral("MAJEUR Noé")));
        QVERIFY(dueNames(QDate(2025, 5, 1)).contains(QStringLiteral("MAJEUR Noé")));
        QVERIFY(!dueNames(QDate(2027, 5, 31)).contains(QStringLiteral("MINEURE Noé")));
        QVERIFY(dueNames(QDate(2027, 6, 1)).contains(QStringLiteral("MINEURE Noé")));
        const RetentionCandidate minor = candidate(QDate(2027, 6, 1), QStringLiteral("MINEURE"));
        QCOMPARE(minor.module, Module::Dropouts);
        QCOMPARE(minor.since, QDate(2026, 6, 1));
    }

    void aLongerSettingDelaysWhatFallsDue()
    {
        RetentionRules rules(*m_database);
        QVERIFY(rules.setYears(RetentionRules::Rule::InactiveDossier, 3));
        QVERIFY(!dueNames(QDate(2026, 3, 15)).contains(QStringLiteral("SILENCE Léa")));
        QVERIFY(dueNames(QDate(2027, 3, 15)).contains(QStringLiteral("SILENCE Léa")));
        QVERIFY(rules.setYears(RetentionRules::Rule::InactiveDossier, 2));
    }

    void eachAdviserSeesTheirOwn()
    {
        QCOMPARE(dueNames(QDate(2026, 6, 1), QStringLiteral("Julien")),
                 (QStringList{QStringLiteral("AUTRE Léa"), QStringLiteral("MAJEUR Noé")}));
    }

    void theToDoListProposesThem()
    {
        auto sections = TodoList(*m_database).build(QDate(2026, 6, 1), {});
        QVERIFY(sections);
        const auto section = std::find_if(sections->cbegin(), sections->cend(), [](const TodoSection &one) {
            return one.id == QLatin1String("anonymisation");
        });
        QVERIFY(section != sections->cend());
        QStringList texts;
        for (const TodoItem &item : section->items)
            texts << item.text;
        QCOMPARE(texts.size(), 3); // SILENCE, AUTRE, MAJEUR
        QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("SILENCE Léa · CAE-1 · ")));
    }
};

QTEST_GUILESS_MAIN(TestRetentionPolicy)
#include "tst_retentionpolicy.moc"
