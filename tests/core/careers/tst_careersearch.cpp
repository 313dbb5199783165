// SPDX-License-Identifier: GPL-3.0-or-later
// Search as you type over career sheets: accents, word beginnings, hyphens, and label matches first.
#include "TemporaryDatabase.h"
#include "careers/CareerSearch.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"
#include "search/SearchService.h"

#include <QTest>

class TestCareerSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findsSheets_data();
    void findsSheets();
    void labelMatchesComeFirst();
    void findsLocalSheetsAndForgetsRemovedOnes();
    void nothingTypedFindsNothing();

private:
    std::unique_ptr<TemporaryDatabase> m_database;
};

void TestCareerSearch::init()
{
    m_database = std::make_unique<TemporaryDatabase>();
    auto imported = RomeImporter(**m_database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460"));
    QVERIFY(imported.ok());
}

void TestCareerSearch::findsSheets_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first");
    QTest::newRow("prefix without accent") << QStringLiteral("elec") << QStringLiteral("F1602");
    QTest::newRow("two prefixes, hyphenated appellation") << QStringLiteral("aide soign") << QStringLiteral("J1501");
    QTest::newRow("hyphen typed") << QStringLiteral("aide-soignante") << QStringLiteral("J1501");
    QTest::newRow("hyphen left out") << QStringLiteral("aidesoignant") << QStringLiteral("J1501");
    QTest::newRow("accents typed elsewhere") << QStringLiteral("MAÇON") << QStringLiteral("F1703");
    QTest::newRow("capitals and accents") << QStringLiteral("BOULANGÈRE") << QStringLiteral("D1102");
    QTest::newRow("an appellation") << QStringLiteral("cariste magasinier") << QString();
    QTest::newRow("a skill") << QStringLiteral("petrir") << QStringLiteral("D1102");
    QTest::newRow("a text") << QStringLiteral("fournil") << QStringLiteral("D1102");
    QTest::newRow("magasinier") << QStringLiteral("magasin") << QStringLiteral("N1103");
}

void TestCareerSearch::findsSheets()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    auto hits = CareerSearch(**m_database).search(typed);
    QVERIFY(hits.ok());
    if (first.isEmpty()) {
        QVERIFY(hits->isEmpty()); // every word must match: no sheet is both
        return;
    }
    QVERIFY2(!hits->isEmpty(), qPrintable(typed));
    QCOMPARE(hits->constFirst().key, first);
}

void TestCareerSearch::labelMatchesComeFirst()
{
    // "electri" is in F1602's and I1309's labels, and only in appellations or skills elsewhere.
    auto hits = CareerSearch(**m_database).search(QStringLiteral("electri"));
    QVERIFY(hits.ok());
    QVERIFY(hits->size() >= 2);
    QStringList firstTwo{hits->at(0).key, hits->at(1).key};
    firstTwo.sort();
    QCOMPARE(firstTwo, QStringList({QStringLiteral("F1602"), QStringLiteral("I1309")}));
    QVERIFY(hits->at(0).labelMatch);
    QCOMPARE(hits->at(0).grandDomain.size(), 1);
}

void TestCareerSearch::findsLocalSheetsAndForgetsRemovedOnes()
{
    CareerSheetRepository sheets(**m_database);
    CareerSheet own;
    own.label = QStringLiteral("Médiateur numérique");
    own.grandDomain = QStringLiteral("K");
    own.domain = QStringLiteral("K12");
    own.appellations = {QStringLiteral("Conseiller numérique")};
    auto created = sheets.createLocal(own);
    QVERIFY(created.ok());
    auto hits = CareerSearch(**m_database).search(QStringLiteral("mediat num"));
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    QVERIFY(hits->constFirst().local);
    QCOMPARE(hits->constFirst().key, created->key);
    auto global = SearchService(**m_database).search(QStringLiteral("mediateur"));
    QVERIFY(global.ok());
    QCOMPARE(global->size(), 1);
    QCOMPARE(global->constFirst().module, Module::Careers);

    QVERIFY(sheets.removeLocal(created->key).ok());
    QVERIFY(CareerSearch(**m_database).search(QStringLiteral("mediat num"))->isEmpty());
    QVERIFY(SearchService(**m_database).search(QStringLiteral("mediateur"))->isEmpty());
}

void TestCareerSearch::nothingTypedFindsNothing()
{
    QVERIFY(CareerSearch(**m_database).search(QStringLiteral("  -- ")).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestCareerSearch)
#include "tst_careersearch.moc"
