// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ColumnMatcher.h"

#include <QTest>

class TestColumnMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matchesTitles_data();
    void matchesTitles();
    void mapsAWholeHeader();
    void listsUnknownColumns();
    void reportsDuplicates();
    void reportsMissingRequiredByLabel();
    void listsEveryProblemInOneError();
    void overridesFixDuplicatesAndMissing();
    void overrideCanIgnoreAColumn();
    void overrideWithUnknownKeyLeavesColumnUnknown();
    void firstFieldKeepsASharedSynonym();
    void valueReadsTheMappedCell();

private:
    static ColumnMatcher beneficiaryMatcher();
};

ColumnMatcher TestColumnMatcher::beneficiaryMatcher()
{
    return ColumnMatcher({
        {QStringLiteral("last_name"),
         QStringLiteral("Last name"),
         {QStringLiteral("nom"), QStringLiteral("nom de famille"), QStringLiteral("nom de naissance")},
         true},
        {QStringLiteral("first_name"),
         QStringLiteral("First name"),
         {QStringLiteral("prénom"), QStringLiteral("prenoms")},
         true},
        {QStringLiteral("birth_date"),
         QStringLiteral("Date of birth"),
         {QStringLiteral("date de naissance"), QStringLiteral("date naiss"), QStringLiteral("ddn"),
          QStringLiteral("né le")},
         true},
        {QStringLiteral("phone"),
         QStringLiteral("Phone"),
         {QStringLiteral("téléphone"), QStringLiteral("tél"), QStringLiteral("portable")},
         false},
    });
}

void TestColumnMatcher::matchesTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");

    QTest::newRow("synonym") << QStringLiteral("date de naissance") << QStringLiteral("birth_date");
    QTest::newRow("upper case") << QStringLiteral("DATE DE NAISSANCE") << QStringLiteral("birth_date");
    QTest::newRow("abbreviation with a dot") << QStringLiteral("Date naiss.") << QStringLiteral("birth_date");
    QTest::newRow("underscores") << QStringLiteral("date_de_naissance") << QStringLiteral("birth_date");
    QTest::newRow("acronym") << QStringLiteral("DDN") << QStringLiteral("birth_date");
    QTest::newRow("accent") << QStringLiteral("Né le") << QStringLiteral("birth_date");
    QTest::newRow("accent dropped by the user") << QStringLiteral("ne le") << QStringLiteral("birth_date");
    QTest::newRow("spaces around") << QStringLiteral("  Prénom ") << QStringLiteral("first_name");
    QTest::newRow("no accent") << QStringLiteral("PRENOM") << QStringLiteral("first_name");
    QTest::newRow("apostrophe and hyphen") << QStringLiteral("Nom-de'famille") << QStringLiteral("last_name");
    QTest::newRow("key itself") << QStringLiteral("birth_date") << QStringLiteral("birth_date");
    QTest::newRow("label") << QStringLiteral("Date of birth") << QStringLiteral("birth_date");
    QTest::newRow("abbreviation with accent and dot") << QStringLiteral("Tél.") << QStringLiteral("phone");
    QTest::newRow("unknown") << QStringLiteral("Commentaire") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral("--") << QString();
    QTest::newRow("partial is not a match") << QStringLiteral("date") << QString();
}

void TestColumnMatcher::matchesTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(beneficiaryMatcher().keyForTitle(title), key);
}

void TestColumnMatcher::mapsAWholeHeader()
{
    const QStringList header = {QStringLiteral("NOM"), QStringLiteral("Prénom"), QStringLiteral("Date naiss."),
                                QStringLiteral("Portable")};
    const ColumnMapping mapping = beneficiaryMatcher().match(header);
    QVERIFY(mapping.isUsable());
    QCOMPARE(mapping.keyByColumn.value(0), QStringLiteral("last_name"));
    QCOMPARE(mapping.keyByColumn.value(2), QStringLiteral("birth_date"));
    QCOMPARE(mapping.columnOf(QStringLiteral("phone")), 3);
    QVERIFY(mapping.unknownColumns.isEmpty());
    QVERIFY(beneficiaryMatcher().problems(mapping, header).isEmpty());
    QVERIFY(beneficiaryMatcher().resolve(header).ok());
}

void TestColumnMatcher::listsUnknownColumns()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Remarque"), QStringLiteral("Prénom"), QString(),
                                QStringLiteral("DDN")};
    const ColumnMapping mapping = beneficiaryMatcher().match(header);
    QVERIFY(mapping.isUsable()); // unknown columns are ignored, not refused
    QCOMPARE(mapping.unknownColumns, (QList<int>{1, 3}));
    QCOMPARE(mapping.keyByColumn.size(), 3);
}

void TestColumnMatcher::reportsDuplicates()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Date naiss."),
                                QStringLiteral("DDN")};
    const ColumnMatcher matcher = beneficiaryMatcher();
    const ColumnMapping mapping = matcher.match(header);
    QVERIFY(!mapping.isUsable());
    QCOMPARE(mapping.duplicateColumns.value(QStringLiteral("birth_date")), (QList<int>{2, 3}));
    QCOMPARE(mapping.columnOf(QStringLiteral("birth_date")), -1);

    const Result<ColumnMapping> resolved = matcher.resolve(header);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind(), Error::Kind::BadInput);
    const QString message = resolved.error().message();
    QVERIFY2(message.contains(QStringLiteral("Date of birth")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“Date naiss.” (column 3)")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("“DDN” (column 4)")), qPrintable(message));
}

void TestColumnMatcher::reportsMissingRequiredByLabel()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Date de naissance"),
                                QStringLiteral("Téléphone")};
    const Result<ColumnMapping> resolved = beneficiaryMatcher().resolve(header);
    QVERIFY(!resolved.ok());
    const QString message = resolved.error().message();
    QVERIFY2(message.contains(QStringLiteral("The required column “First name” is missing.")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("prénom")), qPrintable(message)); // the accepted titles help fix it
    QCOMPARE(beneficiaryMatcher().match(header).missingRequired, QStringList{QStringLiteral("first_name")});
}

void TestColumnMatcher::listsEveryProblemInOneError()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Nom de famille")};
    const ColumnMatcher matcher = beneficiaryMatcher();
    const QStringList problems = matcher.problems(matcher.match(header), header);
    QCOMPARE(problems.size(), 3); // last_name twice; first_name and birth_date missing
    const Result<ColumnMapping> resolved = matcher.resolve(header);
    QVERIFY(!resolved.ok());
    for (const QString &problem : problems)
        QVERIFY(resolved.error().message().contains(problem));
}

void TestColumnMatcher::overridesFixDuplicatesAndMissing()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Nom de famille"), QStringLiteral("Date naiss."),
                                QStringLiteral("DDN")};
    // The user says: column 1 is the first name, column 3 is to be ignored.
    const QMap<int, QString> overrides = {{1, QStringLiteral("first_name")}, {3, QString()}};
    const Result<ColumnMapping> resolved = beneficiaryMatcher().resolve(header, overrides);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message()));
    QCOMPARE(resolved->columnOf(QStringLiteral("first_name")), 1);
    QCOMPARE(resolved->columnOf(QStringLiteral("birth_date")), 2);
    QCOMPARE(resolved->unknownColumns, QList<int>{3});
}

void TestColumnMatcher::overrideCanIgnoreAColumn()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("DDN")};
    const ColumnMapping mapping = beneficiaryMatcher().match(header, {{2, QString()}});
    QCOMPARE(mapping.missingRequired, QStringList{QStringLiteral("birth_date")});
}

void TestColumnMatcher::overrideWithUnknownKeyLeavesColumnUnknown()
{
    const QStringList header = {QStringLiteral("Nom"), QStringLiteral("X")};
    const ColumnMapping mapping = beneficiaryMatcher().match(header, {{1, QStringLiteral("no_such_field")}});
    QCOMPARE(mapping.unknownColumns, QList<int>{1});
}

void TestColumnMatcher::firstFieldKeepsASharedSynonym()
{
    const ColumnMatcher matcher({
        {QStringLiteral("start"), QStringLiteral("Start"), {QStringLiteral("date")}, false},
        {QStringLiteral("end"), QStringLiteral("End"), {QStringLiteral("date"), QStringLiteral("fin")}, false},
    });
    QCOMPARE(matcher.keyForTitle(QStringLiteral("Date")), QStringLiteral("start"));
    QCOMPARE(matcher.keyForTitle(QStringLiteral("FIN")), QStringLiteral("end"));
}

void TestColumnMatcher::valueReadsTheMappedCell()
{
    const QStringList header = {QStringLiteral("Remarque"), QStringLiteral("Nom")};
    const ColumnMapping mapping = beneficiaryMatcher().match(header);
    const QStringList cells = {QStringLiteral("x"), QStringLiteral("Dupont")};
    QCOMPARE(mapping.value(cells, QStringLiteral("last_name")), QStringLiteral("Dupont"));
    QVERIFY(mapping.value(cells, QStringLiteral("phone")).isNull());
}

QTEST_GUILESS_MAIN(TestColumnMatcher)
#include "tst_columnmatcher.moc"
