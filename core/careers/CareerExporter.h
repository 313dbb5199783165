// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularExport.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>

class Database;

/**
 * Exports the local career sheets (a site's own work, not the ROME referential that anyone can download) as CSV,
 * XLSX or JSON: one row per sheet, lists joined with "; ".
 */
class CareerExporter
{
    Q_DECLARE_TR_FUNCTIONS(CareerExporter)

public:
    explicit CareerExporter(Database &database);

    Result<TabularSheet> sheet() const;
    /// Writes the file and an audit row; returns how many sheets it holds.
    Result<int> write(const QString &path, TabularExport::Format format);

private:
    Database &m_database;
};
