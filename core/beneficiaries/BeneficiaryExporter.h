// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeneficiaryQuery.h"
#include "common/Result.h"
#include "io/TabularExport.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>

class Database;

/**
 * Exports the dossiers a filter selects (the list's current filter, or all of them) as CSV, XLSX or JSON: one row
 * per dossier with its identity, contact, situation and follow-up summary. Private notes and journal texts are
 * never part of it.
 */
class BeneficiaryExporter
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryExporter)

public:
    explicit BeneficiaryExporter(Database &database);

    Result<TabularSheet> sheet(const BeneficiaryFilter &filter) const;
    /// Writes the file; returns how many dossiers it holds.
    Result<int> write(const QString &path, TabularExport::Format format, const BeneficiaryFilter &filter);

    /// A filter that selects every dossier, whatever its status.
    static BeneficiaryFilter everything();

private:
    Database &m_database;
};
