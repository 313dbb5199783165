// SPDX-License-Identifier: GPL-3.0-or-later
#include "Indicator.h"

#include <QJsonArray>

namespace {

QString chartCode(IndicatorChart chart)
{
    switch (chart) {
    case IndicatorChart::Bar:
        return QStringLiteral("bar");
    case IndicatorChart::StackedBar:
        return QStringLiteral("stacked_bar");
    case IndicatorChart::Donut:
        return QStringLiteral("donut");
    case IndicatorChart::Line:
        return QStringLiteral("line");
    }
    return {};
}

QJsonArray keys(const QList<IndicatorKey> &list)
{
    QJsonArray array;
    for (const IndicatorKey &key : list)
        array.append(QJsonObject{{QStringLiteral("code"), key.code}, {QStringLiteral("label"), key.label}});
    return array;
}

} // namespace

qint64 IndicatorResult::categoryTotal(int category) const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : values)
        sum += row.value(category);
    return sum;
}

qint64 IndicatorResult::total() const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : values) {
        for (qint64 value : row)
            sum += value;
    }
    return sum;
}

int IndicatorResult::categoryIndex(const QString &code) const
{
    for (int index = 0; index < categories.size(); ++index) {
        if (categories.at(index).code == code)
            return index;
    }
    return -1;
}

int IndicatorResult::seriesIndex(const QString &code) const
{
    for (int index = 0; index < series.size(); ++index) {
        if (series.at(index).code == code)
            return index;
    }
    return -1;
}

QJsonObject IndicatorResult::toJson() const
{
    QJsonArray rows;
    for (const QList<qint64> &row : values) {
        QJsonArray array;
        for (qint64 value : row)
            array.append(value);
        rows.append(array);
    }
    return {{QStringLiteral("id"), definition.id},
            {QStringLiteral("title"), definition.title},
            {QStringLiteral("definition"), definition.definition},
            {QStringLiteral("chart"), chartCode(definition.chart)},
            {QStringLiteral("categories"), keys(categories)},
            {QStringLiteral("series"), keys(series)},
            {QStringLiteral("values"), rows},
            {QStringLiteral("additive"), definition.additive},
            {QStringLiteral("total"), total()}};
}
