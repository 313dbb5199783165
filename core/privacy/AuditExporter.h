// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditQuery.h"

#include "common/Result.h"
#include "io/TabularExport.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>

class Database;

/**
 * Exports the audit trail as the viewer filters it (who, what, which record, when), as CSV, XLSX or JSON, for a
 * coordinator or an administrator (ViewAudit). The export is itself an entry of the trail.
 */
class AuditExporter
{
    Q_DECLARE_TR_FUNCTIONS(AuditExporter)

public:
    explicit AuditExporter(Database &database);

    Result<TabularSheet> sheet(const AuditFilter &filter) const;
    /// Writes the file and an audit row; returns how many entries it holds.
    Result<int> write(const QString &path, TabularExport::Format format, const AuditFilter &filter = {});

private:
    Database &m_database;
};
