// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSite.h"
#include "ProgressRecorder.h"
#include "exchange/ExchangeHistory.h"
#include "exchange/ExchangeImporter.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeRow.h"
#include "exchange/ExchangeTables.h"
#include "demo/DemoGenerator.h"
#include "privacy/AnonymisationService.h"
#include "search/SearchService.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
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

QString asText(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(value.toByteArray().toHex());
    return value.toString();
}

// What an import writes, without the instants it was written at (the audit's, the arrival's, the history's).
QStringList importedContent(ExchangeSite &site)
{
    QStringList selects = {
        QStringLiteral("SELECT * FROM exchange_versions ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT beneficiary_id, peer_site, their_number, local_number FROM exchange_renumbered "
                       "ORDER BY 1"),
        QStringLiteral("SELECT table_name, record_id, from_site FROM exchange_received ORDER BY 1, 2"),
        QStringLiteral("SELECT table_name, record_id, action, fields, user_name, site FROM audit_log "
                       "ORDER BY 1, 2, 3, 4"),
        QStringLiteral("SELECT k.module, k.record_id, s.title, s.subtitle, s.body FROM search_keys k "
                       "JOIN search_index s ON s.rowid = k.rowid ORDER BY 1, 2"),
        QStringLiteral("SELECT * FROM event_day_counts ORDER BY 1, 2, 3, 4"),
    };
    auto tables = ExchangeTables::discover(site.db().connection());
    if (!tables)
        return {tables.error().fullText()};
    for (const ExchangeTable &table : std::as_const(*tables))
        selects << QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name);
    QStringList lines;
    for (const QString &select : std::as_const(selects)) {
        QSqlQuery rows(site.db().connection());
        if (!rows.exec(select)) {
            lines << select + QLatin1String(": not readable");
            continue;
        }
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << asText(rows.value(i));
            lines << select.section(QLatin1String(" FROM "), 1).section(QLatin1Char(' '), 0, 0) + QLatin1String(": ") +
                         values.join(QLatin1Char('|'));
        }
    }
    return lines;
}

QString sameOutcomes(const ExchangePreview &one, const ExchangePreview &other)
{
    if (one.tables.size() != other.tables.size() || one.renumbered != other.renumbered)
        return QStringLiteral("%1 tables, %2 renumbered vs %3 tables, %4 renumbered")
            .arg(one.tables.size())
            .arg(one.renumbered)
            .arg(other.tables.size())
            .arg(other.renumbered);
    for (qsizetype i = 0; i < one.tables.size(); ++i) {
        const ExchangeTableOutcome &a = one.tables.at(i);
        const ExchangeTableOutcome &b = other.tables.at(i);
        const auto counts = [](const ExchangeTableOutcome &o) {
            return QStringLiteral("%1: %2 new, %3 updated, %4 deleted, %5 conflicts, %6 unchanged")
                .arg(o.table)
                .arg(o.created)
                .arg(o.updated)
                .arg(o.deleted)
                .arg(o.conflicts)
                .arg(o.unchanged);
        };
        if (counts(a) != counts(b))
            return counts(a) + QLatin1String(" vs ") + counts(b);
    }
    return {};
}

// Every row of every table of the database, as sorted text: equal dumps mean the same content, whatever the order.
QStringList dump(ExchangeSite &site)
{
    QStringList lines;
    QSqlQuery tables(site.db().connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return {QStringLiteral("no tables")};
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(site.db().connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            lines << table + QLatin1String(": not readable");
            continue;
        }
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values << asText(rows.value(i));
            lines << table + QLatin1String(": ") + values.join(QLatin1Char('|'));
        }
    }
    lines.sort();
    return lines;
}

QList<QVariantMap> companies(int count, const QString &prefix)
{
    QList<QVariantMap> records;
    for (int i = 0; i < count; ++i)
        records << QVariantMap{{QStringLiteral("name"), QStringLiteral("%1 %2").arg(prefix).arg(i)}};
    return records;
}

qint64 recordsIn(const ExchangeManifest &manifest)
{
    qint64 records = 0;
    for (const ExchangeTableCount &count : manifest.tables)
        records += count.records;
    return records;
}

} // namespace

/**
 * Merging exchange files: round trips between three sites, tombstones, conflicts, idempotence, numbering, progress
 * and stopping half way.
 */
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

    // A new site takes most of a file as a set (ExchangeNewRecords); inside a larger transaction SQLite cannot attach
    // the file and every record is weighed one by one. Both ways must give the same base, report and preview.
    void recordsCreatedAsASetEqualRecordByRecord()
    {
        ExchangeSite caen(QStringLiteral("CAE"), QStringLiteral("Caen"));
        QVERIFY(DemoGenerator(caen.db()).generate(60, 11));
        const QString caenNumber =
            caen.rows(QStringLiteral("beneficiaries")).first().value(QStringLiteral("dossier_number")).toString();
        // Vire's dossier has the number of one of Caen's: Bayeux gives the second to arrive a number of its own.
        ExchangeSite vire(QStringLiteral("VIR"), QStringLiteral("Vire"));
        const QString hugo = vire.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        vire.update(QStringLiteral("beneficiaries"), hugo, {{QStringLiteral("dossier_number"), caenNumber}});
        const QString fromVire = vire.exportFor(QStringLiteral("BAY"), Scope::Everything);
        // Caen builds on Vire's version (an ancestry in the file) and deletes a company (a tombstone).
        caen.importFile(vire.exportFor(QStringLiteral("CAE"), Scope::Everything));
        caen.update(QStringLiteral("beneficiaries"), hugo, {{QStringLiteral("commune"), QStringLiteral("Bayeux")}});
        caen.remove(QStringLiteral("companies"), caen.rows(QStringLiteral("companies")).firstKey());
        const QString file = caen.exportFor(QStringLiteral("BAY"), Scope::Everything);

        ExchangeSite asSet(QStringLiteral("BAY"), QStringLiteral("Bayeux"));
        ExchangeSite oneByOne(QStringLiteral("BAY"), QStringLiteral("Bayeux"));
        asSet.importFile(fromVire);
        oneByOne.importFile(fromVire);
        const ExchangePreview previewAsSet = asSet.importFile(file, false);
        const ExchangePreview reportAsSet = asSet.importFile(file);

        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(reader);
        ExchangeImporter importer(oneByOne.db());
        Result<ExchangePreview> previewOneByOne = Error();
        Result<ExchangePreview> reportOneByOne = Error();
        QVERIFY(oneByOne.db().write([&]() -> Result<void> {
            previewOneByOne = importer.preview(**reader);
            reportOneByOne = importer.import(**reader);
            return {};
        }));
        QVERIFY2(reportOneByOne, reportOneByOne ? "" : qPrintable(reportOneByOne.error().fullText()));
        QVERIFY(previewOneByOne);

        QVERIFY2(reportAsSet.total().created > 500, qPrintable(QString::number(reportAsSet.total().created)));
        QCOMPARE(reportAsSet.renumbered, 1);
        QCOMPARE(outcomeOf(reportAsSet, QStringLiteral("beneficiaries")).updated, 1);
        QCOMPARE(outcomeOf(reportAsSet, QStringLiteral("companies")).deleted, 1);
        QCOMPARE(sameOutcomes(reportAsSet, *reportOneByOne), QString());
        QCOMPARE(sameOutcomes(previewAsSet, reportAsSet), QString());
        QCOMPARE(sameOutcomes(*previewOneByOne, reportAsSet), QString());
        const QStringList left = importedContent(asSet);
        const QStringList right = importedContent(oneByOne);
        QVERIFY(left.size() > 2000);
        for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i)
            QCOMPARE(left.at(i), right.at(i));
        QCOMPARE(left.size(), right.size());
    }

    void progressCountsTheRecords()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        a.insertAll(QStringLiteral("companies"), companies(450, QStringLiteral("Entreprise")));
        auto reader = ExchangeReader::open(a.exportFor(b.code()), ExchangeSite::passphrase());
        QVERIFY(reader);
        const qint64 records = recordsIn((*reader)->manifest());
        QCOMPARE(records, 451);
        ExchangeImporter importer(b.db());
        ProgressRecorder previewing;
        importer.setProgress(previewing.callback());
        QVERIFY(importer.preview(**reader));
        QCOMPARE(previewing.problem(records), QString());
        // The start, as the work goes, the end: never a report per record.
        const auto regular = [records](const ProgressRecorder &progress) -> QString {
            if (const QString problem = progress.problem(records); !problem.isEmpty())
                return problem;
            if (progress.seen.first().first != 0)
                return QStringLiteral("the first report is at %1").arg(progress.seen.first().first);
            if (progress.seen.size() < 3 || progress.seen.size() > records / 100 + 2)
                return QStringLiteral("%1 reports").arg(progress.seen.size());
            return {};
        };
        QCOMPARE(regular(previewing), QString());
        ProgressRecorder importing;
        importer.setProgress(importing.callback());
        auto report = importer.import(**reader);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(regular(importing), QString());
        QCOMPARE(b.rows(QStringLiteral("companies")).size(), 450);
    }

    void stoppedImportChangesNothing_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::newRow("first report") << QStringLiteral("first");
        QTest::newRow("middle") << QStringLiteral("middle");
        QTest::newRow("last report") << QStringLiteral("last");
    }

    void stoppedImportChangesNothing()
    {
        QFETCH(QString, stage);
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString dossier = a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        const QStringList known = a.insertAll(QStringLiteral("companies"), companies(250, QStringLiteral("Ancienne")));
        b.importFile(a.exportFor(b.code()));
        b.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        // Updates, a deletion, creations and a conflict, so that a stop in the middle has written some of each.
        a.update(QStringLiteral("beneficiaries"), dossier, {{QStringLiteral("commune"), QStringLiteral("Bayeux")}});
        a.update(QStringLiteral("companies"), known.at(1), {{QStringLiteral("commune"), QStringLiteral("Caen")}});
        b.update(QStringLiteral("companies"), known.at(1), {{QStringLiteral("commune"), QStringLiteral("Vire")}});
        a.remove(QStringLiteral("companies"), known.at(0));
        a.insertAll(QStringLiteral("companies"), companies(450, QStringLiteral("Nouvelle")));
        const QString file = a.exportFor(b.code());

        const QStringList before = dump(b);
        QVERIFY(before.filter(QLatin1String(": not readable")).isEmpty());
        const qint64 imports =
            b.scalar(QStringLiteral("SELECT count(*) FROM exchange_history WHERE direction = 'import'"));
        auto reader = ExchangeReader::open(file, ExchangeSite::passphrase());
        QVERIFY(reader);
        ProgressRecorder progress;
        progress.stopWhen = [stage](qint64 done, qint64 total) {
            return stage == QLatin1String("first") || (stage == QLatin1String("middle") && done >= total / 2) ||
                   (stage == QLatin1String("last") && done == total);
        };
        ExchangeImporter importer(b.db());
        importer.setProgress(progress.callback());
        auto stopped = importer.import(**reader);
        QVERIFY(progress.stopped);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind(), Error::Kind::Cancelled);
        const auto [done, total] = progress.seen.last();
        QCOMPARE(total, recordsIn((*reader)->manifest()));
        if (stage == QLatin1String("middle"))
            QVERIFY2(done > 0 && done < total, qPrintable(QStringLiteral("%1 of %2").arg(done).arg(total)));
        QVERIFY(!b.db().inTransaction());
        QCOMPARE(dump(b), before);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM exchange_history WHERE direction = 'import'")), imports);

        // The same file, not stopped, goes in: what was undone had been written.
        ExchangeImporter again(b.db());
        auto report = again.import(**reader);
        QVERIFY2(report, report ? "" : qPrintable(report.error().fullText()));
        QCOMPARE(report->total().created, 450);
        QCOMPARE(report->total().conflicts, 1);
        QVERIFY(dump(b) != before);
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM exchange_history WHERE direction = 'import'")),
                 imports + 1);
    }

    void stoppedPreviewIsCancelled()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        a.createDossier(QStringLiteral("Léa"), QStringLiteral("Durand"));
        auto reader = ExchangeReader::open(a.exportFor(b.code()), ExchangeSite::passphrase());
        QVERIFY(reader);
        ProgressRecorder progress;
        progress.stopAt = 2;
        ExchangeImporter importer(b.db());
        importer.setProgress(progress.callback());
        auto stopped = importer.preview(**reader);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().kind(), Error::Kind::Cancelled);
        QCOMPARE(progress.seen.size(), 2);
    }

    // An anonymisation decided on one site reaches the other and wins over a change made there meanwhile: the
    // names leave that file's bytes too, with the conflict that would have kept them.
    void anonymisationArrivesAndLeavesNothingBehind()
    {
        ExchangeSite a(QStringLiteral("AAA"), QStringLiteral("Site A"));
        ExchangeSite b(QStringLiteral("BBB"), QStringLiteral("Site B"));
        const QString name = QStringLiteral("Zyxwanonymous");
        const QString d = a.createDossier(QStringLiteral("Léa"), name);
        const QString kept = a.createDossier(QStringLiteral("Hugo"), QStringLiteral("Petit"));
        b.importFile(a.exportFor(b.code()));
        b.update(QStringLiteral("beneficiaries"), d, {{QStringLiteral("phone"), QStringLiteral("0700000000")}});
        const auto bytesOf = [](Database &database) {
            QByteArray all;
            for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(database.path() + suffix);
                if (file.open(QIODevice::ReadOnly))
                    all += file.readAll();
            }
            return all;
        };
        QVERIFY(bytesOf(b.db()).contains(name.toUtf8()));

        RetentionCandidate candidate;
        candidate.module = Module::Beneficiaries;
        candidate.recordId = d;
        auto anonymised = AnonymisationService(a.db()).anonymise({candidate});
        QVERIFY2(anonymised, qPrintable(anonymised ? QString() : anonymised.error().fullText()));
        const ExchangePreview report = b.importFile(a.exportFor(b.code()));
        QCOMPARE(report.total().conflicts, 0);
        const QVariantMap row = b.row(QStringLiteral("beneficiaries"), d);
        QVERIFY(!row.value(QStringLiteral("anonymised_at")).isNull());
        QCOMPARE(row.value(QStringLiteral("last_name")).toString(), QString());
        QCOMPARE(row.value(QStringLiteral("phone")).toString(), QString());
        QCOMPARE(b.row(QStringLiteral("beneficiaries"), kept).value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Petit"));
        QCOMPARE(b.scalar(QStringLiteral("SELECT count(*) FROM exchange_conflicts")), 0);
        QVERIFY(!bytesOf(b.db()).contains(name.toUtf8()));
        QVERIFY(!bytesOf(b.db()).contains(QByteArrayLiteral("0700000000")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeImporter)
#include "tst_exchangeimporter.moc"
