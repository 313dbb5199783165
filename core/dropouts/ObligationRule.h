// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

/**
 * The obligation de formation (Code de l'éducation, L. 114-1): from 16 to 18, a young person must be in school,
 * training, a job, a civic service or a support programme. The case shows the age and the day the obligation ends.
 *
 * Ages are counted in whole years from birthday to birthday. Someone born on 29 February has a birthday on
 * 28 February in a common year: the ministerial circular of 25 July 2013 on reaching the age of majority says that
 * such a person is of age "au dernier jour de février", which may be the 28th. The obligation, which ends at 18,
 * follows the same rule.
 */
namespace ObligationRule {

/// Age in whole years on day; -1 when the birth date is unknown or after day.
int ageOn(const QDate &birthDate, const QDate &day);
/// The day of the birthday of that age (28 February in a common year for a 29 February birth).
QDate birthday(const QDate &birthDate, int age);
/// True from the 16th birthday included to the 18th birthday excluded.
bool applies(const QDate &birthDate, const QDate &day);
/// The 18th birthday, the first day on which the obligation no longer applies; null for an unknown birth date.
QDate endsOn(const QDate &birthDate);

} // namespace ObligationRule
