// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/ExchangeProgress.h"

#include <QList>
#include <QString>

#include <functional>
#include <utility>

/**
 * Records every progress report of one piece of work, and stops it when asked to: at the n-th report, or at the
 * first report a condition picks. The test then checks what the stop left behind.
 */
class ProgressRecorder
{
public:
    QList<std::pair<qint64, qint64>> seen;
    /// Stops at this report (1 for the first); 0 never stops on a count.
    int stopAt = 0;
    /// Stops at the first report for which this is true, when set.
    std::function<bool(qint64 done, qint64 total)> stopWhen;
    /// Whether the work was asked to stop.
    bool stopped = false;

    ExchangeProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            seen.append({done, total});
            stopped = (stopAt > 0 && seen.size() >= stopAt) || (stopWhen && stopWhen(done, total));
            return !stopped;
        };
    }

    /// Empty when the reports share one total, never go back and end at that total; else what is wrong.
    QString problem(qint64 expectedTotal) const
    {
        if (seen.isEmpty())
            return QStringLiteral("no report");
        for (qsizetype i = 0; i < seen.size(); ++i) {
            if (seen.at(i).second != expectedTotal)
                return QStringLiteral("report %1 has total %2, not %3")
                    .arg(i)
                    .arg(seen.at(i).second)
                    .arg(expectedTotal);
            if (i > 0 && seen.at(i).first < seen.at(i - 1).first)
                return QStringLiteral("report %1 goes back from %2 to %3")
                    .arg(i)
                    .arg(seen.at(i - 1).first)
                    .arg(seen.at(i).first);
        }
        if (seen.last().first != expectedTotal)
            return QStringLiteral("the last report is at %1 of %2").arg(seen.last().first).arg(expectedTotal);
        return {};
    }
};
