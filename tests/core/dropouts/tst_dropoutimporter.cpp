// SPDX-License-Identifier: GPL-3.0-or-later
// Importing dropout lists into campaigns: the report, re-imports, rows to review, and bad files.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutImporter.h"
#include "dropouts/DropoutRepository.h"
#include "dropouts/DropoutReviewRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString fixture = QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts/campagne-siei.csv");
const QString campaign = QStringLiteral("SIEI automne 2025");

/// Rows of every table the import may write, so that "nothing changed" can be checked in one comparison.
QList<int> tableCounts(Database &database)
{
    QList<int> counts;
    for (const char *table : {"dropout_campaigns", "dropout_cases", "dropout_campaign_cases", "dropout_reviews",
                              "dropout_status_changes", "beneficiaries", "search_keys"}) {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
        counts << (query.next() ? query.value(0).toInt() : -1);
    }
    return counts;
}

} // namespace

class TestDropoutImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsTheFixtureWithItsSynonyms();
    void reimportingTheSameListChangesNothing();
    void theReportSaysWhatHappensToEachRow();
    void aReviewIsDecidedByAPerson();
    void theSamePersonTwiceInOneListIsOneCase();
    void anOpenCaseJoinsTheNextCampaign();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void aCampaignNameIsRequired();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_files;
};

QString TestDropoutImporter::write(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("list%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestDropoutImporter::importsTheFixtureWithItsSynonyms()
{
    TemporaryDatabase db;
    DropoutImporter importer(*db);
    auto plan = importer.plan(fixture, campaign);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY2(plan->canRun(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.constFirst().message));
    QVERIFY(plan->mapping.unknownColumns.isEmpty());
    QCOMPARE(plan->count(DropoutImportRow::Outcome::New), 8);
    auto created = importer.run(*plan, fixture, QDate(2025, 11, 3));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QCOMPARE(*created, 8);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT last_name, first_name, birth_date, uai, guardian_phone, left_on, "
                                      "received_on, status FROM dropout_cases WHERE ine = '123456789AB'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Lefèvre"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("Éloïse"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("2009-05-06"));
    QCOMPARE(query.value(3).toString(), QStringLiteral("0140017T"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("06 98 76 54 32"));
    QCOMPARE(query.value(5).toString(), QStringLiteral("2025-10-15"));
    QCOMPARE(query.value(6).toString(), QStringLiteral("2025-11-03"));
    QCOMPARE(query.value(7).toString(), QStringLiteral("to_contact"));
    auto found = CampaignRepository(*db).findByName(campaign);
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().receivedOn, QDate(2025, 11, 3));
}

void TestDropoutImporter::reimportingTheSameListChangesNothing()
{
    TemporaryDatabase db;
    DropoutImporter importer(*db);
    QVERIFY(importer.run(*importer.plan(fixture, campaign), fixture));
    const QList<int> before = tableCounts(*db);
    auto again = importer.plan(fixture, campaign);
    QVERIFY(again);
    QCOMPARE(again->count(DropoutImportRow::Outcome::AlreadyOpen), 8);
    QCOMPARE(again->count(DropoutImportRow::Outcome::New), 0);
    auto created = importer.run(*again, fixture);
    QVERIFY(created);
    QCOMPARE(*created, 0);
    QCOMPARE(tableCounts(*db), before);
}

void TestDropoutImporter::theReportSaysWhatHappensToEachRow()
{
    TemporaryDatabase db;
    // Awa N'Diaye is already followed by the Mission locale; Maël Hébert has a dossier with a birth date one digit
    // apart; Noé Le Goff already has an open case, reported by hand.
    BeneficiaryBuilder()
        .named(QStringLiteral("Awa"), QStringLiteral("N’Diaye"))
        .bornOn(QDate(2010, 2, 1))
        .createIn(*db);
    BeneficiaryBuilder()
        .named(QStringLiteral("Mael"), QStringLiteral("HEBERT"))
        .bornOn(QDate(2009, 7, 8))
        .createIn(*db);
    DropoutCase reported;
    reported.lastName = QStringLiteral("LE GOFF");
    reported.firstName = QStringLiteral("Noe");
    reported.birthDate = QDate(2009, 11, 20);
    reported.source = QStringLiteral("report");
    QVERIFY(DropoutRepository(*db).create(reported));
    // Planning (what a dry run does) writes nothing.
    const QList<int> before = tableCounts(*db);
    DropoutImporter importer(*db);
    auto plan = importer.plan(fixture, campaign);
    QVERIFY(plan && plan->canRun());
    QCOMPARE(tableCounts(*db), before);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::New), 5);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::LinkedToDossier), 1);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::AlreadyOpen), 1);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::ToReview), 1);
    const DropoutImportRow &review = plan->rows.at(4);
    QCOMPARE(review.line, 6);
    QCOMPARE(review.outcome, DropoutImportRow::Outcome::ToReview);
    auto created = importer.run(*plan, fixture);
    QVERIFY(created);
    QCOMPARE(*created, 6);
    auto pending = DropoutReviewRepository(*db).pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().row.lastName, QStringLiteral("Hébert"));
    QCOMPARE(pending->constFirst().candidateKind, QStringLiteral("dossier"));
    // The open case is now in the campaign too, and still one case.
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM dropout_cases WHERE last_name = 'LE GOFF'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // Re-importing keeps the review as it is.
    const QList<int> after = tableCounts(*db);
    auto again = importer.plan(fixture, campaign);
    QCOMPARE(again->count(DropoutImportRow::Outcome::ToReview), 1);
    QVERIFY(importer.run(*again, fixture));
    QCOMPARE(tableCounts(*db), after);
}

void TestDropoutImporter::aReviewIsDecidedByAPerson()
{
    TemporaryDatabase db;
    const Beneficiary mael = BeneficiaryBuilder()
                                 .named(QStringLiteral("Maël"), QStringLiteral("Hébert"))
                                 .bornOn(QDate(2009, 3, 7))
                                 .createIn(*db);
    const Beneficiary lucas = BeneficiaryBuilder()
                                  .named(QStringLiteral("Lucas"), QStringLiteral("Petit"))
                                  .bornOn(QDate(2009, 9, 16))
                                  .createIn(*db);
    DropoutImporter importer(*db);
    QVERIFY(importer.run(*importer.plan(fixture, campaign), fixture));
    DropoutReviewRepository reviews(*db);
    auto pending = reviews.pending();
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    const DropoutReview first = pending->at(0);
    const DropoutReview second = pending->at(1);
    QCOMPARE(first.candidateId, mael.id);
    auto linked = reviews.resolve(first.id, DropoutReviewRepository::Decision::Link);
    QVERIFY2(linked, qPrintable(linked ? QString() : linked.error().fullText()));
    QCOMPARE(DropoutRepository(*db).find(*linked)->value().beneficiaryId, mael.id);
    auto separate = reviews.resolve(second.id, DropoutReviewRepository::Decision::KeepSeparate);
    QVERIFY(separate);
    QVERIFY(DropoutRepository(*db).find(*separate)->value().beneficiaryId.isEmpty());
    QVERIFY(reviews.pending()->isEmpty());
    QVERIFY(!reviews.resolve(first.id, DropoutReviewRepository::Decision::KeepSeparate));
    Q_UNUSED(lucas)
    // Decided rows stay decided when the list comes again.
    const QList<int> before = tableCounts(*db);
    auto again = importer.plan(fixture, campaign);
    QCOMPARE(again->count(DropoutImportRow::Outcome::AlreadyOpen), 8);
    QVERIFY(importer.run(*again, fixture));
    QCOMPARE(tableCounts(*db), before);
}

void TestDropoutImporter::theSamePersonTwiceInOneListIsOneCase()
{
    TemporaryDatabase db;
    DropoutImporter importer(*db);
    auto plan = importer.plan(write("Nom;Prénom;Date de naissance;INE\n"
                                    "Martin-Dupont;Jean-Baptiste;12/03/2009;\n"
                                    "MARTIN DUPONT;Jean Baptiste;12/03/2009;\n"
                                    "Durand;Inès;01/02/2009;123456789AB\n"
                                    "Durand-Leroy;Inès;01/02/2009;123456789ab\n"),
                              campaign);
    QVERIFY(plan && plan->canRun());
    QCOMPARE(plan->count(DropoutImportRow::Outcome::New), 2);
    QCOMPARE(plan->count(DropoutImportRow::Outcome::DuplicateInFile), 2);
    QCOMPARE(plan->rows.at(1).duplicateOf, QStringLiteral("line 2"));
    QCOMPARE(plan->rows.at(3).duplicateOf, QStringLiteral("line 4"));
    QCOMPARE(*importer.run(*plan, QStringLiteral("list.csv")), 2);
}

void TestDropoutImporter::anOpenCaseJoinsTheNextCampaign()
{
    TemporaryDatabase db;
    DropoutImporter importer(*db);
    QVERIFY(importer.run(*importer.plan(fixture, campaign), fixture));
    auto next = importer.plan(fixture, QStringLiteral("SIEI printemps 2026"));
    QVERIFY(next);
    QVERIFY(next->campaignId.isEmpty());
    QCOMPARE(next->count(DropoutImportRow::Outcome::AlreadyOpen), 8);
    QCOMPARE(*importer.run(*next, fixture), 0);
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT case_id) FROM dropout_campaign_cases")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 16);
    QCOMPARE(query.value(1).toInt(), 8);
}

void TestDropoutImporter::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a word of the message that names the problem
    const QByteArray header("Nom;Prénom;Date de naissance;UAI;INE;Adresse\n");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xFF\xFE\x00garbage", 14) << QStringLiteral("binary");
    QTest::newRow("wrong columns") << QByteArray("Raison sociale;SIRET\nBoulangerie;12345678901234\n")
                                   << QStringLiteral("Last name");
    QTest::newRow("truncated: quote never closed")
        << QByteArray(header + "Martin;Léa;06/05/2009;;;\"12 rue de la Paix\n") << QStringLiteral("quote");
    QTest::newRow("wrong UAI key") << QByteArray(header + "Martin;Léa;06/05/2009;0140017A;;\n")
                                   << QStringLiteral("0140017T");
    QTest::newRow("INE of a wrong form") << QByteArray(header + "Martin;Léa;06/05/2009;;12345;\n")
                                         << QStringLiteral("INE");
    QTest::newRow("formula injection") << QByteArray(header + "Martin;Léa;06/05/2009;;;=HYPERLINK(\"http://x\")\n")
                                       << QStringLiteral("formula");
    QTest::newRow("formula in a name") << QByteArray(header + "=cmd|' /C calc'!A0;Léa;06/05/2009;;;\n")
                                       << QStringLiteral("last name");
    QTest::newRow("huge field") << QByteArray(header + "Martin;Léa;06/05/2009;;;" + QByteArray(5000, 'x') + "\n")
                                << QStringLiteral("too long");
    QTest::newRow("impossible date") << QByteArray(header + "Martin;Léa;31/02/2009;;;\n")
                                     << QStringLiteral("31/02/2009");
    QTest::newRow("Windows-1252 with a bad date")
        << QByteArray("Nom;Pr\xE9nom;Date naiss.\r\nLef\xE8vre;\xC9lo\xEFse;06/05/09\r\n")
        << QStringLiteral("06/05/09");
    QTest::newRow("one good row, one bad row")
        << QByteArray(header + "Martin;Léa;06/05/2009;;;\nDurand;Inès;;;;\n") << QStringLiteral("line 3");
}

void TestDropoutImporter::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TemporaryDatabase db;
    const QList<int> before = tableCounts(*db);
    DropoutImporter importer(*db);
    auto plan = importer.plan(write(bytes), campaign);
    if (!plan) {
        QVERIFY2(plan.error().fullText().contains(expected, Qt::CaseInsensitive), qPrintable(plan.error().fullText()));
        QCOMPARE(plan.error().kind(), Error::Kind::BadInput);
    } else {
        QVERIFY(!plan->canRun());
        QStringList messages;
        for (const TabularProblem &problem : std::as_const(plan->problems))
            messages << problem.message;
        QVERIFY2(messages.join(QLatin1Char('\n')).contains(expected, Qt::CaseInsensitive),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        auto run = importer.run(*plan, QStringLiteral("bad.csv"));
        QVERIFY(!run);
        QCOMPARE(run.error().kind(), Error::Kind::BadInput);
    }
    QCOMPARE(tableCounts(*db), before);
}

void TestDropoutImporter::aCampaignNameIsRequired()
{
    TemporaryDatabase db;
    auto plan = DropoutImporter(*db).plan(fixture, QStringLiteral("  "));
    QVERIFY(!plan);
    QCOMPARE(plan.error().kind(), Error::Kind::Usage);
}

QTEST_GUILESS_MAIN(TestDropoutImporter)
#include "tst_dropoutimporter.moc"
