// SPDX-License-Identifier: GPL-3.0-or-later
// Local career sheets and local additions: created, copied, edited, removed, audited, apart from the ROME.
#include "TemporaryDatabase.h"
#include "careers/CareerSheetRepository.h"
#include "careers/RomeImporter.h"
#include "storage/AuditLog.h"

#include <QTest>

class TestCareerSheetRepository : public QObject
{
    Q_OBJECT

private slots:
    void createsEditsAndRemovesALocalSheet();
    void copiesARomeSheet();
    void savesAdditionsOnce();
    void unknownKeysAreNotFound();
};

void TestCareerSheetRepository::createsEditsAndRemovesALocalSheet()
{
    TemporaryDatabase database;
    CareerSheetRepository sheets(*database);
    CareerSheet own;
    own.label = QStringLiteral("  Animateur de fablab ");
    own.domain = QStringLiteral("G12");
    own.definition = QStringLiteral("Accueille le public d'un atelier de fabrication numérique.");
    own.knowHow = {QStringLiteral("Utiliser une imprimante 3D"), QStringLiteral(" ")};
    auto created = sheets.createLocal(own);
    QVERIFY(created.ok());
    QVERIFY(!created->key.isEmpty());
    auto found = sheets.find(created->key);
    QVERIFY(found.ok());
    QVERIFY(found->isLocal());
    QCOMPARE(found->label, QStringLiteral("Animateur de fablab"));
    QCOMPARE(found->grandDomain, QStringLiteral("G"));
    QCOMPARE(found->knowHow, QStringList{QStringLiteral("Utiliser une imprimante 3D")});

    found->softSkills = {QStringLiteral("Patience")};
    QVERIFY(sheets.updateLocal(*found).ok());
    QCOMPARE(sheets.find(created->key)->softSkills, QStringList{QStringLiteral("Patience")});
    QCOMPARE(AuditLog(*database).entriesFor(QStringLiteral("local_sheets"), created->key)->size(), 2);

    QVERIFY(sheets.removeLocal(created->key).ok());
    QCOMPARE(sheets.find(created->key).error().kind(), Error::Kind::NotFound);
    QVERIFY(sheets.localSheets()->isEmpty());

    own.label.clear();
    QCOMPARE(sheets.createLocal(own).error().kind(), Error::Kind::BadInput);
}

void TestCareerSheetRepository::copiesARomeSheet()
{
    TemporaryDatabase database;
    QVERIFY(RomeImporter(*database).import(QStringLiteral(SILLAGE_TEST_DATA_DIR "/rome/v460")).ok());
    CareerSheetRepository sheets(*database);
    auto copy = sheets.copyFromRome(QStringLiteral("J1501"));
    QVERIFY(copy.ok());
    auto found = sheets.find(copy->key);
    QVERIFY(found.ok());
    QVERIFY(found->isLocal());
    QCOMPARE(found->code, QStringLiteral("J1501"));
    QCOMPARE(found->label, QStringLiteral("Soins d'hygiène, de confort du patient"));
    QCOMPARE(found->appellations.constFirst(), QStringLiteral("Aide-soignant / Aide-soignante"));
    QCOMPARE(found->knowledge, QStringList{QStringLiteral("Gestes et postures de manutention")});
    QCOMPARE(sheets.localSheets()->size(), 1);
    QCOMPARE(sheets.copyFromRome(QStringLiteral("Z9999")).error().kind(), Error::Kind::NotFound);
}

void TestCareerSheetRepository::savesAdditionsOnce()
{
    TemporaryDatabase database;
    CareerSheetRepository sheets(*database);
    CareerAdditions extra;
    extra.sheetKey = QStringLiteral("D1102");
    extra.trainingOffers = QStringLiteral("CAP Boulanger au CFA de Caen");
    extra.image = QByteArray("\x89PNG fake", 9);
    auto saved = sheets.saveAdditions(extra);
    QVERIFY(saved.ok());
    extra.links = QStringLiteral("https://www.onisep.fr");
    auto again = sheets.saveAdditions(extra);
    QVERIFY(again.ok());
    QCOMPARE(again->id, saved->id);
    auto read = sheets.additions(QStringLiteral("D1102"));
    QVERIFY(read.ok());
    QCOMPARE(read->trainingOffers, extra.trainingOffers);
    QCOMPARE(read->links, extra.links);
    QCOMPARE(read->image, extra.image);
}

void TestCareerSheetRepository::unknownKeysAreNotFound()
{
    TemporaryDatabase database;
    CareerSheetRepository sheets(*database);
    QCOMPARE(sheets.find(QStringLiteral("A1101")).error().kind(), Error::Kind::NotFound);
    QCOMPARE(sheets.find(QStringLiteral("not-an-id")).error().kind(), Error::Kind::NotFound);
    QVERIFY(sheets.labelOf(QStringLiteral("A1101"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestCareerSheetRepository)
#include "tst_careersheetrepository.moc"
