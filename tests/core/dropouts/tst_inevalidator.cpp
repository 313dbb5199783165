// SPDX-License-Identifier: GPL-3.0-or-later
// The forms of the INE found in dropout lists, and what is refused.
#include "dropouts/IneValidator.h"

#include <QTest>

class TestIneValidator : public QObject
{
    Q_OBJECT

private slots:
    void checksTheForm_data();
    void checksTheForm();
    void emptyIsNotAProblem();
};

void TestIneValidator::checksTheForm_data()
{
    QTest::addColumn<QString>("ine");
    QTest::addColumn<bool>("valid");
    QTest::newRow("RNIE: 9 digits, 2 letters") << QStringLiteral("123456789AB") << true;
    QTest::newRow("BEA: 10 digits, 1 letter") << QStringLiteral("1234567890A") << true;
    QTest::newRow("apprentice") << QStringLiteral("1234A12345B") << true;
    QTest::newRow("lower case and spaces") << QStringLiteral(" 123 456 789 ab ") << true;
    QTest::newRow("too short") << QStringLiteral("12345678AB") << false;
    QTest::newRow("too long") << QStringLiteral("1234567890AB") << false;
    QTest::newRow("11 digits") << QStringLiteral("12345678901") << false;
    QTest::newRow("letter first") << QStringLiteral("A234567890B") << false;
    QTest::newRow("3 letters") << QStringLiteral("12345678ABC") << false;
    QTest::newRow("punctuation") << QStringLiteral("123456789-A") << false;
}

void TestIneValidator::checksTheForm()
{
    QFETCH(QString, ine);
    QFETCH(bool, valid);
    QCOMPARE(IneValidator::isValid(ine), valid);
    QCOMPARE(IneValidator::problem(ine).isEmpty(), valid);
}

void TestIneValidator::emptyIsNotAProblem()
{
    QVERIFY(IneValidator::problem(QString()).isEmpty());
    QVERIFY(!IneValidator::isValid(QString()));
    QCOMPARE(IneValidator::normalized(QStringLiteral("123 456 789 ab")), QStringLiteral("123456789AB"));
}

QTEST_GUILESS_MAIN(TestIneValidator)
#include "tst_inevalidator.moc"
