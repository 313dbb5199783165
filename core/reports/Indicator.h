// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** How an indicator is best drawn; the table beside the chart shows the same figures. */
enum class IndicatorChart {
    Bar,        ///< One bar a category.
    StackedBar, ///< One bar a category, split by series.
    Donut,      ///< Shares of a whole.
    Line,       ///< A quantity over months.
};

/** What an indicator is: a stable id (used by the command line and the reports), a title and its definition. */
struct IndicatorDefinition
{
    QString id;
    QString title;
    /// What is counted, in the user's language: shown beside the chart and in the reports, so that every figure
    /// means the same thing everywhere.
    QString definition;
    IndicatorChart chart = IndicatorChart::Bar;
    Module module = Module::Beneficiaries; ///< The records a click on a figure lists.
    /// False when a record can count in several categories (a young person both minor and living in a QPV): the
    /// categories then do not add up to a number of records, and no total is shown.
    bool additive = true;
};

/** A category (a bar, a slice, a month) or a series (a colour of a stacked bar): its stable code and its label. */
struct IndicatorKey
{
    QString code;
    QString label;
    /// A shorter label for a chart's axis, where space is counted ("janv." when the period is one year); empty
    /// when the label is short enough.
    QString axisLabel = {};

    QString shortestLabel() const { return axisLabel.isEmpty() ? label : axisLabel; }
};

/**
 * The figures of one indicator for one filter: values[series][category] are counts of records. An indicator with
 * one series has a single series with an empty code.
 */
struct IndicatorResult
{
    IndicatorDefinition definition;
    QList<IndicatorKey> categories;
    QList<IndicatorKey> series;
    QList<QList<qint64>> values;

    qint64 value(int series, int category) const { return values.value(series).value(category); }
    qint64 categoryTotal(int category) const;
    qint64 total() const;
    int categoryIndex(const QString &code) const;
    int seriesIndex(const QString &code) const;

    /// The figures as the command line prints them and the reports keep them.
    QJsonObject toJson() const;
};
