// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateParser.h"

#include <QRegularExpression>

namespace {

Error invalid(const QString &text, const QString &why)
{
    return Error(Error::Kind::BadInput, DateParser::tr("“%1” is not a valid date: %2").arg(text, why),
                 DateParser::tr("Write dates as DD/MM/YYYY (for example 31/01/2005) or YYYY-MM-DD."));
}

} // namespace

Result<QDate> DateParser::parse(const QString &text)
{
    // The time of day is optional and only checked for shape, as spreadsheets add "00:00" to plain dates.
    static const QRegularExpression french(QStringLiteral(
        R"(^([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?$)"));
    static const QRegularExpression iso(QStringLiteral(
        R"(^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?$)"));

    const QString value = text.trimmed();
    if (value.isEmpty())
        return Error(Error::Kind::BadInput, tr("The date is empty."));

    int year = 0;
    int month = 0;
    int day = 0;
    if (const QRegularExpressionMatch m = iso.match(value); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (const QRegularExpressionMatch m = french.match(value); m.hasMatch()) {
        const QString yearText = m.captured(4);
        if (yearText.size() == 2)
            return invalid(value, tr("the year has two digits, so the century is unknown; write it with four"));
        if (yearText.size() != 4)
            return invalid(value, tr("the year must have four digits"));
        day = m.captured(1).toInt();
        month = m.captured(3).toInt();
        year = yearText.toInt();
    } else {
        return invalid(value, tr("expected DD/MM/YYYY or YYYY-MM-DD"));
    }

    if (year < minimumYear || year > maximumYear)
        return invalid(value, tr("the year must be between %1 and %2").arg(minimumYear).arg(maximumYear));
    if (month < 1 || month > 12)
        return invalid(value, tr("there is no month %1").arg(month));
    const QDate date(year, month, day);
    if (!date.isValid())
        return invalid(value, tr("this day does not exist in that month"));
    return date;
}

Result<QDate> DateParser::parseOptional(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    return parse(text);
}

QString DateParser::toFrench(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DateParser::toIso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
