// SPDX-License-Identifier: GPL-3.0-or-later
// Importing lists of host companies, as partners and chambers of commerce send them, and broken ones.
#include "TemporaryDatabase.h"
#include "placements/CompanyImporter.h"
#include "placements/CompanyRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// 13 digits followed by the Luhn check digit that makes them a valid SIRET.
QByteArray withLuhnKey(const QByteArray &thirteen)
{
    int sum = 0;
    for (int i = 0; i < thirteen.size(); ++i) {
        int value = thirteen.at(i) - '0';
        // In the 14-digit number, the digits at even positions from the left are the ones Luhn doubles.
        if (i % 2 == 0) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
    }
    return thirteen + QByteArray::number((10 - sum % 10) % 10);
}

const QByteArray siretA = withLuhnKey("4422306890001");
const QByteArray siretB = withLuhnKey("7328293200007");

} // namespace

class TestCompanyImporter : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodFiles_data();
    void readsGoodFiles();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void duplicatesAreSkippedAndReimportChangesNothing();
    void aRejectedRowKeepsTheDirectoryAsItWas();
    void readsDomainsAndActivity();

private:
    QString write(const QByteArray &bytes);
    QTemporaryDir m_files;
};

QString TestCompanyImporter::write(const QByteArray &bytes)
{
    static int counter = 0;
    const QString path = m_files.filePath(QStringLiteral("companies%1.csv").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return path;
}

void TestCompanyImporter::readsGoodFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("commune");
    QTest::newRow("UTF-8, ; and accents")
        << QByteArray("Raison sociale;SIRET;Code APE;Adresse;Code postal;Ville;Interlocuteur;Téléphone;Courriel\r\n"
                      "Boulangerie Lefèvre;" +
                      siretA.left(9) + " " + siretA.mid(9) +
                      ";1071c;12 rue de l'Église;14200;Hérouville-Saint-Clair;Anaïs Renaud;0231000000;"
                      "contact@lefevre.example\r\n")
        << QStringLiteral("Boulangerie Lefèvre") << QString::fromLatin1(siretA)
        << QStringLiteral("Hérouville-Saint-Clair");
    QTest::newRow("Windows-1252") << QByteArray("D\xE9nomination;N\xB0 SIRET;Commune\r\n"
                                                "\xC9picerie No\xE9;" +
                                                siretB + ";Bayeux\r\n")
                                  << QStringLiteral("Épicerie Noé") << QString::fromLatin1(siretB)
                                  << QStringLiteral("Bayeux");
    QTest::newRow("comma, no SIRET") << QByteArray("Entreprise,Code postal,Ville\n\"Garage Martin, père et fils\","
                                                   "14000,Caen\n")
                                     << QStringLiteral("Garage Martin, père et fils") << QString()
                                     << QStringLiteral("Caen");
}

void TestCompanyImporter::readsGoodFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, siret);
    QFETCH(QString, commune);
    TemporaryDatabase db;
    CompanyImporter importer(*db);
    auto plan = importer.plan(write(bytes));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY2(plan->canRun(), qPrintable(plan->problems.isEmpty() ? QString() : plan->problems.constFirst().message));
    QCOMPARE(plan->count(CompanyImportRow::Outcome::New), 1);
    auto created = importer.run(*plan, QStringLiteral("/somewhere/partners.csv"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QCOMPARE(*created, 1);
    CompanyRepository companies(*db);
    auto stored = companies.search(name.left(5), 10);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    QCOMPARE(stored->constFirst().name, name);
    QCOMPARE(stored->constFirst().siret, siret);
    QCOMPARE(stored->constFirst().commune, commune);

    QSqlQuery audit(db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND "
                                      "table_name = 'companies' AND record_id = 'partners.csv'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
}

void TestCompanyImporter::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // a piece of the message that names the problem
    QTest::newRow("missing required column")
        << QByteArray("SIRET;Ville\n" + siretA + ";Caen\n") << QStringLiteral("Company name");
    QTest::newRow("bad SIRET checksum, with its line and column")
        << QByteArray("Raison sociale;SIRET;Ville\nBoulangerie Lefèvre;" + siretA + ";Caen\nGarage Martin;" +
                      siretB.left(13) + QByteArray::number((siretB.right(1).toInt() + 1) % 10) + ";Bayeux\n")
        << QStringLiteral("line 3, column 2");
    QTest::newRow("SIRET too short") << QByteArray("Nom;SIRET\nGarage Martin;123456789\n")
                                     << QStringLiteral("line 2, column 2");
    QTest::newRow("missing name") << QByteArray("Nom;SIRET;Ville\n;" + siretA + ";Caen\n")
                                  << QStringLiteral("line 2, column 1");
    QTest::newRow("formula") << QByteArray("Nom;Ville\n=HYPERLINK(\"http://x\");Caen\n") << QStringLiteral("formula");
    QTest::newRow("formula with @") << QByteArray("Nom;Interlocuteur\nGarage Martin;@SUM(A1)\n")
                                    << QStringLiteral("line 2, column 2");
    QTest::newRow("bad phone") << QByteArray("Nom;Téléphone\nGarage Martin;12 34\n") << QStringLiteral("12 34");
    QTest::newRow("not a ROME domain") << QByteArray("Nom;Domaines\nGarage Martin;I16, Z99\n") << QStringLiteral("Z99");
}

void TestCompanyImporter::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TemporaryDatabase db;
    CompanyImporter importer(*db);
    auto plan = importer.plan(write(bytes));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY(!plan->canRun());
    QString message;
    for (const TabularProblem &problem : std::as_const(plan->problems))
        message += problem.message + QLatin1Char('\n');
    QVERIFY2(message.contains(expected), qPrintable(message));
    auto run = importer.run(*plan, QStringLiteral("bad.csv"));
    QVERIFY(!run);
    QCOMPARE(run.error().kind(), Error::Kind::BadInput);
    QCOMPARE(*CompanyRepository(*db).count(), 0);
}

void TestCompanyImporter::duplicatesAreSkippedAndReimportChangesNothing()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    Company known;
    known.name = QStringLiteral("Boulangerie Lefèvre");
    known.siret = QString::fromLatin1(siretA);
    QVERIFY(companies.create(known));
    Company noSiret;
    noSiret.name = QStringLiteral("Garage Dupont");
    noSiret.postcode = QStringLiteral("14000");
    QVERIFY(companies.create(noSiret));

    const QByteArray file = "Raison sociale;SIRET;Code postal;Ville\n"
                            "Boulangerie Lefevre SARL;" +
                            siretA.left(9) + "." + siretA.mid(9) +
                            ";14200;Caen\n"                   // line 2: same SIRET as the directory
                            "GARAGE DUPONT;;14000;Caen\n"     // line 3: same name and postcode, no SIRET
                            "Garage Dupont;;50000;Saint-Lô\n" // line 4: same name elsewhere: a new company
                            "Épicerie Noé;" +
                            siretB +
                            ";14400;Bayeux\n" // line 5: new
                            "Epicerie Noe (bis);" +
                            siretB +
                            ";14400;Bayeux\n"                  // line 6: same SIRET as line 5
                            "garage dupont;;50000;Saint-Lô\n"; // line 7: same as line 4
    CompanyImporter importer(*db);
    auto plan = importer.plan(write(file));
    QVERIFY(plan);
    QVERIFY(plan->canRun());
    QCOMPARE(plan->count(CompanyImportRow::Outcome::New), 2);
    QCOMPARE(plan->count(CompanyImportRow::Outcome::DuplicateOfCompany), 2);
    QCOMPARE(plan->count(CompanyImportRow::Outcome::DuplicateInFile), 2);
    QCOMPARE(plan->rows.at(0).duplicateOf, QStringLiteral("Boulangerie Lefèvre (%1)").arg(QString::fromLatin1(siretA)));
    QCOMPARE(plan->rows.at(4).duplicateOf, QStringLiteral("line 5"));
    QCOMPARE(plan->rows.at(5).duplicateOf, QStringLiteral("line 4"));
    QCOMPARE(*importer.run(*plan, QStringLiteral("list.csv")), 2);
    QCOMPARE(*companies.count(), 4);

    auto again = importer.plan(write(file));
    QVERIFY(again);
    QCOMPARE(again->count(CompanyImportRow::Outcome::New), 0);
    QCOMPARE(*importer.run(*again, QStringLiteral("list.csv")), 0);
    QCOMPARE(*companies.count(), 4);
}

void TestCompanyImporter::aRejectedRowKeepsTheDirectoryAsItWas()
{
    TemporaryDatabase db;
    CompanyRepository companies(*db);
    Company known;
    known.name = QStringLiteral("Boulangerie Lefèvre");
    QVERIFY(companies.create(known));
    // Two good rows around a bad one: all or nothing, so none of them is written.
    const QByteArray file =
        "Nom;SIRET\nGarage Martin;" + siretA + "\nÉpicerie;12345678901234\nFleuriste;" + siretB + "\n";
    CompanyImporter importer(*db);
    auto plan = importer.plan(write(file));
    QVERIFY(plan);
    QCOMPARE(plan->count(CompanyImportRow::Outcome::New), 2);
    QCOMPARE(plan->count(CompanyImportRow::Outcome::Rejected), 1);
    QVERIFY(!importer.run(*plan, QStringLiteral("list.csv")));
    QCOMPARE(*companies.count(), 1);
    QSqlQuery audit(db->connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 0);
}

void TestCompanyImporter::readsDomainsAndActivity()
{
    TemporaryDatabase db;
    CompanyImporter importer(*db);
    auto plan = importer.plan(write("Raison sociale;Domaines ROME;Activité\n"
                                    "EHPAD Les Tilleuls;j15, K12;Maison de retraite, 80 résidents\n"));
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().fullText()));
    QVERIFY(plan->canRun());
    QVERIFY(importer.run(*plan, QStringLiteral("partners.csv")));
    auto stored = CompanyRepository(*db).search(QStringLiteral("EHPAD"), 10);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->constFirst().romeDomains, QStringList({QStringLiteral("J15"), QStringLiteral("K12")}));
    QCOMPARE(stored->constFirst().activity, QStringLiteral("Maison de retraite, 80 résidents"));
}

QTEST_GUILESS_MAIN(TestCompanyImporter)
#include "tst_companyimporter.moc"
