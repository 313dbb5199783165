// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorSql.h"

#include <QDateTime>

#include <algorithm>

namespace IndicatorSql {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString createdOn(const QString &alias)
{
    return QStringLiteral("date(%1.created_at / 1000, 'unixepoch', 'localtime')").arg(alias);
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

QString monthRanges(const StatisticsFilter &filter, QVariantList &values)
{
    QStringList rows;
    for (QDate month(filter.from.year(), filter.from.month(), 1); month <= filter.to; month = month.addMonths(1)) {
        rows << QStringLiteral("(?, ?, ?)");
        values << month.toString(QStringLiteral("yyyy-MM")) << startOfDay(std::max(month, filter.from))
               << startOfDay(std::min(month.addMonths(1), filter.to.addDays(1)));
    }
    return QStringLiteral("WITH months(month, start, stop) AS (VALUES %1) ").arg(rows.join(QLatin1String(", ")));
}

QString ageOn(const QString &birthColumn)
{
    return QStringLiteral("(SELECT CASE WHEN coalesce(%1, '') = '' THEN NULL ELSE CAST(substr(day, 1, 4) AS INTEGER) "
                          "- CAST(substr(%1, 1, 4) AS INTEGER) - (substr(day, 6, 5) < substr(%1, 6, 5)) END "
                          "FROM (SELECT ? AS day))")
        .arg(birthColumn);
}

void narrow(QString &sql, QVariantList &values, const StatisticsFilter &filter, const QString &siteColumn,
            const QString &adviserColumn)
{
    if (!filter.site.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(siteColumn);
        values << filter.site;
    }
    if (!filter.adviser.isEmpty() && !adviserColumn.isEmpty()) {
        sql += QStringLiteral(" AND %1 = ?").arg(adviserColumn);
        values << filter.adviser;
    }
}

std::function<QString(const QString &)> vocabulary(Vocabulary::List list, const QString &noneLabel)
{
    return [list, noneLabel](const QString &code) {
        if (code.isEmpty() || code == QLatin1String("none"))
            return noneLabel;
        const QString label = Vocabulary::label(list, code);
        return label.isEmpty() ? code : label;
    };
}

QStringList codes(Vocabulary::List list)
{
    QStringList all;
    for (const Term &term : Vocabulary::terms(list))
        all << term.code;
    return all;
}

} // namespace IndicatorSql
