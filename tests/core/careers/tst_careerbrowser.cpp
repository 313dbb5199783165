// SPDX-License-Identifier: GPL-3.0-or-later
// The career tree: grands domaines, domaines professionnels and sheets, with their counts.
#include "TemporaryDatabase.h"
#include "careers/CareerBrowser.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"

#include <QTest>

class TestCareerBrowser : public QObject
{
    Q_OBJECT

private slots:
    void countsSheetsAtEachLevel();
    void showsLocalSheetsBesideRomeOnes();
};

void TestCareerBrowser::countsSheetsAtEachLevel()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460")).ok());
    CareerBrowser browser(*database);
    auto grand = browser.grandDomains();
    QVERIFY(grand.ok());
    QCOMPARE(grand->size(), 14);
    int total = 0;
    for (const CareerNode &node : *grand)
        total += node.count;
    QCOMPARE(total, 22);
    QCOMPARE(grand->at(3).key, QStringLiteral("D"));
    QCOMPARE(grand->at(3).count, 4);
    QCOMPARE(grand->at(3).label, QStringLiteral("Commerce, vente et grande distribution"));
    QCOMPARE(grand->at(1).count, 0); // B: nothing in the fixture, still listed

    auto domains = browser.domains(QStringLiteral("D"));
    QVERIFY(domains.ok());
    QCOMPARE(domains->size(), 2);
    QCOMPARE(domains->at(0).key, QStringLiteral("D11"));
    QCOMPARE(domains->at(0).label, QStringLiteral("Commerce alimentaire et métiers de bouche"));
    QCOMPARE(domains->at(0).count, 2);
    QCOMPARE(domains->at(1).key, QStringLiteral("D15"));
    QCOMPARE(domains->at(1).count, 2);

    auto sheets = browser.sheets(QStringLiteral("D15"));
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(0).label, QStringLiteral("Mise en rayon libre-service"));
    QCOMPARE(sheets->at(1).label, QStringLiteral("Personnel de caisse"));
}

void TestCareerBrowser::showsLocalSheetsBesideRomeOnes()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460")).ok());
    auto copy = CareerSheetRepository(*database).copyFromRome(QStringLiteral("D1505"));
    QVERIFY(copy.ok());
    CareerBrowser browser(*database);
    QCOMPARE(browser.grandDomains()->at(3).count, 5);
    auto sheets = browser.sheets(QStringLiteral("D15"));
    QVERIFY(sheets.ok());
    QCOMPARE(sheets->size(), 3);
    QCOMPARE(sheets->at(2).label, QStringLiteral("Personnel de caisse"));
    QVERIFY(sheets->at(2).local);
    QCOMPARE(sheets->at(2).key, copy->key);
    QCOMPARE(sheets->at(2).code, QStringLiteral("D1505"));
}

QTEST_GUILESS_MAIN(TestCareerBrowser)
#include "tst_careerbrowser.moc"
