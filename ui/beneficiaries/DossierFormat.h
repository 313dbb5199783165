// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

/** How the Jeunes screens write dates, durations and ages, so that the list, the dossier and the agenda agree. */
namespace DossierFormat {

/// The short date of the user's locale; empty for an unknown date.
QString date(const QDate &day);
/// The short date and time of the user's locale; empty for an unknown moment.
QString dateTime(const QDateTime &moment);
/// "HH:mm" in the user's locale.
QString time(const QDateTime &moment);
/// "45 min", "1 h", "1 h 30"; empty for no duration.
QString duration(int minutes);
/// "19 years old" (as the translation says it); empty when the birth date is unknown.
QString age(const QDate &birthDate, const QDate &today = QDate::currentDate());
/// A programme's short name for headers and lists: "CEJ" rather than its full name.
QString programmeShort(const QString &code);
/// The first line of a free text, for a table cell; the whole text goes in the tooltip.
QString firstLine(const QString &text);
/// "Yes" or "No".
QString yesNo(bool value);

} // namespace DossierFormat
