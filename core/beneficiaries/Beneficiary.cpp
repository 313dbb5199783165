// SPDX-License-Identifier: GPL-3.0-or-later
#include "Beneficiary.h"

int Beneficiary::ageOn(const QDate &day) const
{
    if (!birthDate.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}
