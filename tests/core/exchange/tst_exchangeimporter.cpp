// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeRow.h"
#include "search/SearchService.h"

#include <QTest>

namespace {

using Scope = ExchangeExportOptions::Scope;

// Record by record, column by column: the two sites hold the same table.
QString differences(ExchangeSite &one, ExchangeSite &other, const QString &table)
{
    const auto left = one.rows(table);
    const auto right = other.rows(table);
    if (left.keys() != right.keys())
        return QStringLiteral("%1: ids differ (%2 vs %3)").arg(table).arg(left.size()).arg(right.size());
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        const QVariantMap theirs = right.value(it.key());
        for (auto column = it->cbegin(); column != it->cend(); ++column) {
            if (!ExchangeRow::sameValue(column.value(), theirs.value(column.key())))
                return QStringLiteral("%1/%2.%3: %4 vs %5")
                    .arg(table, it.key(), column.key(), column.value().toString(),
                         theirs.value(column.key()).toString());
        }
    }
    return {};
}

const ExchangeTableOutcome outcomeOf(const ExchangePreview &preview, const QString &table)
{
    for (const ExchangeTableOutcome &outcome : preview.tables) {
        if (outcome.table == table)
            return outcome;
    }
    return {};
}

} // namespace

/** Merging exchange files: round trips between three sites, tombstones, conflicts, idempotence, numbering. */
class TestExchangeImporter : public QObject
{
    Q_OBJECT

private slots:
    void decisionTable_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<qint64>("here");
        QTest::addColumn<qint64>("there");
        QTest::addColumn<QList<qint64>>("knownHere");
        QTest::addColumn<QList<qint64>>("knownThere");
        QTest::addColumn<int>("decision");
        using D = ExchangeImporter::Decision;
        using V = QList<qint64>;
        QTest::newRow("new here") << false << qint64(0) << qint64(5) << V{} << V{} << int(D::Create);
        QTest::newRow("same version") << true << qint64(5) << qint64(5) << V{} << V{} << int(D::Skip);
        QTest::newRow("built on mine") << true << qint64(5) << qint64(9) << V{5} << V{5} << int(D::Take);
        QTest::newRow("built on mine, several steps")
            << true << qint64(5) << qint64(9) << V{} << V{1, 5, 7} << int(D::Take);
        QTest::newRow("already known here") << true << qint64(9) << qint64(5) << V{5} << V{5} << int(D::Skip);
        QTest::newRow("both changed") << true << qint64(8) << qint64(9) << V{5} << V{5} << int(D::Conflict);
        QTest::newRow("never met") << true << qint64(8) << qint64(9) << V{} << V{} << int(D::Conflict);
    }

    void decisionTable()
    {
        QFETCH(bool, exists);
        QFETCH(qint64, here);
        QFETCH(qint64, there);
        QFETCH(QList<qint64>, knownHere);
        QFETCH(QList<qint64>, knownThere);
        QFETCH(int, decision);
        QCOMPARE(int(ExchangeImporter::decide(exists, here, there, QSet<qint64>(knownHere.cbegin(), knownHere.cend()),
                                              QSet<qint64>(knownThere.cbegin(), knownThere.cend()))),
                 decision);
    }

    void roundTripBetweenThreeSites()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        ExchangeSite c(QStringLiteral("CCC"), QStringLiteral("Site C"));
        const QString d1 = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString d2 = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        const QString d3 = a.createDossier(QStringLiteral("Inès"), QStringLiteral("Moreau"));
        const QString e1 = a.insert(QStringLiteral("actions"), {{QStringLiteral("beneficiary_id"), d1},
                                                                {QStringLiteral("theme"), QStringLiteral("emploi")},
                                                                {QStringLiteral("title"), QStringLiteral("CV")},
                                                                {QStringLiteral("status"), QStringLiteral("todo")}});

        // A → B: B gets everything, as it is.
        const QString first = a.exportFor(b.code());
        ExchangePreview preview = b.importFile(first, false);
        QCOMPARE(outcomeOf(preview, QStringLiteral("beneficiaries")).created, 3);
        QCOMPARE(b.rows(QStringLiteral("beneficiaries")).size(), 0); // a preview writes nothing
        ExchangePreview report = b.importFile(first);
        QVERIFY(report.applied);
        QCOMPARE(outcomeOf(report, QStringLiteral("beneficiaries")).created, 3);
        QCOMPARE(outcomeOf(report, QStringLiteral("actions")).created, 1);
        QCOMPARE(differences(a, b, QStringLiteral("beneficiaries")), QString());
        QCOMPARE(differences(a, b, QStringLiteral("actions")), QString());
        // Search finds the dossiers that arrived.
        auto hits = SearchService(b.db()).search(QStringLiteral("durand"));
        QVERIFY(hits && hits->size() == 1);

        // B edits, deletes and creates; B → C carries it all, A's records included.
        b.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("commune"), QStringLiteral("Bayeux")}});
        b.remove(QStringLiteral("beneficiaries"), d2);
        b.update(QStringLiteral("actions"), e1, {{QStringLiteral("status"), QStringLiteral("done")}});
        const QString d4 = b.createDossier(QStringLiteral("Noah"), QStringLiteral("Leroy"));
        report = c.importFile(b.exportFor(c.code()));
        QCOMPARE(outcomeOf(report, QStringLiteral("beneficiaries")).created, 3);
        QCOMPARE(outcomeOf(report, QStringLiteral("beneficiaries")).deleted, 1); // arrives as a tombstone
        QCOMPARE(differences(b, c, QStringLiteral("beneficiaries")), QString());
        QVERIFY(!c.row(QStringLiteral("beneficiaries"), d2).value(QStringLiteral("deleted_at")).isNull());

        // C edits; C → A: A takes every change (nothing changed at A meanwhile), the tombstone included.
        c.update(QStringLiteral("beneficiaries"), d3, {{QStringLiteral("phone"), QStringLiteral("0601020304")}});
        report = a.importFile(c.exportFor(a.code()));
        const ExchangeTableOutcome dossiers = outcomeOf(report, QStringLiteral("beneficiaries"));
        QCOMPARE(dossiers.created, 1); // d4
        QCOMPARE(dossiers.updated, 2); // d1, d3
        QCOMPARE(dossiers.deleted, 1); // d2
        QCOMPARE(dossiers.conflicts, 0);
        QCOMPARE(outcomeOf(report, QStringLiteral("actions")).updated, 1);
        QCOMPARE(differences(a, c, QStringLiteral("beneficiaries")), QString());
        QCOMPARE(differences(a, c, QStringLiteral("actions")), QString());
        QCOMPARE(a.row(QStringLiteral("beneficiaries"), d1).value(QStringLiteral("commune")).toString(),
                 QStringLiteral("Bayeux"));
        QCOMPARE(a.row(QStringLiteral("beneficiaries"), d4).value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Leroy"));
        hits = SearchService(a.db()).search(QStringLiteral("petit"));
        QVERIFY(hits && hits->isEmpty()); // the deleted dossier left the search index

        // A → B again: B catches up with C's edit without conflict, and the three sites agree.
        report = b.importFile(a.exportFor(b.code()));
        QCOMPARE(report.total().conflicts, 0);
        QCOMPARE(differences(a, b, QStringLiteral("beneficiaries")), QString());
        QCOMPARE(differences(b, c, QStringLiteral("beneficiaries")), QString());

        // The history says what happened.
        auto history = ExchangeHistory(a.db()).entries();
        QVERIFY(history);
        QCOMPARE(history->size(), 3); // export to B, import from C, export to B
        QCOMPARE(history->at(1).direction, QStringLiteral("import"));
        QCOMPARE(history->at(1).peerSite, QStringLiteral("CCC"));
        QCOMPARE(history->at(1).created, 1);
        QCOMPARE(history->at(1).user, QStringLiteral("adviser.aaa"));
        QVERIFY(a.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")) >= 4);
    }

    void sinceLastExchangeCarriesOnlyChanges()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString d2 = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        b.importFile(a.exportFor(b.code()));
        a.update(QStringLiteral("beneficiaries"), d2, {{QStringLiteral("email"), QStringLiteral("h@example.org")}});
        const QString file = a.exportFor(b.code());
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(reader);
        const ExchangeManifest &manifest = (*reader)->manifest();
        QCOMPARE(manifest.siteCode, QStringLiteral("AAA"));
        QCOMPARE(manifest.siteName, QStringLiteral("Site A"));
        QCOMPARE(manifest.targetSite, QStringLiteral("BBB"));
        QCOMPARE(manifest.kind, ExchangeManifest::Kind::Sync);
        for (const ExchangeTableCount &count : manifest.tables) {
            if (count.table == QLatin1String("beneficiaries")) {
                QCOMPARE(count.records, 1);
                QVERIFY(count.highWaterMark > 0);
            }
        }
        const ExchangePreview report = b.importFile(file);
        QCOMPARE(report.total().updated, 1);
        QCOMPARE(differences(a, b, QStringLiteral("beneficiaries")), QString());
        // Everything, on request, still works and changes nothing more.
        const ExchangePreview all = b.importFile(a.exportFor(b.code(), Scope::Everything));
        QCOMPARE(all.total().created + all.total().updated + all.total().conflicts, 0);
    }

    void sameFileTwiceChangesNothing()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString d1 = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        b.importFile(a.exportFor(b.code()));
        a.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("commune"), QStringLiteral("Lisieux")}});
        b.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("phone"), QStringLiteral("0700000000")}});
        const QString d2 = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        a.remove(QStringLiteral("beneficiaries"), d2);
        const QString file = a.exportFor(b.code());
        b.importFile(file);
        const auto before = b.rows(QStringLiteral("beneficiaries"));
        const qint64 conflicts = b.scalar(QStringLiteral("SELECT count(*) FROM exchange_conflicts"));
        const qint64 audit = b.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name <> "
                                                     "'exchange_history'"));
        const ExchangePreview again = b.importFile(file);
        QCOMPARE(again.total().created + again.total().updated + again.total().deleted, 0);
        QCOMPARE(b.rows(QStringLiteral("beneficiaries")), before);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM exchange_conflicts")), conflicts);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name <> 'exchange_history'")),
                 audit);
    }

    void bothSidesChangedIsAConflict()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString d1 = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString d2 = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        b.importFile(a.exportFor(b.code()));
        a.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("commune"), QStringLiteral("Lisieux")}});
        b.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("phone"), QStringLiteral("0700000000")}});
        b.update(QStringLiteral("beneficiaries"), d2, {{QStringLiteral("commune"), QStringLiteral("Vire")}});
        const QVariantMap mine = a.row(QStringLiteral("beneficiaries"), d1);
        const ExchangePreview report = a.importFile(b.exportFor(a.code()));
        QCOMPARE(report.total().conflicts, 1);
        QCOMPARE(report.total().updated, 1);                        // the rest is applied
        QCOMPARE(a.row(QStringLiteral("beneficiaries"), d1), mine); // never overwritten silently
        QCOMPARE(a.row(QStringLiteral("beneficiaries"), d2).value(QStringLiteral("commune")).toString(),
                 QStringLiteral("Vire"));
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM exchange_conflicts WHERE status = 'pending'")), 1);
        // The other way round, B sees the conflict too.
        const ExchangePreview back = b.importFile(a.exportFor(b.code()));
        QCOMPARE(back.total().conflicts, 1);
    }

    void childNeverArrivesWithoutItsParent()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        ExchangeSite c(QStringLiteral("CCC"), QStringLiteral("Site C"));
        const QString d1 = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        b.importFile(a.exportFor(b.code()));
        a.insert(QStringLiteral("actions"), {{QStringLiteral("beneficiary_id"), d1},
                                             {QStringLiteral("theme"), QStringLiteral("emploi")},
                                             {QStringLiteral("title"), QStringLiteral("CV")},
                                             {QStringLiteral("status"), QStringLiteral("todo")}});
        // The file for B holds the action only (B has the dossier); C has never seen the dossier.
        const QString file = a.exportFor(b.code());
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(reader);
        auto refused = ExchangeImporter(c.db()).import(**reader);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::BadInput);
        QCOMPARE(c.rows(QStringLiteral("actions")).size(), 0);
        QCOMPARE(c.scalar(QStringLiteral("SELECT count(*) FROM exchange_history")), 0);
        // B has the parent: fine.
        QCOMPARE(b.importFile(file).total().created, 1);
    }

    void dossierNumbersNeverCollide()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString d1 = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QString number =
            a.row(QStringLiteral("beneficiaries"), d1).value(QStringLiteral("dossier_number")).toString();
        const QString other = b.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        b.update(QStringLiteral("beneficiaries"), other, {{QStringLiteral("dossier_number"), number}});
        const QString file = a.exportFor(b.code());
        QCOMPARE(b.importFile(file, false).renumbered, 1);
        const ExchangePreview report = b.importFile(file);
        QCOMPARE(report.renumbered, 1);
        const QString local =
            b.row(QStringLiteral("beneficiaries"), d1).value(QStringLiteral("dossier_number")).toString();
        QVERIFY(local != number);
        QVERIFY(local.startsWith(QLatin1String("BBB-")));
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM exchange_renumbered")), 1);
        // A later version of the same dossier keeps its local number here.
        a.update(QStringLiteral("beneficiaries"), d1, {{QStringLiteral("commune"), QStringLiteral("Falaise")}});
        b.importFile(a.exportFor(b.code()));
        QCOMPARE(b.row(QStringLiteral("beneficiaries"), d1).value(QStringLiteral("dossier_number")).toString(), local);
        QCOMPARE(b.row(QStringLiteral("beneficiaries"), d1).value(QStringLiteral("commune")).toString(),
                 QStringLiteral("Falaise"));
    }

    void sameCompanyCreatedOnBothSitesIsRefusedClearly()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QVariantMap company = {{QStringLiteral("name"), QStringLiteral("Boulangerie")},
                                     {QStringLiteral("siret"), QStringLiteral("73282932000074")}};
        a.insert(QStringLiteral("companies"), company);
        b.insert(QStringLiteral("companies"), company);
        const qint64 audit = b.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        auto reader = ExchangeReader::open(a.exportFor(b.code()), ExchangeSite::passphrase());
        QVERIFY(reader);
        auto refused = ExchangeImporter(b.db()).import(**reader);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), Error::Kind::BadInput);
        QVERIFY2(refused.error().message().contains(QLatin1String("companies")), qPrintable(refused.error().message()));
        QCOMPARE(b.rows(QStringLiteral("companies")).size(), 1);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit); // all or nothing
    }
};

QTEST_GUILESS_MAIN(TestExchangeImporter)
#include "tst_exchangeimporter.moc"
