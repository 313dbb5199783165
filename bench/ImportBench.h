// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchResult.h"

#include "common/Result.h"

#include <QList>

class BenchContext;

/**
 * Item 1: "sillage-cli import beneficiaries" of the base's own CSV export into a freshly initialised database,
 * against the sqlite3 shell loading the same file into a bare table (floor a) and into Sillage's tables and search
 * index with INSERT … SELECT (floor b, ImportFloorSql). Every run is a whole process on a fresh file.
 */
class ImportBench
{
public:
    explicit ImportBench(BenchContext &context) : m_context(context) {}

    Result<QList<BenchResult>> run();

private:
    Result<QString> exportCsv();
    Result<void> writeScripts(const QString &csv);
    Result<qint64> countRows(const QString &database, const QString &table);

    BenchContext &m_context;
    QString m_sqlite3;
};
