// SPDX-License-Identifier: GPL-3.0-or-later
#include "placements/PlacementRules.h"

#include <QTest>

namespace {

QStringList codes(const QList<PlacementProblem> &problems)
{
    QStringList found;
    for (const PlacementProblem &problem : problems)
        found << problem.code;
    return found;
}

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// "7 7 7 7 7" → Monday to Friday at 7 h; missing days are 0.
WeeklySchedule week(const QString &hours)
{
    WeeklySchedule schedule;
    const QStringList days = hours.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < days.size() && i < 7; ++i)
        schedule.hours[static_cast<size_t>(i)] = days.at(i).toDouble();
    return schedule;
}

const QString pmsmp = QStringLiteral("pmsmp");
const QString observation = QStringLiteral("observation_3e");
const QString seconde = QStringLiteral("seconde");
const QString ministage = QStringLiteral("mini_stage");

} // namespace

class TestPlacementRules : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void duration_data();
    void duration();
    void ageOn_data();
    void ageOn();
    void age_data();
    void age();
    void hours_data();
    void hours();
    void overlap_data();
    void overlap();
    void types();
    void validImmersionHasNoProblem();
    void problemsGatherEveryRuleWithItsField();
    void datesInWrongOrderSkipDurationAndOverlap();
};

void TestPlacementRules::dates_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("same day") << day("2026-06-01") << day("2026-06-01") << QStringList();
    QTest::newRow("end after start") << day("2026-06-01") << day("2026-06-02") << QStringList();
    QTest::newRow("end one day before start")
        << day("2026-06-02") << day("2026-06-01") << QStringList{QStringLiteral("end_before_start")};
    QTest::newRow("no start") << QDate() << day("2026-06-01") << QStringList{QStringLiteral("start_missing")};
    QTest::newRow("no end") << day("2026-06-01") << QDate() << QStringList{QStringLiteral("end_missing")};
    QTest::newRow("no dates") << QDate() << QDate()
                              << QStringList{QStringLiteral("start_missing"), QStringLiteral("end_missing")};
}

void TestPlacementRules::dates()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(PlacementRules::dateProblems(start, end)), expected);
}

void TestPlacementRules::duration_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("expected");
    const QStringList ok;
    const QStringList tooLong{QStringLiteral("pmsmp_too_long")};
    const QStringList notFive{QStringLiteral("observation_not_five_days")};

    QTest::newRow("PMSMP 1 day") << pmsmp << day("2026-06-01") << day("2026-06-01") << ok;
    QTest::newRow("PMSMP 30 days") << pmsmp << day("2026-06-01") << day("2026-06-30") << ok;
    QTest::newRow("PMSMP 31 days") << pmsmp << day("2026-06-01") << day("2026-07-01") << tooLong;
    QTest::newRow("PMSMP 30 days over February") << pmsmp << day("2028-02-01") << day("2028-03-01") << ok;
    QTest::newRow("PMSMP 31 days over February") << pmsmp << day("2027-02-01") << day("2027-03-03") << tooLong;
    QTest::newRow("PMSMP 30 days over a DST change") << pmsmp << day("2026-03-15") << day("2026-04-13") << ok;
    QTest::newRow("seconde 31 days: no limit") << seconde << day("2026-06-01") << day("2026-07-01") << ok;
    QTest::newRow("mini-stage 1 day") << ministage << day("2026-06-01") << day("2026-06-01") << ok;

    // 23 November 2026 is a Monday.
    QTest::newRow("3e Monday to Friday") << observation << day("2026-11-23") << day("2026-11-27") << ok;
    QTest::newRow("3e Wednesday to next Tuesday") << observation << day("2026-11-25") << day("2026-12-01") << ok;
    QTest::newRow("3e Monday to Thursday") << observation << day("2026-11-23") << day("2026-11-26") << notFive;
    QTest::newRow("3e Tuesday to Friday") << observation << day("2026-11-24") << day("2026-11-27") << notFive;
    QTest::newRow("3e one day") << observation << day("2026-11-23") << day("2026-11-23") << notFive;
    QTest::newRow("3e Monday to next Monday") << observation << day("2026-11-23") << day("2026-11-30") << notFive;
    QTest::newRow("3e Monday to Saturday") << observation << day("2026-11-23") << day("2026-11-28") << notFive;
    QTest::newRow("3e Saturday to Friday") << observation << day("2026-11-21") << day("2026-11-27") << notFive;
    QTest::newRow("3e Sunday to Friday") << observation << day("2026-11-22") << day("2026-11-27") << notFive;
    QTest::newRow("3e two weeks") << observation << day("2026-11-23") << day("2026-12-04") << notFive;
}

void TestPlacementRules::duration()
{
    QFETCH(QString, type);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, expected);
    const QList<PlacementProblem> problems = PlacementRules::durationProblems(type, start, end);
    QCOMPARE(codes(problems), expected);
    for (const PlacementProblem &problem : problems) {
        QCOMPARE(problem.field, QStringLiteral("end_on"));
        QVERIFY(!problem.message.isEmpty());
    }
}

void TestPlacementRules::ageOn_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::newRow("day before 16th birthday") << day("2010-06-15") << day("2026-06-14") << 15;
    QTest::newRow("16th birthday") << day("2010-06-15") << day("2026-06-15") << 16;
    QTest::newRow("day after") << day("2010-06-15") << day("2026-06-16") << 16;
    QTest::newRow("new year's eve birth") << day("2010-12-31") << day("2026-12-30") << 15;
    QTest::newRow("29 February, leap year") << day("2008-02-29") << day("2024-02-29") << 16;
    QTest::newRow("29 February, 28th of common year") << day("2008-02-29") << day("2025-02-28") << 16;
    QTest::newRow("29 February, 1 March of common year") << day("2008-02-29") << day("2025-03-01") << 17;
    QTest::newRow("no birth date") << QDate() << day("2026-06-15") << -1;
    QTest::newRow("no day") << day("2010-06-15") << QDate() << -1;
}

void TestPlacementRules::ageOn()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QCOMPARE(PlacementRules::ageOn(birth, on), age);
}

void TestPlacementRules::age_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QStringList>("expected");
    const QStringList tooYoung{QStringLiteral("pmsmp_too_young")};
    QTest::newRow("PMSMP at 15 years 364 days") << pmsmp << day("2010-06-15") << day("2026-06-14") << tooYoung;
    QTest::newRow("PMSMP on the 16th birthday") << pmsmp << day("2010-06-15") << day("2026-06-15") << QStringList();
    QTest::newRow("PMSMP at 25") << pmsmp << day("2001-01-01") << day("2026-06-15") << QStringList();
    QTest::newRow("PMSMP at 14") << pmsmp << day("2012-01-01") << day("2026-06-15") << tooYoung;
    QTest::newRow("3e stage at 14") << observation << day("2012-01-01") << day("2026-06-15") << QStringList();
    QTest::newRow("mini-stage at 15") << ministage << day("2011-01-01") << day("2026-06-15") << QStringList();
    // A missing birth date is reported once by problems(), not as an age problem.
    QTest::newRow("PMSMP, no birth date") << pmsmp << QDate() << day("2026-06-15") << QStringList();
}

void TestPlacementRules::age()
{
    QFETCH(QString, type);
    QFETCH(QDate, birth);
    QFETCH(QDate, start);
    QFETCH(QStringList, expected);
    QCOMPARE(codes(PlacementRules::ageProblems(type, birth, start)), expected);
}

void TestPlacementRules::hours_data()
{
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QStringList>("expected");
    // Every row starts on 15 June 2026.
    const QDate adult = day("2000-01-01");
    const QDate minor17 = day("2009-01-01");
    const QDate exactly16 = day("2010-06-15");
    const QDate almost16 = day("2010-06-16");
    const QDate age14 = day("2012-01-01");
    const QStringList ok;
    const QStringList weekly{QStringLiteral("weekly_hours_exceeded")};
    const QStringList daily{QStringLiteral("daily_hours_exceeded")};

    QTest::newRow("adult 35 h") << QStringLiteral("7 7 7 7 7") << adult << ok;
    QTest::newRow("adult 35 h in tenths") << QStringLiteral("4.1 9.3 9.8 4.1 7.7") << adult << ok;
    QTest::newRow("adult 35.5 h") << QStringLiteral("7 7 7 7 7.5") << adult << weekly;
    QTest::newRow("adult 36 h") << QStringLiteral("7 7 7 7 8") << adult << weekly;
    QTest::newRow("adult 35 h over 6 days") << QStringLiteral("6 6 6 6 6 5") << adult << ok;
    QTest::newRow("16 on the start date, 35 h") << QStringLiteral("7 7 7 7 7") << exactly16 << ok;
    QTest::newRow("15 years 364 days, 35 h") << QStringLiteral("7 7 7 7 7") << almost16 << weekly;
    QTest::newRow("15 years 364 days, 30 h") << QStringLiteral("6 6 6 6 6") << almost16 << ok;
    QTest::newRow("under 16, 30 h") << QStringLiteral("6 6 6 6 6") << age14 << ok;
    QTest::newRow("under 16, 30.5 h") << QStringLiteral("6 6 6 6 6.5") << age14 << weekly;
    QTest::newRow("under 16, 31 h") << QStringLiteral("6 6 6 6 7") << age14 << weekly;
    QTest::newRow("no birth date, 35 h") << QStringLiteral("7 7 7 7 7") << QDate() << ok;
    QTest::newRow("no birth date, 36 h") << QStringLiteral("7 7 7 7 8") << QDate() << weekly;
    QTest::newRow("minor, 8 h day") << QStringLiteral("8 8 8 8 3") << minor17 << ok;
    QTest::newRow("minor, 8.5 h day") << QStringLiteral("8.5 8 8 8 2.5") << minor17 << daily;
    QTest::newRow("adult, 10 h day") << QStringLiteral("10 10 10 5") << adult << ok;
    QTest::newRow("adult, 10.5 h day") << QStringLiteral("10.5 10 10 4.5") << adult << daily;
    QTest::newRow("adult, 12 h days, 36 h")
        << QStringLiteral("12 12 12") << adult
        << QStringList{QStringLiteral("weekly_hours_exceeded"), QStringLiteral("daily_hours_exceeded")};
    QTest::newRow("negative hours") << QStringLiteral("7 -1 7") << adult
                                    << QStringList{QStringLiteral("negative_hours")};
    QTest::newRow("empty week") << QString() << adult << ok;
}

void TestPlacementRules::hours()
{
    QFETCH(QString, schedule);
    QFETCH(QDate, birth);
    QFETCH(QStringList, expected);
    const QList<PlacementProblem> problems = PlacementRules::hourProblems(week(schedule), birth, day("2026-06-15"));
    QCOMPARE(codes(problems), expected);
    for (const PlacementProblem &problem : problems)
        QCOMPARE(problem.field, QStringLiteral("schedule"));
}

void TestPlacementRules::overlap_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QStringList>("overlapping");
    // The other immersion runs from 10 to 20 June 2026, both days included.
    QTest::newRow("before, ends the day before")
        << QString() << day("2026-06-01") << day("2026-06-09") << QStringList();
    QTest::newRow("ends on its first day")
        << QString() << day("2026-06-01") << day("2026-06-10") << QStringList{QStringLiteral("a")};
    QTest::newRow("inside") << QString() << day("2026-06-12") << day("2026-06-15") << QStringList{QStringLiteral("a")};
    QTest::newRow("same dates") << QString() << day("2026-06-10") << day("2026-06-20")
                                << QStringList{QStringLiteral("a")};
    QTest::newRow("around it") << QString() << day("2026-06-01") << day("2026-06-30")
                               << QStringList{QStringLiteral("a")};
    QTest::newRow("starts on its last day")
        << QString() << day("2026-06-20") << day("2026-06-25") << QStringList{QStringLiteral("a")};
    QTest::newRow("after, starts the day after")
        << QString() << day("2026-06-21") << day("2026-06-25") << QStringList();
    QTest::newRow("spans both") << QString() << day("2026-06-15") << day("2026-07-05")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("itself, being edited")
        << QStringLiteral("a") << day("2026-06-10") << day("2026-06-20") << QStringList();
}

void TestPlacementRules::overlap()
{
    QFETCH(QString, id);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QStringList, overlapping);
    const QList<PlacementPeriod> others{{QStringLiteral("a"), day("2026-06-10"), day("2026-06-20")},
                                        {QStringLiteral("b"), day("2026-07-01"), day("2026-07-10")},
                                        {QStringLiteral("undated"), QDate(), QDate()}};
    QStringList found;
    for (const PlacementProblem &problem : PlacementRules::overlapProblems(id, start, end, others)) {
        QCOMPARE(problem.code, QStringLiteral("overlap"));
        QCOMPARE(problem.field, QStringLiteral("start_on"));
        QVERIFY(!problem.message.isEmpty());
        found << problem.otherId;
    }
    QCOMPARE(found, overlapping);
}

void TestPlacementRules::types()
{
    QCOMPARE(PlacementRules::types(), (QStringList{pmsmp, observation, seconde, ministage}));
    QCOMPARE(codes(PlacementRules::typeProblems(QStringLiteral("internship"))),
             QStringList{QStringLiteral("unknown_type")});
    QCOMPARE(codes(PlacementRules::typeProblems(QString())), QStringList{QStringLiteral("unknown_type")});
    for (const QString &type : PlacementRules::types())
        QVERIFY(PlacementRules::typeProblems(type).isEmpty());
}

void TestPlacementRules::validImmersionHasNoProblem()
{
    PlacementInput placement;
    placement.type = pmsmp;
    placement.birthDate = day("2007-03-02");
    placement.startOn = day("2026-06-01");
    placement.endOn = day("2026-06-30");
    placement.schedule = week(QStringLiteral("7 7 7 7 7"));
    placement.others = {{QStringLiteral("earlier"), day("2026-05-01"), day("2026-05-31")}};
    const QList<PlacementProblem> problems = PlacementRules::problems(placement);
    QVERIFY2(problems.isEmpty(), qPrintable(codes(problems).join(QLatin1Char(' '))));
}

void TestPlacementRules::problemsGatherEveryRuleWithItsField()
{
    // A 15-year-old's PMSMP of 31 days at 36 h over another immersion breaks four rules at once.
    PlacementInput placement;
    placement.type = pmsmp;
    placement.birthDate = day("2011-01-01");
    placement.startOn = day("2026-06-01");
    placement.endOn = day("2026-07-01");
    placement.schedule = week(QStringLiteral("7 7 7 7 8"));
    placement.others = {{QStringLiteral("other"), day("2026-07-01"), day("2026-07-03")}};
    const QList<PlacementProblem> problems = PlacementRules::problems(placement);
    QCOMPARE(codes(problems),
             (QStringList{QStringLiteral("pmsmp_too_long"), QStringLiteral("overlap"),
                          QStringLiteral("pmsmp_too_young"), QStringLiteral("weekly_hours_exceeded")}));
    QCOMPARE(problems.at(0).field, QStringLiteral("end_on"));
    QCOMPARE(problems.at(1).field, QStringLiteral("start_on"));
    QCOMPARE(problems.at(2).field, QStringLiteral("start_on"));
    QCOMPARE(problems.at(3).field, QStringLiteral("schedule"));
    QVERIFY(problems.at(0).message.contains(QLatin1String("31")));

    placement.type.clear();
    placement.birthDate = QDate();
    const QStringList found = codes(PlacementRules::problems(placement));
    QVERIFY(found.contains(QStringLiteral("unknown_type")));
    QVERIFY(found.contains(QStringLiteral("birth_date_missing")));
}

void TestPlacementRules::datesInWrongOrderSkipDurationAndOverlap()
{
    PlacementInput placement;
    placement.type = observation;
    placement.birthDate = day("2012-01-01");
    placement.startOn = day("2026-11-27");
    placement.endOn = day("2026-11-23");
    placement.others = {{QStringLiteral("other"), day("2026-11-01"), day("2026-12-31")}};
    QCOMPARE(codes(PlacementRules::problems(placement)), QStringList{QStringLiteral("end_before_start")});
}

QTEST_GUILESS_MAIN(TestPlacementRules)
#include "tst_placementrules.moc"
