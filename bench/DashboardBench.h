// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;
struct StatisticsFilter;

/**
 * Item 6: what the dashboard computes when it opens on a year (DashboardPage::reload): the sites and advisers of
 * its filters, then every indicator of IndicatorCatalogue through StatisticsService::computeAll — for the last
 * complete calendar year and for this year so far. No floor: the bar is a time.
 */
class DashboardBench
{
public:
    explicit DashboardBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    Result<BenchResult> measure(const QString &id, const QString &work, const StatisticsFilter &filter);

    BenchContext &m_context;
};
