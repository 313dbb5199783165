// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/**
 * Which records the figures are about: a period (both days included, in local dates: what an adviser calls
 * "in November"), and optionally one site (the site where the record was created) and one adviser.
 */
struct StatisticsFilter
{
    QDate from;
    QDate to;
    QString site;    ///< Site code; empty for every site.
    QString adviser; ///< Adviser's name as recorded (référent, author, prescriber); empty for everyone.

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }

    /// The calendar year of a date, as a bilan d'activité covers it.
    static StatisticsFilter year(int year) { return {QDate(year, 1, 1), QDate(year, 12, 31), {}, {}}; }
};
