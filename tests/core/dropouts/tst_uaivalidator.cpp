// SPDX-License-Identifier: GPL-3.0-or-later
// UAI codes of schools: 7 digits and the key letter computed modulo 23.
#include "dropouts/UaiValidator.h"

#include <QTest>

class TestUaiValidator : public QObject
{
    Q_OBJECT

private slots:
    void checksFormAndKey_data();
    void checksFormAndKey();
    void keyAlphabetSkipsIOQ();
    void wrongKeySaysWhichKeyFits();
};

void TestUaiValidator::checksFormAndKey_data()
{
    QTest::addColumn<QString>("uai");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Lycée Malherbe, Caen") << QStringLiteral("0140017T") << true;
    QTest::newRow("lower case, spaces") << QStringLiteral(" 0140017t ") << true;
    QTest::newRow("remainder 0 gives A") << QStringLiteral("0000023A") << true;
    QTest::newRow("remainder 22 gives Z") << QStringLiteral("0000022Z") << true;
    QTest::newRow("wrong key") << QStringLiteral("0140017A") << false;
    QTest::newRow("6 digits") << QStringLiteral("014001T") << false;
    QTest::newRow("no letter") << QStringLiteral("01400170") << false;
    QTest::newRow("letter inside") << QStringLiteral("01A0017T") << false;
}

void TestUaiValidator::checksFormAndKey()
{
    QFETCH(QString, uai);
    QFETCH(bool, valid);
    QCOMPARE(UaiValidator::isValid(uai), valid);
    QCOMPARE(UaiValidator::problem(uai).isEmpty(), valid);
}

void TestUaiValidator::keyAlphabetSkipsIOQ()
{
    // Remainders 8, 13 and 15 fall after the letters left out: J, P, S, never I, O or Q.
    QCOMPARE(UaiValidator::keyFor(QStringLiteral("0000008")), QLatin1Char('J'));
    QCOMPARE(UaiValidator::keyFor(QStringLiteral("0000013")), QLatin1Char('P'));
    QCOMPARE(UaiValidator::keyFor(QStringLiteral("0000015")), QLatin1Char('S'));
    QVERIFY(UaiValidator::keyFor(QStringLiteral("12345")).isNull());
}

void TestUaiValidator::wrongKeySaysWhichKeyFits()
{
    QVERIFY(UaiValidator::problem(QStringLiteral("0140017A")).contains(QLatin1String("0140017T")));
    QVERIFY(UaiValidator::problem(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestUaiValidator)
#include "tst_uaivalidator.moc"
