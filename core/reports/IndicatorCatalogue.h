// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Indicator.h"
#include "StatisticsFilter.h"

#include <QCoreApplication>
#include <QVariantList>

#include <functional>
#include <optional>

/** The SQL of an indicator for one filter: rows of (category, series, record id), one a counted record. */
struct IndicatorQuery
{
    QString sql;
    QVariantList values;
};

/** How the categories of an indicator are listed: every month of the period, a fixed list, or as found. */
enum class CategoryAxis { Months, Fixed, Found };

/** Everything that makes an indicator: its definition, its query, and the words for its codes. */
struct IndicatorSpec
{
    IndicatorDefinition definition;
    std::function<IndicatorQuery(const StatisticsFilter &)> query;
    /// Optional: the same figures read from counters kept by the schema, as (category, series, count) rows. The
    /// query above still lists the records behind a figure.
    std::function<IndicatorQuery(const StatisticsFilter &)> counts;
    CategoryAxis axis = CategoryAxis::Found;
    QStringList fixedCategories;                           ///< Their order, for CategoryAxis::Fixed.
    QStringList fixedSeries;                               ///< Their order; others found follow.
    std::function<QString(const QString &)> categoryLabel; ///< Null: the code itself.
    std::function<QString(const QString &)> seriesLabel;   ///< Null: the code itself.
};

/**
 * Every indicator of the dashboards, the command line (`stats --json`) and the reports, each defined here once: what
 * it counts (its definition text), the SQL that counts it and the labels of its codes. Records deleted (tombstones)
 * are never counted; anonymised records are, since anonymisation keeps the fields statistics need.
 */
class IndicatorCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalogue)

public:
    /// Built on each call, so that titles and labels follow the user's language.
    static QList<IndicatorSpec> all();
    static std::optional<IndicatorSpec> find(const QString &id);
};
