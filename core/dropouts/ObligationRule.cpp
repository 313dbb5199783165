// SPDX-License-Identifier: GPL-3.0-or-later
#include "ObligationRule.h"

namespace ObligationRule {

QDate birthday(const QDate &birthDate, int age)
{
    if (!birthDate.isValid())
        return {};
    // QDate::addYears() already moves 29 February to 28 February in a common year, which is the rule we follow;
    // spelled out here so that the choice does not depend on a library detail.
    const int year = birthDate.year() + age;
    if (birthDate.month() == 2 && birthDate.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthDate.month(), birthDate.day());
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return -1;
    int age = day.year() - birthDate.year();
    if (day < birthday(birthDate, age))
        --age;
    return age;
}

bool applies(const QDate &birthDate, const QDate &day)
{
    const int age = ageOn(birthDate, day);
    return age >= 16 && age < 18;
}

QDate endsOn(const QDate &birthDate)
{
    return birthday(birthDate, 18);
}

} // namespace ObligationRule
