// SPDX-License-Identifier: GPL-3.0-or-later
// Age and obligation de formation on their boundaries: the 16th and 18th birthdays, and 29 February births.
#include "dropouts/ObligationRule.h"

#include <QTest>

class TestObligationRule : public QObject
{
    Q_OBJECT

private slots:
    void ageAndObligation_data();
    void ageAndObligation();
    void endsOnThe18thBirthday_data();
    void endsOnThe18thBirthday();
    void unknownBirthDate();
};

void TestObligationRule::ageAndObligation_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("applies");
    const QDate born(2009, 5, 6);
    QTest::newRow("day before the 16th birthday") << born << QDate(2025, 5, 5) << 15 << false;
    QTest::newRow("16th birthday") << born << QDate(2025, 5, 6) << 16 << true;
    QTest::newRow("day before the 18th birthday") << born << QDate(2027, 5, 5) << 17 << true;
    QTest::newRow("18th birthday") << born << QDate(2027, 5, 6) << 18 << false;
    const QDate leap(2008, 2, 29);
    // 2024 is a leap year: the 16th birthday is the 29th.
    QTest::newRow("29 Feb: 28 Feb of the 16th year") << leap << QDate(2024, 2, 28) << 15 << false;
    QTest::newRow("29 Feb: 16th birthday on the 29th") << leap << QDate(2024, 2, 29) << 16 << true;
    // 2026 is a common year: the 18th birthday is the last day of February, the 28th.
    QTest::newRow("29 Feb: 27 Feb of the 18th year") << leap << QDate(2026, 2, 27) << 17 << true;
    QTest::newRow("29 Feb: 18th birthday on the 28th") << leap << QDate(2026, 2, 28) << 18 << false;
    QTest::newRow("29 Feb: 1 March of the 18th year") << leap << QDate(2026, 3, 1) << 18 << false;
    QTest::newRow("29 Feb: 17th birthday in a common year") << leap << QDate(2025, 2, 28) << 17 << true;
}

void TestObligationRule::ageAndObligation()
{
    QFETCH(QDate, born);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QFETCH(bool, applies);
    QCOMPARE(ObligationRule::ageOn(born, on), age);
    QCOMPARE(ObligationRule::applies(born, on), applies);
}

void TestObligationRule::endsOnThe18thBirthday_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("ends");
    QTest::newRow("ordinary day") << QDate(2009, 5, 6) << QDate(2027, 5, 6);
    QTest::newRow("29 Feb, common 18th year") << QDate(2008, 2, 29) << QDate(2026, 2, 28);
    QTest::newRow("28 Feb") << QDate(2008, 2, 28) << QDate(2026, 2, 28);
    QTest::newRow("1 March") << QDate(2008, 3, 1) << QDate(2026, 3, 1);
}

void TestObligationRule::endsOnThe18thBirthday()
{
    QFETCH(QDate, born);
    QFETCH(QDate, ends);
    QCOMPARE(ObligationRule::endsOn(born), ends);
}

void TestObligationRule::unknownBirthDate()
{
    QCOMPARE(ObligationRule::ageOn(QDate(), QDate(2026, 1, 1)), -1);
    QVERIFY(!ObligationRule::applies(QDate(), QDate(2026, 1, 1)));
    QCOMPARE(ObligationRule::ageOn(QDate(2026, 1, 2), QDate(2026, 1, 1)), -1);
    // A leap year plus 18 is never a leap year: the 18th birthday of a 29 February birth is always the 28th, while
    // the 16th and 20th fall on the 29th (but for 2100, which is not a leap year).
    QCOMPARE(ObligationRule::endsOn(QDate(2012, 2, 29)), QDate(2030, 2, 28));
    QCOMPARE(ObligationRule::endsOn(QDate(2016, 2, 29)), QDate(2034, 2, 28));
    QCOMPARE(ObligationRule::birthday(QDate(2008, 2, 29), 20), QDate(2028, 2, 29));
}

QTEST_GUILESS_MAIN(TestObligationRule)
#include "tst_obligationrule.moc"
