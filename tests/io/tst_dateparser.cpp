// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DateParser.h"

#include <QTest>

class TestDateParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodDates_data();
    void parsesGoodDates();
    void refusesBadDates_data();
    void refusesBadDates();
    void optionalEmptyIsNull();
    void writesFrenchAndIso();
};

void TestDateParser::parsesGoodDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::newRow("JJ/MM/AAAA") << QStringLiteral("03/04/2005") << QDate(2005, 4, 3);
    QTest::newRow("J/M/AAAA") << QStringLiteral("3/4/2005") << QDate(2005, 4, 3);
    QTest::newRow("JJ-MM-AAAA") << QStringLiteral("03-04-2005") << QDate(2005, 4, 3);
    QTest::newRow("JJ.MM.AAAA") << QStringLiteral("03.04.2005") << QDate(2005, 4, 3);
    QTest::newRow("AAAA-MM-JJ") << QStringLiteral("2005-04-03") << QDate(2005, 4, 3);
    QTest::newRow("AAAA-M-J") << QStringLiteral("2005-4-3") << QDate(2005, 4, 3);
    QTest::newRow("spaces around") << QStringLiteral("  31/12/1999 ") << QDate(1999, 12, 31);
    QTest::newRow("29 February of a leap year") << QStringLiteral("29/02/2004") << QDate(2004, 2, 29);
    QTest::newRow("29 February 2000") << QStringLiteral("2000-02-29") << QDate(2000, 2, 29);
    QTest::newRow("Excel adds midnight") << QStringLiteral("12/03/2004 00:00") << QDate(2004, 3, 12);
    QTest::newRow("with seconds") << QStringLiteral("12/03/2004 13:45:10") << QDate(2004, 3, 12);
    QTest::newRow("ISO date and time") << QStringLiteral("2004-03-12T08:30:00Z") << QDate(2004, 3, 12);
    QTest::newRow("first year") << QStringLiteral("01/01/1900") << QDate(1900, 1, 1);
}

void TestDateParser::parsesGoodDates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const Result<QDate> parsed = DateParser::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
    QCOMPARE(*parsed, date);
}

void TestDateParser::refusesBadDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("two-digit year") << QStringLiteral("03/04/05") << QStringLiteral("century");
    QTest::newRow("two-digit year with dashes") << QStringLiteral("3-4-05") << QStringLiteral("century");
    QTest::newRow("three-digit year") << QStringLiteral("03/04/205") << QStringLiteral("four digits");
    QTest::newRow("31 February") << QStringLiteral("31/02/2020") << QStringLiteral("does not exist");
    QTest::newRow("29 February of a common year") << QStringLiteral("29/02/2019") << QStringLiteral("does not exist");
    QTest::newRow("31 April") << QStringLiteral("2020-04-31") << QStringLiteral("does not exist");
    QTest::newRow("day zero") << QStringLiteral("00/01/2020") << QStringLiteral("does not exist");
    QTest::newRow("month 13") << QStringLiteral("12/13/2020") << QStringLiteral("no month 13");
    QTest::newRow("month zero") << QStringLiteral("2020-00-10") << QStringLiteral("no month 0");
    QTest::newRow("mixed separators") << QStringLiteral("03/04-2005") << QStringLiteral("expected");
    QTest::newRow("American order with slashes") << QStringLiteral("2005/04/03") << QStringLiteral("expected");
    QTest::newRow("words") << QStringLiteral("3 avril 2005") << QStringLiteral("expected");
    QTest::newRow("Excel serial number") << QStringLiteral("38445") << QStringLiteral("expected");
    QTest::newRow("year too early") << QStringLiteral("01/01/1850") << QStringLiteral("between 1900 and 2199");
    QTest::newRow("year typo") << QStringLiteral("01/01/0205") << QStringLiteral("between");
    QTest::newRow("trailing text") << QStringLiteral("03/04/2005 environ") << QStringLiteral("expected");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٠٣/٠٤/٢٠٠٥") << QStringLiteral("expected");
}

void TestDateParser::refusesBadDates()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<QDate> parsed = DateParser::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind(), Error::Kind::BadInput);
    const QString message = parsed.error().message();
    QVERIFY2(message.contains(reason), qPrintable(message));
    if (!text.trimmed().isEmpty())
        QVERIFY2(message.contains(text.trimmed()), "the message names the value");
}

void TestDateParser::optionalEmptyIsNull()
{
    const Result<QDate> empty = DateParser::parseOptional(QStringLiteral(" "));
    QVERIFY(empty.ok());
    QVERIFY(empty->isNull());
    QVERIFY(!DateParser::parseOptional(QStringLiteral("31/02/2020")).ok());
    QCOMPARE(*DateParser::parseOptional(QStringLiteral("1/2/2003")), QDate(2003, 2, 1));
}

void TestDateParser::writesFrenchAndIso()
{
    QCOMPARE(DateParser::toFrench(QDate(2005, 4, 3)), QStringLiteral("03/04/2005"));
    QCOMPARE(DateParser::toIso(QDate(2005, 4, 3)), QStringLiteral("2005-04-03"));
    QVERIFY(DateParser::toFrench(QDate()).isEmpty());
    QVERIFY(DateParser::toIso(QDate()).isEmpty());
    QCOMPARE(*DateParser::parse(DateParser::toFrench(QDate(1999, 12, 31))), QDate(1999, 12, 31));
}

QTEST_GUILESS_MAIN(TestDateParser)
#include "tst_dateparser.moc"
