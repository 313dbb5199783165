// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemoryBench.h"

#include "BenchContext.h"
#include "GuiProgram.h"
#include "Timings.h"

namespace {

const QString work = QStringLiteral("peak memory, list scrolled to its end");
const QString bar = QStringLiteral("≤ +120 MB");
const QString option = QStringLiteral("--benchmark-list");
constexpr double maximumExtraMB = 120;

double megabytes(qint64 kibibytes)
{
    return double(kibibytes) / 1024.0;
}

} // namespace

Result<QList<BenchResult>> MemoryBench::run()
{
    const GuiProgram bare(m_context.processes(), m_context.options().bare);
    const GuiProgram sillage(m_context.processes(), m_context.options().gui);
    const int runs = m_context.runs(3);
    auto copy = m_context.writableCopy();
    if (!copy)
        return copy.error();
    const QString base = *copy;
    // As for start-up: the first opening of the day takes a backup, which is not what is measured.
    auto warm = sillage.probe(option, {QStringLiteral("--db"), base}, QStringLiteral("list-ms"));
    if (!warm)
        return warm.error();
    const bool available = warm->has_value();
    Timings sillageMB, bareMB, listMs;
    for (int run = 0; run < runs; ++run) {
        if (available) {
            auto list = sillage.measure({option, QStringLiteral("--db"), base}, QStringLiteral("list-ms"),
                                        ChildProcess::Memory::Measure);
            if (!list)
                return list.error();
            sillageMB.add(megabytes(list->maxRssKiB));
            listMs.add(*list->figure(QStringLiteral("list-ms")));
        }
        auto window = bare.measure({}, QStringLiteral("startup-ms"), ChildProcess::Memory::Measure);
        if (!window)
            return window.error();
        bareMB.add(megabytes(window->maxRssKiB));
    }
    const QString bareNote = QStringLiteral("bare Qt window: %1 MB peak").arg(bareMB.median(), 0, 'f', 1);
    if (!available) {
        BenchResult result =
            BenchResult::unavailable(QStringLiteral("7"), work, bar,
                                     QStringLiteral("%1 has no %2 option yet").arg(m_context.options().gui, option));
        result.unit = QStringLiteral("MB");
        result.details = {{QStringLiteral("bare_window_mb"), bareMB.toJson()}};
        result.notes << bareNote;
        return QList<BenchResult>{result};
    }
    const double extra = sillageMB.median() - bareMB.median();
    BenchResult result;
    result.id = QStringLiteral("7");
    result.work = work;
    result.unit = QStringLiteral("MB");
    result.value = sillageMB.median();
    result.floor = bareMB.median();
    result.floorLabel = QStringLiteral("bare");
    result.ratio = sillageMB.median() / bareMB.median();
    result.ratioText = QStringLiteral("+%1 MB").arg(extra, 0, 'f', 1);
    result.bar = bar;
    result.judge(extra <= maximumExtraMB);
    result.details = {{QStringLiteral("sillage_mb"), sillageMB.toJson()},
                      {QStringLiteral("bare_window_mb"), bareMB.toJson()},
                      {QStringLiteral("extra_mb"), extra},
                      {QStringLiteral("list_ms"), listMs.toJson()}};
    result.notes << bareNote + QStringLiteral("; the list took %1 ms to open, scroll and paint (median)")
                                   .arg(listMs.median(), 0, 'f', 1);
    return QList<BenchResult>{result};
}
