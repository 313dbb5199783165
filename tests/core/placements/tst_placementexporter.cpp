// SPDX-License-Identifier: GPL-3.0-or-later
// `sillage-cli export placements`: one row per immersion, typed, with its company and status.
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "placements/PlacementExporter.h"
#include "placements/PlacementRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestPlacementExporter : public QObject
{
    Q_OBJECT

private slots:
    void exportsEveryImmersionWithItsCompany();
};

void TestPlacementExporter::exportsEveryImmersionWithItsCompany()
{
    TemporaryDatabase db;
    const QString person = BeneficiaryBuilder()
                               .named(QStringLiteral("Léa"), QStringLiteral("Martin"))
                               .bornOn(QDate(2004, 3, 1))
                               .createIn(*db)
                               .id;
    QSqlQuery company(db->connection());
    QVERIFY(company.exec(QStringLiteral("INSERT INTO companies (id, created_at, updated_at, name, siret) "
                                        "VALUES ('c1', 0, 0, 'Boulangerie Lefèvre', '73282932000074')")));
    Placement p;
    p.beneficiaryId = person;
    p.type = QStringLiteral("pmsmp");
    p.companyId = QStringLiteral("c1");
    p.jobLabel = QStringLiteral("Boulanger");
    p.startOn = QDate(2026, 12, 7);
    p.endOn = QDate(2026, 12, 18);
    p.schedule.hours = {7, 7, 7, 7, 7, 0, 0};
    auto created = PlacementRepository(*db).create(p);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    QVERIFY(PlacementRepository(*db).move(created->id, QStringLiteral("ready_to_sign")));

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("immersions.json"));
    auto written = PlacementExporter(*db).write(path, TabularExport::Format::Json);
    QVERIFY(written);
    QCOMPARE(*written, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject row = QJsonDocument::fromJson(file.readAll()).array().at(0).toObject();
    QCOMPARE(row.value(QStringLiteral("company")).toString(), QStringLiteral("Boulangerie Lefèvre"));
    QCOMPARE(row.value(QStringLiteral("start_on")).toString(), QStringLiteral("2026-12-07"));
    QCOMPARE(row.value(QStringLiteral("weekly_hours")).toDouble(), 35.0);
    QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("Ready to sign"));
    QCOMPARE(row.value(QStringLiteral("last_name")).toString(), QStringLiteral("Martin"));
}

QTEST_GUILESS_MAIN(TestPlacementExporter)
#include "tst_placementexporter.moc"
