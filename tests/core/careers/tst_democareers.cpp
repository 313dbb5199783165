// SPDX-License-Identifier: GPL-3.0-or-later
// The demo career sheets: enough of them, in every grand domaine, linked to the demo dossiers and immersions.
#include "TemporaryDatabase.h"
#include "careers/CareerBrowser.h"
#include "careers/CareerLinks.h"
#include "careers/CareerSearch.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"
#include "careers/RomeReferentialStore.h"
#include "demo/DemoCareers.h"
#include "demo/DemoGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

class TestDemoCareers : public QObject
{
    Q_OBJECT

private slots:
    void coversEveryGrandDomaine();
    void theDemoLinksDossiersAndImmersionsToSheets();
    void aRealImportReplacesTheDemo();
};

void TestDemoCareers::coversEveryGrandDomaine()
{
    const RomeReferential demo = DemoCareers::referential();
    QVERIFY(demo.demo);
    QCOMPARE(demo.version, QStringLiteral("demo"));
    QVERIFY(demo.sheets.size() >= 40);
    QSet<QString> grand, codes;
    static const QRegularExpression code(QStringLiteral("^[A-N][0-9]{4}$"));
    for (const RomeSheetData &sheet : demo.sheets) {
        QVERIFY2(code.match(sheet.code).hasMatch(), qPrintable(sheet.code));
        QVERIFY2(!codes.contains(sheet.code), qPrintable(sheet.code));
        QVERIFY2(demo.domains.contains(sheet.domain), qPrintable(sheet.domain));
        QVERIFY(!sheet.definition.isEmpty() && !sheet.access.isEmpty() && sheet.appellations.size() >= 2);
        QSet<int> rubriques;
        for (const RomeSkill &skill : sheet.skills)
            rubriques.insert(skill.rubrique);
        QCOMPARE(rubriques.size(), 3);
        grand.insert(sheet.grandDomain);
        codes.insert(sheet.code);
    }
    QCOMPARE(grand.size(), 14);
    // The codes the demo dossiers' career plans and the demo immersions use.
    for (const char *used : {"D1102", "I1604", "G1602", "J1501", "F1703", "N1103", "D1507", "A1203", "K2202", "M1607"})
        QVERIFY2(codes.contains(QString::fromLatin1(used)), used);
}

void TestDemoCareers::theDemoLinksDossiersAndImmersionsToSheets()
{
    TemporaryDatabase database;
    QVERIFY(DemoGenerator(*database).generate(60, 7).ok());
    auto version = RomeReferentialStore(*database).currentVersion();
    QCOMPARE(*version, QStringLiteral("demo"));
    QVERIFY(*RomeReferentialStore(*database).sheetCount() >= 40);
    auto tree = CareerBrowser(*database).grandDomains();
    QVERIFY(tree.ok());
    for (const CareerNode &node : *tree)
        QVERIFY2(node.count > 0, qPrintable(node.key));

    // Every code aimed at by a dossier or an immersion opens a sheet.
    QSqlQuery codes(database->connection());
    QVERIFY(codes.exec(QStringLiteral("SELECT rome_code FROM career_targets UNION SELECT rome_code FROM placements "
                                      "WHERE rome_code <> ''")));
    int linked = 0;
    CareerSheetRepository sheets(*database);
    while (codes.next()) {
        const QString code = codes.value(0).toString();
        auto sheet = sheets.find(code);
        QVERIFY2(sheet.ok(), qPrintable(code));
        QVERIFY(!sheet->withdrawn);
        ++linked;
    }
    QVERIFY(linked >= 5);
    QVERIFY(!CareerLinks(*database).dossiers(QStringLiteral("D1102"))->isEmpty() ||
            !CareerLinks(*database).immersions(QStringLiteral("D1102"))->isEmpty());
    QCOMPARE(CareerSearch(*database).search(QStringLiteral("aide soign"))->constFirst().key, QStringLiteral("J1501"));

    // A second demo run keeps the sheets as they are.
    QVERIFY(DemoGenerator(*database).generate(5, 8).ok());
    QSqlQuery versions(database->connection());
    QVERIFY(versions.exec(QStringLiteral("SELECT count(*) FROM rome_versions")) && versions.next());
    QCOMPARE(versions.value(0).toInt(), 1);
}

void TestDemoCareers::aRealImportReplacesTheDemo()
{
    TemporaryDatabase database;
    QCOMPARE(*DemoCareers(*database).addWhenEmpty(), int(DemoCareers::referential().sheets.size()));
    auto report = RomeImporter(*database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460"));
    QVERIFY(report.ok());
    QCOMPARE(report->previousVersion, QStringLiteral("demo"));
    QCOMPARE(*RomeReferentialStore(*database).sheetCount(), 22);
    // Demo sheets were never official: none is kept as "withdrawn from the ROME".
    QCOMPARE(CareerSheetRepository(*database).find(QStringLiteral("L1508")).error().kind(), Error::Kind::NotFound);
    QCOMPARE(*DemoCareers(*database).addWhenEmpty(), 0);
}

QTEST_GUILESS_MAIN(TestDemoCareers)
#include "tst_democareers.moc"
