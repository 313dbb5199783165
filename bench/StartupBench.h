// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;

/**
 * Item 4: from the start of main() to the first painted window, as "sillage --benchmark-startup" reports it, on the
 * base against an empty base of the same site, with a bare Qt Widgets window (bench-bare-window) for scale.
 */
class StartupBench
{
public:
    explicit StartupBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    BenchContext &m_context;
};
