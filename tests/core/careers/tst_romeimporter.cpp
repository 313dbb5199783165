// SPDX-License-Identifier: GPL-3.0-or-later
// Importing the ROME open data: the fixture set, a newer version, and files that must be refused untouched.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "beneficiaries/CareerTargetRepository.h"
#include "careers/CareerLinks.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"
#include "search/SearchService.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/") + QString::fromLatin1(name);
}

/// Rows of every table an import may write, so that "nothing changed" is one comparison.
QList<int> tableCounts(Database &database)
{
    QList<int> counts;
    for (const char *table : {"rome_versions", "rome_sheets", "rome_appellations", "rome_skills", "rome_mobilities",
                              "rome_withdrawn", "career_search", "search_keys", "audit_log"}) {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
        counts << (query.next() ? query.value(0).toInt() : -1);
    }
    return counts;
}

} // namespace

class TestRomeImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsTheFixtureSet();
    void readsASheetsTextsInOrder();
    void groupsSkillsByRubrique();
    void theSameVersionTwiceChangesNothing();
    void aNewerVersionReportsChangesAndKeepsLocalWork();
    void refusesBadFolders_data();
    void refusesBadFolders();
    void readsAnIsoFileAndSaysSo();
    void aDryRunWritesNothing();
};

void TestRomeImporter::importsTheFixtureSet()
{
    TemporaryDatabase database;
    RomeImporter importer(*database);
    auto report = importer.import(fixture("v460"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->version, QStringLiteral("460"));
    QVERIFY(report->previousVersion.isEmpty());
    QCOMPARE(report->counts.value(QStringLiteral("sheets")), 22);
    QCOMPARE(report->counts.value(QStringLiteral("appellations")), 44);
    QCOMPARE(report->counts.value(QStringLiteral("mobilities")), 12);
    QCOMPARE(report->added.size(), 22);
    QVERIFY(report->removed.isEmpty());
    QVERIFY(report->missingFiles.isEmpty());

    // Careers are in the global search too, one entry per sheet.
    auto hits = SearchService(*database).search(QStringLiteral("boulang"));
    QVERIFY(hits.ok());
    QVERIFY(!hits->isEmpty());
    QCOMPARE(hits->constFirst().module, Module::Careers);
    QCOMPARE(hits->constFirst().recordId, QStringLiteral("D1102"));
}

void TestRomeImporter::readsASheetsTextsInOrder()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(fixture("v460")).ok());
    auto sheet = CareerSheetRepository(*database).find(QStringLiteral("D1102"));
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->label, QStringLiteral("Boulangerie - viennoiserie"));
    // The file lists this definition's sentences backwards: position_phrase decides.
    QCOMPARE(sheet->definition, QStringLiteral("Prépare et façonne les pâtes.\nCuit le pain et les viennoiseries.\n"
                                               "Veille à l'hygiène du fournil."));
    QCOMPARE(sheet->access, QStringLiteral("Accessible avec un CAP Boulanger.\nUn BP permet de s'installer."));
    QCOMPARE(sheet->appellations, QStringList({QStringLiteral("Boulanger / Boulangère"),
                                               QStringLiteral("Boulanger-pâtissier / Boulangère-pâtissière")}));
    QCOMPARE(sheet->grandDomain, QStringLiteral("D"));
    QCOMPARE(sheet->grandDomainLabel, QStringLiteral("Commerce, vente et grande distribution"));
    QCOMPARE(sheet->domain, QStringLiteral("D11"));
    QCOMPARE(sheet->domainLabel, QStringLiteral("Commerce alimentaire et métiers de bouche"));
    QCOMPARE(sheet->version, QStringLiteral("460"));
    QCOMPARE(sheet->workContexts, QStringList{QStringLiteral("Travail en horaires décalés")});
    QCOMPARE(sheet->closeJobs.size(), 2);
    QCOMPARE(sheet->closeJobs.at(0).code, QStringLiteral("D1106"));
    QCOMPARE(sheet->closeJobs.at(0).label, QStringLiteral("Vente en alimentation"));
    QCOMPARE(sheet->closeJobs.at(1).code, QStringLiteral("G1602"));
}

void TestRomeImporter::groupsSkillsByRubrique()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(fixture("v460")).ok());
    auto sheet = CareerSheetRepository(*database).find(QStringLiteral("D1102"));
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->skills(SkillRubrique::KnowHow),
             QStringList(
                 {QStringLiteral("Pétrir la pâte"), QStringLiteral("Respecter les règles d'hygiène et de sécurité")}));
    QCOMPARE(sheet->skills(SkillRubrique::SoftSkills),
             QStringList({QStringLiteral("Faire preuve de rigueur"), QStringLiteral("Travailler en équipe")}));
    QCOMPARE(sheet->skills(SkillRubrique::Knowledge),
             QStringList({QStringLiteral("Techniques de panification"), QStringLiteral("Normes HACCP")}));
}

void TestRomeImporter::theSameVersionTwiceChangesNothing()
{
    TemporaryDatabase database;
    RomeImporter importer(*database);
    QVERIFY(importer.import(fixture("v460")).ok());
    const QList<int> before = tableCounts(*database);
    auto again = importer.import(fixture("v460"));
    QVERIFY(again.ok());
    QVERIFY(again->unchanged);
    QVERIFY(again->added.isEmpty());
    QCOMPARE(tableCounts(*database), before);
}

void TestRomeImporter::aNewerVersionReportsChangesAndKeepsLocalWork()
{
    TemporaryDatabase database;
    RomeImporter importer(*database);
    QVERIFY(importer.import(fixture("v460")).ok());

    // Local work pointing at the codes that v461 withdraws and relabels.
    const Beneficiary lea =
        BeneficiaryBuilder().named(QStringLiteral("Léa"), QStringLiteral("Martin")).createIn(*database);
    QVERIFY(CareerTargetRepository(*database)
                .add(CareerTarget{{}, lea.id, QStringLiteral("K2204"), QStringLiteral("Agente de propreté"), {}})
                .ok());
    QSqlQuery placement(database->connection());
    QVERIFY(placement.exec(
        QStringLiteral(
            "INSERT INTO placements (id, created_at, updated_at, beneficiary_id, type, rome_code, start_on, end_on) "
            "VALUES ('p1', 0, 0, '%1', 'pmsmp', 'K2204', '2026-03-02', '2026-03-13')")
            .arg(lea.id)));
    CareerSheetRepository sheets(*database);
    auto copy = sheets.copyFromRome(QStringLiteral("D1106"));
    QVERIFY(copy.ok());
    CareerAdditions notes;
    notes.sheetKey = QStringLiteral("K2204");
    notes.notes = QStringLiteral("Deux entreprises partenaires à Caen.");
    QVERIFY(sheets.saveAdditions(notes).ok());

    auto report = importer.import(fixture("v461"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->previousVersion, QStringLiteral("460"));
    QCOMPARE(report->version, QStringLiteral("461"));
    QCOMPARE(report->added, QStringList{QStringLiteral("N1101")});
    QCOMPARE(report->removed, QStringList{QStringLiteral("K2204")});
    QCOMPARE(report->relabelled.size(), 1);
    QCOMPARE(report->relabelled.constFirst().code, QStringLiteral("D1106"));
    QCOMPARE(report->relabelled.constFirst().oldLabel, QStringLiteral("Vente en alimentation"));
    QCOMPARE(report->relabelled.constFirst().newLabel, QStringLiteral("Vente en alimentation et produits frais"));

    // The withdrawn code keeps its links, its label and its local notes.
    auto withdrawn = sheets.find(QStringLiteral("K2204"));
    QVERIFY(withdrawn.ok());
    QVERIFY(withdrawn->withdrawn);
    QCOMPARE(withdrawn->label, QStringLiteral("Nettoyage de locaux"));
    QCOMPARE(withdrawn->additions.notes, notes.notes);
    auto dossiers = CareerLinks(*database).dossiers(QStringLiteral("K2204"));
    QVERIFY(dossiers.ok());
    QCOMPARE(dossiers->size(), 1);
    QCOMPARE(dossiers->constFirst().beneficiaryId, lea.id);
    auto immersions = CareerLinks(*database).immersions(QStringLiteral("K2204"));
    QVERIFY(immersions.ok());
    QCOMPARE(immersions->size(), 1);
    QCOMPARE(immersions->constFirst().placementId, QStringLiteral("p1"));

    // The local copy keeps the label it was made with.
    auto local = sheets.find(copy->key);
    QVERIFY(local.ok());
    QCOMPARE(local->label, QStringLiteral("Vente en alimentation"));
    QCOMPARE(local->code, QStringLiteral("D1106"));
    QCOMPARE(sheets.find(QStringLiteral("D1106"))->label, QStringLiteral("Vente en alimentation et produits frais"));
    // No longer in the global search.
    auto hits = SearchService(*database).search(QStringLiteral("nettoyage locaux"));
    QVERIFY(hits.ok());
    QVERIFY(hits->isEmpty());
}

void TestRomeImporter::refusesBadFolders_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("missing column") << fixture("missing-column")
                                    << QStringList{QStringLiteral("unix_referentiel_appellation_v460_utf8.csv"),
                                                   QStringLiteral("libelle_appellation_long")};
    QTest::newRow("truncated line") << fixture("truncated")
                                    << QStringList{QStringLiteral("unix_rubrique_mobilite_v460_utf8.csv"),
                                                   QStringLiteral("line 14"), QStringLiteral("code_rome_cible")};
    QTest::newRow("two versions") << fixture("mixed") << QStringList{QStringLiteral("v460"), QStringLiteral("v461")};
    QTest::newRow("no such folder") << fixture("nowhere") << QStringList{QStringLiteral("nowhere")};
    QTest::newRow("no ROME file") << QStringLiteral(SILLAGE_TEST_DATA_DIR "/dropouts")
                                  << QStringList{QStringLiteral("unix_referentiel_code_rome_v460_utf8.csv")};
}

void TestRomeImporter::refusesBadFolders()
{
    QFETCH(QString, folder);
    QFETCH(QStringList, expected);
    TemporaryDatabase database;
    RomeImporter importer(*database);
    QVERIFY(importer.import(fixture("v460")).ok());
    const QList<int> before = tableCounts(*database);
    auto report = importer.import(folder);
    QVERIFY(!report.ok());
    QVERIFY(report.error().kind() == Error::Kind::BadInput || report.error().kind() == Error::Kind::NotFound);
    QCOMPARE(report.error().exitCode(), 2);
    for (const QString &part : expected)
        QVERIFY2(report.error().fullText().contains(part), qPrintable(report.error().fullText()));
    QCOMPARE(tableCounts(*database), before);
}

void TestRomeImporter::readsAnIsoFileAndSaysSo()
{
    TemporaryDatabase database;
    auto report = RomeImporter(*database).import(fixture("iso-8859-15"));
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().fullText()));
    QCOMPARE(report->counts.value(QStringLiteral("sheets")), 4);
    QCOMPARE(report->missingFiles.size(), 7);
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY(report->warnings.constFirst().contains(QStringLiteral("Windows-1252")));
    QCOMPARE(CareerSheetRepository(*database).find(QStringLiteral("F1602"))->label,
             QStringLiteral("Électricité bâtiment"));
}

void TestRomeImporter::aDryRunWritesNothing()
{
    TemporaryDatabase database;
    RomeImporter importer(*database);
    const QList<int> before = tableCounts(*database);
    auto plan = importer.plan(fixture("v460"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->report.added.size(), 22);
    QCOMPARE(plan->report.counts.value(QStringLiteral("texts")), 55);
    QCOMPARE(tableCounts(*database), before);
}

QTEST_GUILESS_MAIN(TestRomeImporter)
#include "tst_romeimporter.moc"
