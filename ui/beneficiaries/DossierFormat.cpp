// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierFormat.h"

#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace DossierFormat {

QString date(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString dateTime(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment, QLocale::ShortFormat) : QString();
}

QString time(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.time(), QLocale::ShortFormat) : QString();
}

QString duration(int minutes)
{
    if (minutes <= 0)
        return {};
    if (minutes < 60)
        return QCoreApplication::translate("DossierFormat", "%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return QCoreApplication::translate("DossierFormat", "%1 h").arg(minutes / 60);
    return QCoreApplication::translate("DossierFormat", "%1 h %2")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString age(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid())
        return {};
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return QCoreApplication::translate("DossierFormat", "%n year(s) old", nullptr, years);
}

QString programmeShort(const QString &code)
{
    return Vocabulary::label(Vocabulary::List::Programme, code).section(QLatin1String(" ("), 0, 0);
}

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0).simplified();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("DossierFormat", "Yes")
                 : QCoreApplication::translate("DossierFormat", "No");
}

} // namespace DossierFormat
