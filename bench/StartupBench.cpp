// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupBench.h"

#include "BenchContext.h"
#include "GuiProgram.h"
#include "Timings.h"

namespace {

const QString work = QStringLiteral("start-up to the first painted window");
const QString bar = QStringLiteral("≤ 1.3× empty base");
const QString option = QStringLiteral("--benchmark-startup");
const QString figure = QStringLiteral("startup-ms");
constexpr double maximumRatio = 1.3;

} // namespace

Result<QList<BenchResult>> StartupBench::run()
{
    const GuiProgram bare(m_context.processes(), m_context.options().bare);
    const GuiProgram sillage(m_context.processes(), m_context.options().gui);
    const int runs = m_context.runs(5);
    auto copy = m_context.writableCopy();
    if (!copy)
        return copy.error();
    const QString base = *copy;
    // The first opening of a base takes the day's backup copy, and brings the programs' files into the page
    // cache: a start-up an adviser sees once a day, not the one measured. It also tells whether the option exists.
    auto warm = sillage.probe(option, {QStringLiteral("--db"), base}, figure);
    if (!warm)
        return warm.error();
    const bool available = warm->has_value();
    QString empty;
    if (available) {
        auto made = m_context.emptyBase();
        if (!made)
            return made.error();
        empty = *made;
        if (auto warmEmpty = sillage.measure({option, QStringLiteral("--db"), empty}, figure); !warmEmpty)
            return warmEmpty.error();
    }
    if (auto warmBare = bare.measure({}, figure); !warmBare)
        return warmBare.error();

    Timings onBase, onEmpty, bareWindow, bareWall;
    for (int run = 0; run < runs; ++run) {
        if (available) {
            auto full = sillage.measure({option, QStringLiteral("--db"), base}, figure);
            if (!full)
                return full.error();
            onBase.add(*full->figure(figure));
            auto none = sillage.measure({option, QStringLiteral("--db"), empty}, figure);
            if (!none)
                return none.error();
            onEmpty.add(*none->figure(figure));
        }
        auto window = bare.measure({}, figure);
        if (!window)
            return window.error();
        bareWindow.add(*window->figure(figure));
        bareWall.add(window->wallMs);
    }

    const QString bareNote = QStringLiteral("bare Qt window: %1 ms to its first paint (%2 ms for the whole process)")
                                 .arg(bareWindow.median(), 0, 'f', 1)
                                 .arg(bareWall.median(), 0, 'f', 1);
    if (!available) {
        BenchResult result =
            BenchResult::unavailable(QStringLiteral("4"), work, bar,
                                     QStringLiteral("%1 has no %2 option yet").arg(m_context.options().gui, option));
        result.unit = QStringLiteral("ms");
        result.details = {{QStringLiteral("bare_window_ms"), bareWindow.toJson()}};
        result.notes << bareNote;
        return QList<BenchResult>{result};
    }
    BenchResult result;
    result.id = QStringLiteral("4");
    result.work = work;
    result.unit = QStringLiteral("ms");
    result.value = onBase.median();
    result.floor = onEmpty.median();
    result.floorLabel = QStringLiteral("empty");
    result.ratio = onBase.median() / onEmpty.median();
    result.bar = bar;
    result.judge(*result.ratio <= maximumRatio);
    result.details = {{QStringLiteral("sillage_ms"), onBase.toJson()},
                      {QStringLiteral("empty_base_ms"), onEmpty.toJson()},
                      {QStringLiteral("bare_window_ms"), bareWindow.toJson()},
                      {QStringLiteral("ratio_bare"), onBase.median() / bareWindow.median()}};
    result.notes << bareNote + QStringLiteral("; Sillage on the base is %1× that")
                                   .arg(onBase.median() / bareWindow.median(), 0, 'f', 2);
    return QList<BenchResult>{result};
}
