// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;

/**
 * Item 7: peak resident memory of "sillage --benchmark-list" (the Jeunes list opened, scrolled to its end and
 * painted) on the base, against the bare Qt window's: what the list and the application add to Qt itself.
 */
class MemoryBench
{
public:
    explicit MemoryBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    BenchContext &m_context;
};
