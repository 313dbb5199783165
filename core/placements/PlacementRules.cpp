// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementRules.h"

#include <QLocale>
#include <QtMath>

#include <algorithm>

namespace {

const QString pmsmp = QStringLiteral("pmsmp");
const QString observation3e = QStringLiteral("observation_3e");

PlacementProblem problem(const char *code, const char *field, const QString &message, const QString &otherId = {})
{
    return PlacementProblem{QLatin1String(code), QLatin1String(field), message, otherId};
}

// Hours are compared in whole minutes: tenths of hours do not add up exactly in floating point (4.1 + 9.3 + 9.8 +
// 4.1 + 7.7 gives 35.00000000000001), and a week of exactly 35 h must not be refused for a rounding error.
int minutes(double hours)
{
    return qRound(hours * 60);
}

bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

int workingDays(const QDate &startOn, const QDate &endOn)
{
    int count = 0;
    for (QDate day = startOn; day <= endOn; day = day.addDays(1)) {
        if (!isWeekend(day))
            ++count;
    }
    return count;
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace

QStringList PlacementRules::types()
{
    return {pmsmp, observation3e, QStringLiteral("seconde"), QStringLiteral("mini_stage")};
}

int PlacementRules::ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    QDate birthday(day.year(), birthDate.month(), birthDate.day());
    if (!birthday.isValid()) // 29 February in a common year
        birthday = QDate(day.year(), 3, 1);
    if (day < birthday)
        --age;
    return age;
}

int PlacementRules::calendarDays(const QDate &startOn, const QDate &endOn)
{
    if (!startOn.isValid() || !endOn.isValid())
        return 0;
    return static_cast<int>(startOn.daysTo(endOn)) + 1;
}

QList<PlacementProblem> PlacementRules::problems(const PlacementInput &placement)
{
    QList<PlacementProblem> found = typeProblems(placement.type);
    const QList<PlacementProblem> dates = dateProblems(placement.startOn, placement.endOn);
    found << dates;
    if (!placement.birthDate.isValid())
        found << problem("birth_date_missing", "birth_date",
                         tr("The date of birth is needed: the limits on age and hours depend on it."));
    // The duration and overlap rules mean nothing on dates that are missing or in the wrong order.
    if (dates.isEmpty()) {
        found << durationProblems(placement.type, placement.startOn, placement.endOn);
        found << overlapProblems(placement.id, placement.startOn, placement.endOn, placement.others);
    }
    found << ageProblems(placement.type, placement.birthDate, placement.startOn);
    found << hourProblems(placement.schedule, placement.birthDate, placement.startOn);
    return found;
}

QList<PlacementProblem> PlacementRules::typeProblems(const QString &type)
{
    if (types().contains(type))
        return {};
    return {problem("unknown_type", "type", tr("Choose the type of immersion."))};
}

QList<PlacementProblem> PlacementRules::dateProblems(const QDate &startOn, const QDate &endOn)
{
    QList<PlacementProblem> found;
    if (!startOn.isValid())
        found << problem("start_missing", "start_on", tr("The immersion needs a start date."));
    if (!endOn.isValid())
        found << problem("end_missing", "end_on", tr("The immersion needs an end date."));
    if (startOn.isValid() && endOn.isValid() && endOn < startOn)
        found << problem("end_before_start", "end_on", tr("The end comes before the start."));
    return found;
}

QList<PlacementProblem> PlacementRules::durationProblems(const QString &type, const QDate &startOn, const QDate &endOn)
{
    if (!startOn.isValid() || !endOn.isValid() || endOn < startOn)
        return {};
    if (type == pmsmp && calendarDays(startOn, endOn) > pmsmpMaximumDays)
        return {problem("pmsmp_too_long", "end_on",
                        tr("A PMSMP lasts at most %1 calendar days per convention; this one lasts %2 days.")
                            .arg(pmsmpMaximumDays)
                            .arg(calendarDays(startOn, endOn)))};
    // DOMAIN says the 3e observation stage "is 5 days". Read as 5 working days, Monday to Friday, within one week:
    // schools organise it as a school week in a company, and the convention must not run over a weekend at either
    // end. A span of at most 7 calendar days still allows Wednesday to the next Tuesday, which some schools use.
    // Public holidays are not counted out: the school decides whether a week with one still makes the stage.
    if (type == observation3e) {
        const bool fiveDays = workingDays(startOn, endOn) == observationWorkingDays &&
                              calendarDays(startOn, endOn) <= 7 && !isWeekend(startOn) && !isWeekend(endOn);
        if (!fiveDays)
            return {problem("observation_not_five_days", "end_on",
                            tr("The 3e observation stage lasts 5 working days, Monday to Friday, within one week; "
                               "this period has %n working day(s).",
                               nullptr, workingDays(startOn, endOn)))};
    }
    return {};
}

QList<PlacementProblem> PlacementRules::ageProblems(const QString &type, const QDate &birthDate, const QDate &startOn)
{
    const int age = ageOn(birthDate, startOn);
    if (type != pmsmp || age < 0 || age >= pmsmpMinimumAge)
        return {};
    // Put next to the start date: waiting for the 16th birthday is usually the fix, not changing the type.
    return {problem("pmsmp_too_young", "start_on",
                    tr("A PMSMP is open from the age of 16; on the start date this person is %n.", nullptr, age))};
}

QList<PlacementProblem> PlacementRules::hourProblems(const WeeklySchedule &schedule, const QDate &birthDate,
                                                     const QDate &startOn)
{
    QList<PlacementProblem> found;
    if (std::any_of(schedule.hours.cbegin(), schedule.hours.cend(), [](double h) { return h < 0; }))
        found << problem("negative_hours", "schedule", tr("Hours cannot be negative."));

    // With the age unknown the adult limits apply; problems() asks for the date of birth anyway.
    const int age = ageOn(birthDate, startOn);
    const double weekly = age >= 0 && age < 16 ? weeklyHoursMaximumUnder16 : weeklyHoursMaximum;
    if (minutes(schedule.total()) > minutes(weekly))
        found << problem("weekly_hours_exceeded", "schedule",
                         (weekly < weeklyHoursMaximum ? tr("At most %1 hours a week under 16; this schedule has %2.")
                                                      : tr("At most %1 hours a week; this schedule has %2."))
                             .arg(QLocale().toString(weekly), QLocale().toString(schedule.total())));

    // Not in DOMAIN but in the Code du travail: a worker or trainee under 18 may not stay more than 8 hours a day
    // (L3162-1), and nobody more than 10 (L3121-18); a longer day is a typing mistake or a convention to refuse.
    const bool minor = age >= 0 && age < 18;
    const double daily = minor ? dailyHoursMaximumMinor : dailyHoursMaximumAdult;
    if (std::any_of(schedule.hours.cbegin(), schedule.hours.cend(),
                    [daily](double h) { return minutes(h) > minutes(daily); }))
        found << problem("daily_hours_exceeded", "schedule",
                         minor ? tr("At most 8 hours a day under 18.") : tr("At most 10 hours a day."));
    return found;
}

QList<PlacementProblem> PlacementRules::overlapProblems(const QString &id, const QDate &startOn, const QDate &endOn,
                                                        const QList<PlacementPeriod> &others)
{
    QList<PlacementProblem> found;
    if (!startOn.isValid() || !endOn.isValid())
        return found;
    for (const PlacementPeriod &other : others) {
        if ((!id.isEmpty() && other.id == id) || !other.startOn.isValid() || !other.endOn.isValid())
            continue;
        // Both ends are days spent in the company, so an immersion ending on the day another starts overlaps it.
        if (startOn <= other.endOn && other.startOn <= endOn)
            found << problem("overlap", "start_on",
                             tr("This person already has an immersion from %1 to %2.")
                                 .arg(shortDate(other.startOn), shortDate(other.endOn)),
                             other.id);
    }
    return found;
}
