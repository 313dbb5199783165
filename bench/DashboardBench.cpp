// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardBench.h"

#include "BenchContext.h"
#include "Timings.h"

#include "reports/StatisticsService.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace {

constexpr double maximumMs = 200;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1.0e6;
}

} // namespace

Result<BenchResult> DashboardBench::measure(const QString &id, const QString &work, const StatisticsFilter &filter)
{
    auto database = m_context.readOnlyDatabase();
    if (!database)
        return database.error();
    const StatisticsService statistics(**database);
    Timings whole, choices, figures;
    const int runs = m_context.runs(10);
    // One more run than counted: the first brings the tables' pages into the cache.
    for (int run = -1; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto sites = statistics.sites();
        auto advisers = statistics.advisers();
        if (!sites || !advisers)
            return (!sites ? sites : advisers).error();
        const double choicesMs = elapsedMs(timer);
        auto results = statistics.computeAll(filter);
        if (!results)
            return results.error();
        if (run < 0)
            continue;
        whole.add(elapsedMs(timer));
        choices.add(choicesMs);
        figures.add(elapsedMs(timer) - choicesMs);
    }

    // Which indicators weigh most, to know where to look when the bar is missed.
    struct Cost
    {
        QString id;
        double ms;
    };
    QList<Cost> costs;
    for (const IndicatorSpec &spec : IndicatorCatalogue::all()) {
        Timings one;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto result = statistics.compute(spec, filter);
            if (!result)
                return result.error();
            one.add(elapsedMs(timer));
        }
        costs << Cost{spec.definition.id, one.median()};
    }
    std::sort(costs.begin(), costs.end(), [](const Cost &a, const Cost &b) { return a.ms > b.ms; });
    QJsonObject perIndicator;
    QStringList heaviest;
    for (const Cost &cost : std::as_const(costs)) {
        perIndicator.insert(cost.id, cost.ms);
        if (heaviest.size() < 3)
            heaviest << QStringLiteral("%1 %2 ms").arg(cost.id).arg(cost.ms, 0, 'f', 1);
    }

    BenchResult result;
    result.id = id;
    result.work = work;
    result.unit = QStringLiteral("ms");
    result.value = whole.median();
    result.bar = QStringLiteral("≤ 200 ms");
    result.judge(whole.median() <= maximumMs);
    result.details = {{QStringLiteral("sillage_ms"), whole.toJson()},
                      {QStringLiteral("filters_ms"), choices.toJson()},
                      {QStringLiteral("indicators_ms"), figures.toJson()},
                      {QStringLiteral("per_indicator_ms"), perIndicator},
                      {QStringLiteral("indicators"), double(costs.size())},
                      {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), filter.to.toString(Qt::ISODate)}};
    result.notes << QStringLiteral("%1 to %2: %3 indicators %4 ms + filter lists %5 ms (medians of %6); p95 %7 ms; "
                                   "heaviest: %8")
                        .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))
                        .arg(costs.size())
                        .arg(figures.median(), 0, 'f', 1)
                        .arg(choices.median(), 0, 'f', 1)
                        .arg(whole.count())
                        .arg(whole.p95(), 0, 'f', 1)
                        .arg(heaviest.join(QLatin1String(", ")));
    return result;
}

Result<QList<BenchResult>> DashboardBench::run()
{
    const QDate today = QDate::currentDate();
    // The dashboard's "last year" and "this year" presets: a whole year, and this one up to today.
    const StatisticsFilter lastYear = StatisticsFilter::year(today.year() - 1);
    const StatisticsFilter thisYear{QDate(today.year(), 1, 1), today, {}, {}};
    QList<BenchResult> results;
    auto last = measure(QStringLiteral("6.a"), QStringLiteral("dashboard, year %1").arg(today.year() - 1), lastYear);
    if (!last)
        return last.error();
    results << *last;
    auto current = measure(QStringLiteral("6.b"), QStringLiteral("dashboard, %1 to date").arg(today.year()), thisYear);
    if (!current)
        return current.error();
    results << *current;
    return results;
}
