// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryBuilder.h"
#include "TemporaryDatabase.h"
#include "search/SearchService.h"

#include <QTest>

#include <algorithm>

namespace {

// The people every name search runs against: each query must find its person and not the others.
const QList<std::pair<QString, QString>> people = {
    {QStringLiteral("Éloïse"), QStringLiteral("Dupont")},   {QStringLiteral("Jean-Baptiste"), QStringLiteral("Leroy")},
    {QStringLiteral("Awa"), QStringLiteral("N'Diaye")},     {QStringLiteral("Zoé"), QStringLiteral("Lecœur")},
    {QStringLiteral("Camille"), QStringLiteral("Martin")},  {QStringLiteral("Jean"), QStringLiteral("Bernard")},
    {QStringLiteral("Baptiste"), QStringLiteral("Diallo")}, {QStringLiteral("Lou"), QStringLiteral("Ndongo")},
};

// First name → id of the dossier created for it.
QHash<QString, QString> createPeople(Database &database)
{
    QHash<QString, QString> ids;
    for (const auto &[first, last] : people)
        ids.insert(first, BeneficiaryBuilder().named(first, last).createIn(database).id);
    return ids;
}

QStringList idsOf(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids << hit.recordId;
    return ids;
}

Result<void> indexEntry(Database &database, Module module, const QString &id, const QString &title)
{
    return database.write([&] { return SearchService(database).index(SearchEntry{module, id, title, {}, {}}); });
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private slots:
    void findsNamesWithoutAccentsHyphensOrApostrophes_data();
    void findsNamesWithoutAccentsHyphensOrApostrophes();
    void findsCareerByWordBeginning_data();
    void findsCareerByWordBeginning();
    void unknownTextFindsNothing();
    void searchSyntaxInUserTextNeverFails_data();
    void searchSyntaxInUserTextNeverFails();
    void reindexingReplacesOldText();
    void heldEntriesAreWrittenTogetherAtTheEnd();
    void removedRecordIsNoLongerFound();
    void resultsAreGroupedByModuleInSidebarOrder();
    void limitPerModuleCapsEachModule_data();
    void limitPerModuleCapsEachModule();
    void matchExpressionQuotesEveryWord_data();
    void matchExpressionQuotesEveryWord();
};

void TestSearchService::findsNamesWithoutAccentsHyphensOrApostrophes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // first names of the people that must be found, and only them
    const QStringList eloise = {QStringLiteral("Éloïse")};
    QTest::newRow("eloi") << QStringLiteral("eloi") << eloise;
    QTest::newRow("éloi") << QStringLiteral("éloi") << eloise;
    QTest::newRow("ELOÏ") << QStringLiteral("ELOÏ") << eloise;
    QTest::newRow("eloise dupont") << QStringLiteral("eloise dupont") << eloise;
    QTest::newRow("dupont éloïse") << QStringLiteral("DUPONT Éloïse") << eloise;
    const QStringList jeanBaptiste = {QStringLiteral("Jean-Baptiste")};
    QTest::newRow("jean-bap") << QStringLiteral("jean-bap") << jeanBaptiste;
    QTest::newRow("jean bap") << QStringLiteral("jean bap") << jeanBaptiste;
    QTest::newRow("jeanbaptiste") << QStringLiteral("jeanbaptiste") << jeanBaptiste;
    const QStringList ndiaye = {QStringLiteral("Awa")};
    QTest::newRow("ndiaye") << QStringLiteral("ndiaye") << ndiaye;
    QTest::newRow("n'diaye") << QStringLiteral("n'diaye") << ndiaye;
    QTest::newRow("N’Diaye") << QStringLiteral("N’Diaye") << ndiaye;
    const QStringList lecoeur = {QStringLiteral("Zoé")};
    QTest::newRow("lecoeur") << QStringLiteral("lecoeur") << lecoeur;
    QTest::newRow("lecœur") << QStringLiteral("lecœur") << lecoeur;
    QTest::newRow("LECOE") << QStringLiteral("LECOE") << lecoeur;
}

void TestSearchService::findsNamesWithoutAccentsHyphensOrApostrophes()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    TemporaryDatabase db;
    const QHash<QString, QString> ids = createPeople(*db);

    const auto hits = SearchService(*db).search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().fullText()));
    QStringList expectedIds;
    for (const QString &firstName : std::as_const(expected))
        expectedIds << ids.value(firstName);
    QStringList found = idsOf(*hits);
    found.sort();
    expectedIds.sort();
    QCOMPARE(found, expectedIds);
    for (const SearchHit &hit : *hits)
        QCOMPARE(hit.module, Module::Beneficiaries);
}

void TestSearchService::findsCareerByWordBeginning_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("elec") << QStringLiteral("elec") << true;
    QTest::newRow("électri") << QStringLiteral("électri") << true;
    QTest::newRow("ELECTRICIENNE") << QStringLiteral("ELECTRICIENNE") << true;
    QTest::newRow("batiment") << QStringLiteral("batiment") << true;
    QTest::newRow("elec bat") << QStringLiteral("elec bat") << true;
    QTest::newRow("middle of a word") << QStringLiteral("lectricien") << false;
    QTest::newRow("other word") << QStringLiteral("plombier") << false;
}

void TestSearchService::findsCareerByWordBeginning()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    TemporaryDatabase db;
    createPeople(*db);
    const QString id = QStringLiteral("F1602");
    QVERIFY(indexEntry(*db, Module::Careers, id, QStringLiteral("Électricien / Électricienne du bâtiment")));

    const auto hits = SearchService(*db).search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().fullText()));
    if (!found) {
        QCOMPARE(hits->size(), 0);
        return;
    }
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().module, Module::Careers);
    QCOMPARE(hits->constFirst().recordId, id);
    QCOMPARE(hits->constFirst().title, QStringLiteral("Électricien / Électricienne du bâtiment"));
}

void TestSearchService::unknownTextFindsNothing()
{
    TemporaryDatabase db;
    createPeople(*db);
    const auto hits = SearchService(*db).search(QStringLiteral("zzz"));
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());
}

void TestSearchService::searchSyntaxInUserTextNeverFails_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsEloise");
    QTest::newRow("AND") << QStringLiteral("AND") << false;
    QTest::newRow("eloi AND") << QStringLiteral("eloi AND") << false;
    QTest::newRow("OR eloi") << QStringLiteral("OR eloi") << false;
    QTest::newRow("NOT") << QStringLiteral("NOT") << false;
    QTest::newRow("lone quote") << QStringLiteral("\"") << false;
    QTest::newRow("quoted name") << QStringLiteral("\"eloise\"") << true;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"eloi") << true;
    QTest::newRow("star") << QStringLiteral("*") << false;
    QTest::newRow("star after name") << QStringLiteral("eloi*") << true;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << false;
    QTest::newRow("NEAR(eloi dupont)") << QStringLiteral("NEAR(eloi dupont)") << false;
    QTest::newRow("column filter") << QStringLiteral("title:") << false;
    QTest::newRow("column filter and name") << QStringLiteral("title:eloi") << false;
    QTest::newRow("minus") << QStringLiteral("-eloi") << true;
    QTest::newRow("caret") << QStringLiteral("^eloi") << true;
    QTest::newRow("parentheses") << QStringLiteral("(eloi)") << true;
    QTest::newRow("braces") << QStringLiteral("{title body}: eloi") << false;
    QTest::newRow("plus") << QStringLiteral("eloi + dupont") << true;
    QTest::newRow("only punctuation") << QStringLiteral("'-:;,.()") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSearchService::searchSyntaxInUserTextNeverFails()
{
    QFETCH(QString, query);
    QFETCH(bool, findsEloise);
    TemporaryDatabase db;
    const QHash<QString, QString> ids = createPeople(*db);

    const auto hits = SearchService(*db).search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().fullText()));
    QCOMPARE(idsOf(*hits).contains(ids.value(QStringLiteral("Éloïse"))), findsEloise);
}

// An import holds its entries and writes them at its end: each is then found, the last version of a record only.
void TestSearchService::heldEntriesAreWrittenTogetherAtTheEnd()
{
    TemporaryDatabase db;
    QVERIFY(indexEntry(*db, Module::Beneficiaries, QStringLiteral("old"), QStringLiteral("LEBRUN Anaïs")));
    SearchService search(*db);
    QVERIFY(db->write([&]() -> Result<void> {
        search.hold();
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("held-%1").arg(i);
            if (auto held =
                    search.index(SearchEntry{Module::Beneficiaries, id, QStringLiteral("MARIE Zoé %1").arg(i), {}, {}});
                !held)
                return held;
        }
        // Held, not written yet; a record indexed twice keeps its last entry.
        if (auto held = search.index(
                SearchEntry{Module::Beneficiaries, QStringLiteral("old"), QStringLiteral("LEGRAND Anaïs"), {}, {}});
            !held)
            return held;
        auto before = search.search(QStringLiteral("zoe"));
        if (!before || !before->isEmpty())
            return Error(Error::Kind::Storage, QStringLiteral("held entries were written at once"));
        return search.writeHeld();
    }));
    const auto zoe = search.search(QStringLiteral("marie zoe 299"));
    QVERIFY(zoe);
    QCOMPARE(idsOf(*zoe), QStringList{QStringLiteral("held-299")});
    const auto renamed = search.search(QStringLiteral("legrand"));
    QVERIFY(renamed);
    QCOMPARE(idsOf(*renamed), QStringList{QStringLiteral("old")});
    const auto gone = search.search(QStringLiteral("lebrun"));
    QVERIFY(gone);
    QVERIFY(gone->isEmpty());
    // Held no more: the next entry is written at once.
    QVERIFY(db->write([&] {
        return search.index(
            SearchEntry{Module::Beneficiaries, QStringLiteral("next"), QStringLiteral("PAYEN Yanis"), {}, {}});
    }));
    const auto next = search.search(QStringLiteral("payen"));
    QVERIFY(next);
    QCOMPARE(idsOf(*next), QStringList{QStringLiteral("next")});
}

void TestSearchService::reindexingReplacesOldText()
{
    TemporaryDatabase db;
    createPeople(*db);
    const QString id = QStringLiteral("record-1");
    QVERIFY(indexEntry(*db, Module::Beneficiaries, id, QStringLiteral("VAUTIER Clémence")));
    QVERIFY(indexEntry(*db, Module::Beneficiaries, id, QStringLiteral("OSMONT Clémence")));

    SearchService search(*db);
    const auto old = search.search(QStringLiteral("vautier"));
    QVERIFY(old);
    QVERIFY2(old->isEmpty(), "the old name is still found");
    const auto current = search.search(QStringLiteral("osmont"));
    QVERIFY(current);
    QCOMPARE(idsOf(*current), QStringList{id});
    QCOMPARE(current->constFirst().title, QStringLiteral("OSMONT Clémence"));
    const auto shared = search.search(QStringLiteral("clemence"));
    QVERIFY(shared);
    QCOMPARE(idsOf(*shared), QStringList{id});
}

void TestSearchService::removedRecordIsNoLongerFound()
{
    TemporaryDatabase db;
    const QHash<QString, QString> ids = createPeople(*db);
    const QString eloise = ids.value(QStringLiteral("Éloïse"));
    SearchService search(*db);
    QVERIFY(db->write([&] { return search.remove(Module::Beneficiaries, eloise); }));

    const auto hits = search.search(QStringLiteral("eloise"));
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());
    // Others are still found, and forgetting an unknown record is not an error.
    const auto others = search.search(QStringLiteral("lecoeur"));
    QVERIFY(others);
    QCOMPARE(idsOf(*others), QStringList{ids.value(QStringLiteral("Zoé"))});
    QVERIFY(db->write([&] { return search.remove(Module::Careers, QStringLiteral("never-indexed")); }));
}

void TestSearchService::resultsAreGroupedByModuleInSidebarOrder()
{
    TemporaryDatabase db;
    // Indexed in the reverse of the expected order, and interleaved, so that neither insertion order nor rank can
    // produce the grouping by chance.
    QList<Module> modules = Modules::withRecords();
    std::reverse(modules.begin(), modules.end());
    for (int round = 0; round < 2; ++round) {
        for (Module module : std::as_const(modules)) {
            const QString id = QStringLiteral("%1-%2").arg(Modules::code(module)).arg(round);
            QVERIFY(indexEntry(*db, module, id, QStringLiteral("Lambda %1").arg(id)));
        }
    }

    const auto hits = SearchService(*db).search(QStringLiteral("lambda"));
    QVERIFY(hits);
    QList<Module> order;
    for (const SearchHit &hit : *hits) {
        if (order.isEmpty() || order.constLast() != hit.module) {
            QVERIFY2(!order.contains(hit.module), "a module's results are split in two groups");
            order << hit.module;
        }
    }
    QCOMPARE(order, Modules::withRecords());
    QCOMPARE(hits->size(), 2 * Modules::withRecords().size());
}

void TestSearchService::limitPerModuleCapsEachModule_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("more than there is") << 20;
}

void TestSearchService::limitPerModuleCapsEachModule()
{
    QFETCH(int, limit);
    TemporaryDatabase db;
    const QHash<Module, int> indexed = {{Module::Beneficiaries, 6}, {Module::Careers, 4}, {Module::Placements, 1}};
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i) {
            const QString id = QStringLiteral("%1-%2").arg(Modules::code(it.key())).arg(i);
            QVERIFY(indexEntry(*db, it.key(), id, QStringLiteral("Gosselin %1").arg(i)));
        }
    }
    const auto hits = SearchService(*db).search(QStringLiteral("gosselin"), limit);
    QVERIFY(hits);
    QHash<Module, int> counts;
    for (const SearchHit &hit : *hits)
        ++counts[hit.module];
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it)
        QCOMPARE(counts.value(it.key()), std::min(limit, it.value()));
    QCOMPARE(counts.value(Module::Dropouts), 0);
}

void TestSearchService::matchExpressionQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("punctuation only") << QStringLiteral("\"*:()-") << QString();
    QTest::newRow("one word") << QStringLiteral("eloi") << QStringLiteral("\"eloi\"*");
    QTest::newRow("accents and case") << QStringLiteral("ÉLOÏ") << QStringLiteral("\"eloi\"*");
    QTest::newRow("ligature") << QStringLiteral("Lecœur") << QStringLiteral("\"lecoeur\"*");
    QTest::newRow("hyphen") << QStringLiteral("jean-bap") << QStringLiteral("\"jean\"* \"bap\"*");
    QTest::newRow("apostrophe") << QStringLiteral("N'Diaye") << QStringLiteral("\"n\"* \"diaye\"*");
    QTest::newRow("operator words") << QStringLiteral("a AND b") << QStringLiteral("\"a\"* \"and\"* \"b\"*");
    QTest::newRow("quote inside") << QStringLiteral("el\"oi") << QStringLiteral("\"el\"* \"oi\"*");
    QTest::newRow("column filter") << QStringLiteral("title:x") << QStringLiteral("\"title\"* \"x\"*");
    QTest::newRow("digits") << QStringLiteral("CAE-2026-00042") << QStringLiteral("\"cae\"* \"2026\"* \"00042\"*");
    QTest::newRow("nine words keep eight") << QStringLiteral("a b c d e f g h i")
                                           << QStringLiteral("\"a\"* \"b\"* \"c\"* \"d\"* \"e\"* \"f\"* \"g\"* \"h\"*");
}

void TestSearchService::matchExpressionQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchService::matchExpression(text), expected);
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
