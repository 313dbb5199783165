// SPDX-License-Identifier: GPL-3.0-or-later
// Databases written by earlier versions of Sillage, kept as files under tests/data/schemas/: each must open with
// this version, be brought to the current schema, and keep every dossier. Add the file of each released schema here.
#include "beneficiaries/BeneficiaryRepository.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestSchemaFixtures : public QObject
{
    Q_OBJECT

private slots:
    void opensAndKeepsTheData_data();
    void opensAndKeepsTheData();
};

void TestSchemaFixtures::opensAndKeepsTheData_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<qint64>("dossiers");
    QTest::addColumn<QString>("knownName");
    // Written by sillage-cli 0.1.0: demo --size 12 --seed 3.
    QTest::newRow("schema 1") << QStringLiteral("sillage-schema1.db") << qint64(12) << QStringLiteral("Da Silva");
}

void TestSchemaFixtures::opensAndKeepsTheData()
{
    QFETCH(QString, fixture);
    QFETCH(qint64, dossiers);
    QFETCH(QString, knownName);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.db"));
    QVERIFY(QFile::copy(QStringLiteral(SILLAGE_TEST_DATA_DIR "/schemas/") + fixture, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));

    auto database = Database::open(path);
    QVERIFY2(database, qPrintable(database ? QString() : database.error().fullText()));
    QCOMPARE((*database)->schemaVersion(), Schema::latestVersion());
    QVERIFY((*database)->checkIntegrity());
    auto count = BeneficiaryRepository(**database).count();
    QVERIFY(count);
    QCOMPARE(*count, dossiers);
    auto hits = SearchService(**database).search(knownName);
    QVERIFY(hits);
    QVERIFY2(!hits->isEmpty(), "the search index of the old file still finds its dossiers");
    QVERIFY(hits->constFirst().title.contains(knownName.toUpper()));
}

QTEST_GUILESS_MAIN(TestSchemaFixtures)
#include "tst_schemafixtures.moc"
