// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlacementInput.h"
#include "PlacementProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * The legal rules an immersion convention must follow before it can be saved or signed (PMSMP and school
 * internships): dates, duration, age, hours and no two immersions at once. Each rule is a function returning the
 * problems it finds, so a form can check one field while problems() checks everything.
 *
 * Problem codes: unknown_type, start_missing, end_missing, end_before_start, birth_date_missing, pmsmp_too_long,
 * pmsmp_too_young, observation_not_five_days, negative_hours, weekly_hours_exceeded, daily_hours_exceeded, overlap.
 */
class PlacementRules
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRules)

public:
    static constexpr int pmsmpMaximumDays = 30;
    static constexpr int pmsmpMinimumAge = 16;
    static constexpr int observationWorkingDays = 5;
    static constexpr double weeklyHoursMaximum = 35;
    static constexpr double weeklyHoursMaximumUnder16 = 30;
    static constexpr double dailyHoursMaximumMinor = 8;
    static constexpr double dailyHoursMaximumAdult = 10;

    /// The type codes, in the order a form lists them: pmsmp, observation_3e, seconde, mini_stage.
    static QStringList types();

    /// Every problem of the immersion; empty when it follows all the rules.
    static QList<PlacementProblem> problems(const PlacementInput &placement);

    static QList<PlacementProblem> typeProblems(const QString &type);
    /// Both dates given and the end not before the start.
    static QList<PlacementProblem> dateProblems(const QDate &startOn, const QDate &endOn);
    /// The length a type allows: 30 calendar days for a PMSMP, 5 working days for the 3e observation stage.
    static QList<PlacementProblem> durationProblems(const QString &type, const QDate &startOn, const QDate &endOn);
    /// The minimum age of a PMSMP, on the start date.
    static QList<PlacementProblem> ageProblems(const QString &type, const QDate &birthDate, const QDate &startOn);
    /// Hours per week and per day, with the lower limits of the young on the start date.
    static QList<PlacementProblem> hourProblems(const WeeklySchedule &schedule, const QDate &birthDate,
                                                const QDate &startOn);
    /// One problem per other immersion of the person sharing at least one day with this one.
    static QList<PlacementProblem> overlapProblems(const QString &id, const QDate &startOn, const QDate &endOn,
                                                   const QList<PlacementPeriod> &others);

    /// Age in whole years on a day; -1 when a date is missing. Born on 29 February, one is a year older on 1 March
    /// in common years, so as not to count a minor as older than the law does.
    static int ageOn(const QDate &birthDate, const QDate &day);
    /// Days from start to end, both included (a PMSMP from 1 to 30 June lasts 30 days); 0 when a date is missing.
    static int calendarDays(const QDate &startOn, const QDate &endOn);
};
