// SPDX-License-Identifier: GPL-3.0-or-later
#include "placements/SiretValidator.h"

#include <QTest>

class TestSiretValidator : public QObject
{
    Q_OBJECT

private slots:
    void isValid_data();
    void isValid();
    void normalised_data();
    void normalised();
    void problem_data();
    void problem();
};

void TestSiretValidator::isValid_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<bool>("valid");
    // Valid numbers below were completed with their Luhn key by hand (digits doubled from the right).
    QTest::newRow("valid") << QStringLiteral("73282932000074") << true;
    QTest::newRow("valid, computed") << QStringLiteral("12345678200010") << true;
    QTest::newRow("valid, computed 2") << QStringLiteral("44201841600010") << true;
    QTest::newRow("valid, mostly zeros") << QStringLiteral("80000000000003") << true;
    QTest::newRow("last digit off by one") << QStringLiteral("73282932000075") << false;
    QTest::newRow("last digit off by one, down") << QStringLiteral("73282932000073") << false;
    QTest::newRow("two digits swapped") << QStringLiteral("73282932000047") << false;
    // 12345678200011 has a digit sum of 40: the multiple-of-5 rule must not leak outside La Poste.
    QTest::newRow("sum of 5 outside La Poste") << QStringLiteral("12345678200011") << false;
    QTest::newRow("La Poste head office, Luhn") << QStringLiteral("35600000000048") << true;
    QTest::newRow("La Poste office, sum 30") << QStringLiteral("35600000009075") << true;
    QTest::newRow("La Poste office, sum 30 (2)") << QStringLiteral("35600000009093") << true;
    QTest::newRow("La Poste office, sum 15") << QStringLiteral("35600000000001") << true;
    QTest::newRow("La Poste, sum 27") << QStringLiteral("35600000009090") << false;
    QTest::newRow("La Poste, sum 31") << QStringLiteral("35600000009076") << false;
    // Luhn-valid but not a multiple of 5: under La Poste's SIREN the sum rule is the one that counts.
    QTest::newRow("La Poste, Luhn only") << QStringLiteral("35600000000014") << false;
    QTest::newRow("La Poste SIREN alone") << QStringLiteral("356000000") << false;
    QTest::newRow("spaces") << QStringLiteral("732 829 320 00074") << true;
    QTest::newRow("non-breaking spaces") << QStringLiteral("732\u00a0829\u00a0320\u202f00074") << true;
    QTest::newRow("dots") << QStringLiteral("732.829.320.00074") << true;
    QTest::newRow("leading and trailing spaces") << QStringLiteral("  73282932000074 ") << true;
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << false;
    QTest::newRow("15 digits") << QStringLiteral("732829320000740") << false;
    QTest::newRow("SIREN only") << QStringLiteral("732829320") << false;
    QTest::newRow("letter") << QStringLiteral("7328293200007A") << false;
    QTest::newRow("letter O for zero") << QStringLiteral("732829320OOO74") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٧٣٢٨٢٩٣٢٠٠٠٠٧٤") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << QStringLiteral("   ") << false;
}

void TestSiretValidator::isValid()
{
    QFETCH(QString, siret);
    QFETCH(bool, valid);
    QCOMPARE(SiretValidator::isValid(siret), valid);
    QCOMPARE(SiretValidator::problem(siret).isEmpty(), valid);
}

void TestSiretValidator::normalised_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("grouped") << QStringLiteral("123 456 789 00012") << QStringLiteral("12345678900012");
    QTest::newRow("dots and dashes") << QStringLiteral("123.456.789-00012") << QStringLiteral("12345678900012");
    QTest::newRow("tab and newline") << QStringLiteral("\t12345678900012\n") << QStringLiteral("12345678900012");
    QTest::newRow("already clean") << QStringLiteral("12345678900012") << QStringLiteral("12345678900012");
    QTest::newRow("letters kept") << QStringLiteral("123 ABC") << QStringLiteral("123ABC");
    QTest::newRow("empty") << QString() << QString();
}

void TestSiretValidator::normalised()
{
    QFETCH(QString, siret);
    QFETCH(QString, expected);
    QCOMPARE(SiretValidator::normalised(siret), expected);
}

void TestSiretValidator::problem_data()
{
    QTest::addColumn<QString>("siret");
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the SIRET");
    QTest::newRow("letters") << QStringLiteral("7328293200007A") << QStringLiteral("only digits");
    QTest::newRow("too short") << QStringLiteral("7328293200007") << QStringLiteral("this one has 13");
    QTest::newRow("too long") << QStringLiteral("732829320000740") << QStringLiteral("this one has 15");
    QTest::newRow("checksum") << QStringLiteral("73282932000075") << QStringLiteral("check digit");
    QTest::newRow("La Poste checksum") << QStringLiteral("35600000009090") << QStringLiteral("check digit");
    QTest::newRow("valid") << QStringLiteral("732 829 320 00074") << QString();
}

void TestSiretValidator::problem()
{
    QFETCH(QString, siret);
    QFETCH(QString, words);
    const QString sentence = SiretValidator::problem(siret);
    if (words.isEmpty())
        QVERIFY2(sentence.isEmpty(), qPrintable(sentence));
    else
        QVERIFY2(sentence.contains(words), qPrintable(sentence));
}

QTEST_GUILESS_MAIN(TestSiretValidator)
#include "tst_siretvalidator.moc"
