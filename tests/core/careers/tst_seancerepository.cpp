// SPDX-License-Identifier: GPL-3.0-or-later
// Séances: named, ordered lists of sheets, whose order survives reordering and reopening.
#include "TemporaryDatabase.h"
#include "careers/SeanceRepository.h"
#include "storage/AuditLog.h"

#include <QTest>

class TestSeanceRepository : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheOrderAfterReordering();
    void renamesListsAndRemoves();
    void refusesANamelessSeance();
};

void TestSeanceRepository::keepsTheOrderAfterReordering()
{
    TemporaryDatabase database;
    SeanceRepository seances(*database);
    const QStringList first = {QStringLiteral("J1501"), QStringLiteral("D1102"), QStringLiteral("F1703")};
    auto created = seances.create(QStringLiteral("Atelier métiers du soin"), first);
    QVERIFY(created.ok());
    QCOMPARE(created->sheetKeys, first);
    const QStringList reordered = {QStringLiteral("F1703"), QStringLiteral("J1501"), QStringLiteral("D1102"),
                                   QStringLiteral("J1501")};
    QVERIFY(seances.setSheets(created->id, reordered).ok());
    database.close();
    QVERIFY(database.reopen().isEmpty());
    auto found = SeanceRepository(*database).find(created->id);
    QVERIFY(found.ok());
    QCOMPARE(found->sheetKeys, reordered);
    auto audit = AuditLog(*database).entriesFor(QStringLiteral("seances"), created->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
}

void TestSeanceRepository::renamesListsAndRemoves()
{
    TemporaryDatabase database;
    SeanceRepository seances(*database);
    auto b = seances.create(QStringLiteral("Bâtiment"));
    auto a = seances.create(QStringLiteral("Accueil et vente"), {QStringLiteral("D1505")});
    QVERIFY(a.ok() && b.ok());
    QVERIFY(seances.rename(b->id, QStringLiteral("Zoom sur le bâtiment")).ok());
    auto all = seances.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, QStringLiteral("Accueil et vente"));
    QCOMPARE(all->at(1).name, QStringLiteral("Zoom sur le bâtiment"));
    QVERIFY(all->at(1).sheetKeys.isEmpty());
    QVERIFY(seances.remove(a->id).ok());
    QCOMPARE(seances.list()->size(), 1);
    QCOMPARE(seances.find(a->id).error().kind(), Error::Kind::NotFound);
}

void TestSeanceRepository::refusesANamelessSeance()
{
    TemporaryDatabase database;
    auto created = SeanceRepository(*database).create(QStringLiteral("  "));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind(), Error::Kind::BadInput);
}

QTEST_GUILESS_MAIN(TestSeanceRepository)
#include "tst_seancerepository.moc"
