// SPDX-License-Identifier: GPL-3.0-or-later
// Importing dossiers from the spreadsheets advisers really receive, and from broken ones.
#include "BeneficiaryBuilder.h"
#include "FileCorruption.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/BeneficiaryImporter.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/ProgrammeRepository.h"
#include "io/TextDecoder.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestBeneficiaryImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFormatsOfferedBySpreadsheets_data();
    void readsTheFormatsOfferedBySpreadsheets();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void duplicatesAreSkippedAndReimportChangesNothing();
    void aRejectedRowKeepsTheDatabaseExactlyAsBefore();
    void programmeAndSituationComeWithTheDossier();
    void columnOverrideMapsAnUnknownTitle();
    void fiftyThousandRows();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_files;
};

QString TestBeneficiaryImporter::write(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("import%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestBeneficiaryImporter::readsTheFormatsOfferedBySpreadsheets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("lastName");
    const QByteArray header = QByteArrayLiteral("Nom;Prénom;Date de naissance;Commune;Code postal\r\n");
    const QByteArray row = QByteArrayLiteral("Lefèvre;Éloïse;06/05/2007;Hérouville-Saint-Clair;14200\r\n");
    QTest::newRow("UTF-8 with BOM, ;") << QByteArray("\xEF\xBB\xBF" + header + row) << QStringLiteral("Lefèvre");
    QTest::newRow("UTF-8 without BOM") << QByteArray(header + row) << QStringLiteral("Lefèvre");
    QTest::newRow("Windows-1252") << QByteArray(
                                         "Nom;Pr\xE9nom;Date de naissance\r\nLef\xE8vre;\xC9lo\xEFse;06/05/2007\r\n")
                                  << QStringLiteral("Lefèvre");
    QTest::newRow("comma and quotes")
        << QByteArray("Nom,Prénom,Date naiss.,Adresse\n\"Le Goff\",Noé,2007-05-06,\"12, rue de la Paix\"\n")
        << QStringLiteral("Le Goff");
    QTest::newRow("tab") << QByteArray("NOM\tPRENOM\tDDN\nMartin\tLéa\t6/5/2007\n") << QStringLiteral("Martin");
    QTest::newRow("quoted newline in the address")
        << QByteArray("Nom;Prénom;Date de naissance;Adresse\n"
                      "Hébert;Noé;06/05/2007;\"12 rue de la Paix\nBâtiment B\"\n")
        << QStringLiteral("Hébert");
    QTest::newRow("unknown columns are ignored") << QByteArray("Nom;Prénom;Date de naissance;Pointure;Remarque\n"
                                                               "Duval;Maël;06/05/2007;42;RAS\n")
                                                 << QStringLiteral("Duval");
}

void TestBeneficiaryImporter::readsTheFormatsOfferedBySpreadsheets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, lastName);
    TemporaryDatabase db;
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(write(bytes));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY2(plan->canRun(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.constFirst().message));
    QCOMPARE(plan->count(ImportedRow::Outcome::New), 1);
    auto created = importer.run(*plan, QStringLiteral("test.csv"));
    QVERIFY(created);
    QCOMPARE(*created, 1);
    const Beneficiary stored = plan->rows.constFirst().beneficiary;
    QVERIFY(stored.lastName.startsWith(lastName));
    QCOMPARE(stored.birthDate, QDate(2007, 5, 6));
    QCOMPARE(*BeneficiaryRepository(*db).count(), 1);
}

void TestBeneficiaryImporter::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a word of the message that names the problem
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xFF\xFE\x00garbage", 14) << QStringLiteral("binary");
    QTest::newRow("missing required column") << QByteArray("Nom;Prénom\nMartin;Léa\n") << QStringLiteral("Birth date");
    QTest::newRow("impossible date") << QByteArray("Nom;Prénom;Date de naissance\nMartin;Léa;31/02/2007\n")
                                     << QStringLiteral("31/02/2007");
    QTest::newRow("two-digit year") << QByteArray("Nom;Prénom;Date de naissance\nMartin;Léa;06/05/07\n")
                                    << QStringLiteral("06/05/07");
    QTest::newRow("too young") << QByteArray("Nom;Prénom;Date de naissance\nMartin;Léa;01/01/2020\n")
                               << QStringLiteral("age");
    QTest::newRow("formula injection") << QByteArray(
                                              "Nom;Prénom;Date de naissance\n=HYPERLINK(\"http://x\");Léa;06/05/2007\n")
                                       << QStringLiteral("last name");
    QTest::newRow("SQL in a name")
        << QByteArray("Nom;Prénom;Date de naissance\n\"Robert'); DROP TABLE beneficiaries;--\";Léa;06/05/2007\n")
        << QStringLiteral("last name");
    QTest::newRow("unterminated quote") << QByteArray("Nom;Prénom;Date de naissance\n\"Martin;Léa;06/05/2007\n")
                                        << QStringLiteral("quote");
    QTest::newRow("unknown education level")
        << QByteArray("Nom;Prénom;Date de naissance;Niveau\nMartin;Léa;06/05/2007;Bac+12\n")
        << QStringLiteral("Bac+12");
    QTest::newRow("yes-no column with another word")
        << QByteArray("Nom;Prénom;Date de naissance;QPV\nMartin;Léa;06/05/2007;peut-être\n")
        << QStringLiteral("peut-être");
    QTest::newRow("programme without its start")
        << QByteArray("Nom;Prénom;Date de naissance;Dispositif\nMartin;Léa;06/05/2007;CEJ\n")
        << QStringLiteral("start");
    QTest::newRow("huge name") << QByteArray("Nom;Prénom;Date de naissance\n" + QByteArray(5000, 'a') +
                                             ";Léa;06/05/2007\n")
                               << QStringLiteral("80");
}

void TestBeneficiaryImporter::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TemporaryDatabase db;
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(write(bytes));
    QString message;
    if (!plan) {
        message = plan.error().fullText();
        QCOMPARE(plan.error().kind(), Error::Kind::BadInput);
    } else {
        QVERIFY(!plan->canRun());
        for (const TabularProblem &problem : std::as_const(plan->problems))
            message += problem.message + QLatin1Char('\n');
        auto run = importer.run(*plan, QStringLiteral("bad.csv"));
        QVERIFY(!run);
        QCOMPARE(run.error().exitCode(), 2);
    }
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(*BeneficiaryRepository(*db).count(), 0);
}

void TestBeneficiaryImporter::duplicatesAreSkippedAndReimportChangesNothing()
{
    TemporaryDatabase db;
    BeneficiaryBuilder()
        .named(QStringLiteral("Jean-Baptiste"), QStringLiteral("Le Goff"))
        .bornOn(QDate(2006, 3, 14))
        .createIn(*db);
    const QString path = write("Nom;Prénom;Date de naissance\n"
                               "LE GOFF;jean baptiste;14/03/2006\n" // already in the base
                               "Martin;Léa;06/05/2007\n"
                               "MARTIN;LEA;2007-05-06\n"); // the row above again
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(path);
    QVERIFY(plan && plan->canRun());
    QCOMPARE(plan->count(ImportedRow::Outcome::DuplicateOfDossier), 1);
    QCOMPARE(plan->count(ImportedRow::Outcome::DuplicateInFile), 1);
    QCOMPARE(plan->count(ImportedRow::Outcome::New), 1);
    QCOMPARE(*importer.run(*plan, path), 1);
    QCOMPARE(*BeneficiaryRepository(*db).count(), 2);

    const QByteArray before = FileCorruption::contentOf(db.path());
    auto again = importer.plan(path);
    QVERIFY(again);
    QCOMPARE(again->count(ImportedRow::Outcome::New), 0);
    QCOMPARE(*importer.run(*again, path), 0);
    QCOMPARE(*BeneficiaryRepository(*db).count(), 2);
}

void TestBeneficiaryImporter::aRejectedRowKeepsTheDatabaseExactlyAsBefore()
{
    TemporaryDatabase db;
    BeneficiaryBuilder().createIn(*db);
    db.close();
    const QByteArray before = FileCorruption::contentOf(db.path());
    QVERIFY(db.reopen().isEmpty());
    QString rows = QStringLiteral("Nom;Prénom;Date de naissance\n");
    for (int i = 0; i < 500; ++i)
        rows += QStringLiteral("Nom%1;Léa;06/05/2007\n").arg(QChar(u'a' + i % 26) + QString(i / 26 + 1, u'x'));
    rows += QStringLiteral("Martin;Léa;pas une date\n");
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(write(rows.toUtf8()));
    QVERIFY(plan);
    QCOMPARE(plan->count(ImportedRow::Outcome::New), 500);
    QCOMPARE(plan->count(ImportedRow::Outcome::Rejected), 1);
    QVERIFY(!importer.run(*plan, QStringLiteral("x.csv")));
    db.close();
    QCOMPARE(FileCorruption::contentOf(db.path()), before);
}

void TestBeneficiaryImporter::programmeAndSituationComeWithTheDossier()
{
    TemporaryDatabase db;
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(
        write("Nom;Prénom;Date de naissance;Situation;Dispositif;Date d'entrée dispositif;Niveau de formation;RQTH\n"
              "Martin;Léa;06/05/2007;Demandeur d'emploi;CEJ;01/09/2026;Niveau 3;oui\n"));
    QVERIFY(plan && plan->canRun());
    QVERIFY(importer.run(*plan, QStringLiteral("x.csv")));
    const QString id = BeneficiaryRepository(*db).referents().ok() ? plan->rows.constFirst().beneficiary.id : QString();
    Q_UNUSED(id)
    auto list = BeneficiaryImporter(*db).plan(write("Nom;Prénom;Date de naissance\nMartin;Léa;06/05/2007\n"));
    QCOMPARE(list->count(ImportedRow::Outcome::DuplicateOfDossier), 1);
    const QString dossier = list->rows.constFirst().duplicateOf;
    QVERIFY(!dossier.isEmpty());
    QSqlQuery query(db->connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT b.rqth, b.education_level, p.kind, p.start_on, s.kind FROM beneficiaries b "
                       "JOIN programmes p ON p.beneficiary_id = b.id JOIN situations s ON s.beneficiary_id = b.id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("3"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("cej"));
    QCOMPARE(query.value(3).toDate(), QDate(2026, 9, 1));
    QCOMPARE(query.value(4).toString(), QStringLiteral("jobseeker"));
}

void TestBeneficiaryImporter::columnOverrideMapsAnUnknownTitle()
{
    TemporaryDatabase db;
    BeneficiaryImporter importer(*db);
    const QString path = write("Nom;Prénom;Anniversaire\nMartin;Léa;06/05/2007\n");
    auto plan = importer.plan(path);
    QVERIFY(plan);
    QVERIFY(!plan->canRun());
    auto corrected = importer.plan(path, {{2, QStringLiteral("birth_date")}});
    QVERIFY(corrected);
    QVERIFY(corrected->canRun());
    QCOMPARE(corrected->rows.constFirst().beneficiary.birthDate, QDate(2007, 5, 6));
}

void TestBeneficiaryImporter::fiftyThousandRows()
{
    TemporaryDatabase db;
    QByteArray bytes = "Nom;Prénom;Date de naissance;Commune;Code postal\n";
    bytes.reserve(3'000'000);
    const QStringList firsts = {QStringLiteral("Léa"), QStringLiteral("Noé"), QStringLiteral("Inès"),
                                QStringLiteral("Maël")};
    for (int i = 0; i < 50000; ++i) {
        // Distinct people: a name made of letters from the row number.
        QString last;
        for (int n = i; last.size() < 4 || n > 0; n /= 26)
            last += QChar(u'a' + n % 26);
        bytes +=
            QStringLiteral("Nom%1;%2;%3;Caen;14000\n")
                .arg(last, firsts.at(i % 4), QDate(1998, 1, 1).addDays(i % 3000).toString(QStringLiteral("dd/MM/yyyy")))
                .toUtf8();
    }
    BeneficiaryImporter importer(*db);
    auto plan = importer.plan(write(bytes));
    QVERIFY(plan);
    QVERIFY2(plan->canRun(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.constFirst().message));
    QCOMPARE(plan->rows.size(), 50000);
    auto created = importer.run(*plan, QStringLiteral("big.csv"));
    QVERIFY(created);
    QCOMPARE(*created, 50000);
    QCOMPARE(*BeneficiaryRepository(*db).count(), 50000);
}

QTEST_GUILESS_MAIN(TestBeneficiaryImporter)
#include "tst_beneficiaryimporter.moc"
