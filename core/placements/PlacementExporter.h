// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularExport.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>

class Database;

/**
 * Exports the immersions as CSV, XLSX or JSON: one row per convention with the young person, the company, the job,
 * the dates, the weekly hours and the status. Activities, conditions and assessments' free text are left out.
 */
class PlacementExporter
{
    Q_DECLARE_TR_FUNCTIONS(PlacementExporter)

public:
    explicit PlacementExporter(Database &database);

    Result<TabularSheet> sheet() const;
    /// Writes the file and an audit row; returns how many immersions it holds.
    Result<int> write(const QString &path, TabularExport::Format format);

private:
    Database &m_database;
};
