// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatisticsFilter.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

/** The pieces the indicators' queries and labels are made of, shared by the dashboard's and the bilan's. */
namespace IndicatorSql {

QString isoDate(const QDate &date);

/**
 * The local date of a record's creation (created_at is UTC milliseconds) for the table alias: a dossier opened at
 * 00:30 in Caen on the 1st of December counts in December, although it is still November in UTC.
 */
QString createdOn(const QString &alias);

/**
 * The first millisecond (UTC, as created_at) of a local day: "created on or after from" is created_at >=
 * startOfDay(from), "on or before to" is created_at < startOfDay(to + 1). Compared so, the creation time is read
 * from an index instead of being turned into a local date for every record.
 */
qint64 startOfDay(const QDate &day);

/**
 * A table "months(month, start, stop)" of the months the filter's period touches, as a WITH clause whose values
 * are appended: the month as yyyy-MM, and its first and last-plus-one millisecond (UTC, as created_at) within the
 * period, in local time. Counting records between start and stop reads created_at from an index, where turning
 * every created_at into a local month would not.
 */
QString monthRanges(const StatisticsFilter &filter, QVariantList &values);

/**
 * The age in whole years on the ISO date bound as the single "?" of the expression, of the person born on the date
 * held in birthColumn; null when the birth date is unknown. A birth date reduced to its year (an anonymised
 * dossier) counts as if the birthday had passed.
 */
QString ageOn(const QString &birthColumn);

/// Appends the optional site and adviser conditions of the filter, in the order of their values.
void narrow(QString &sql, QVariantList &values, const StatisticsFilter &filter, const QString &siteColumn,
            const QString &adviserColumn);

/// The label of a code of a list; noneLabel for an empty code or "none"; the code itself when the list lacks it.
std::function<QString(const QString &)> vocabulary(Vocabulary::List list, const QString &noneLabel = {});

/// Every code of a list, in its order.
QStringList codes(Vocabulary::List list);

} // namespace IndicatorSql
