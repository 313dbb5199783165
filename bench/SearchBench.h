// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;

/**
 * Item 2: search as you type. Each prefix (SearchPrefixes) goes through SearchService::search in process, and
 * through the bare FTS5 query on SQLite's C API (the floor), alternately, several times; a prefix keeps the median
 * of its times, and the item reports the median and the 95th percentile over the prefixes.
 */
class SearchBench
{
public:
    explicit SearchBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    BenchContext &m_context;
};
