// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellText.h"

#include "DateParser.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

QString CellText::of(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return DateParser::toFrench(value.toDate());
    case QMetaType::QDateTime: {
        const QDateTime local = value.toDateTime().toLocalTime();
        return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::Double:
    case QMetaType::Float:
        // The separator of our CSV is ";" precisely so that the comma can be the decimal mark French Excel reads.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest).replace(u'.', u',');
    default:
        return value.toString();
    }
}
