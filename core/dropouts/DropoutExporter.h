// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularExport.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>

class Database;

/**
 * Exports the dropout cases (one row per case: identity, school, status, solution or closure, adviser, attempts) or
 * the campaign figures, as CSV, XLSX or JSON. Notes are left out: they stay in the base.
 */
class DropoutExporter
{
    Q_DECLARE_TR_FUNCTIONS(DropoutExporter)

public:
    enum class Content { Cases, Figures };

    explicit DropoutExporter(Database &database);

    Result<TabularSheet> casesSheet() const;
    Result<TabularSheet> figuresSheet() const;
    /// Writes the file and an audit row; returns how many rows it holds.
    Result<int> write(const QString &path, TabularExport::Format format, Content content = Content::Cases);

private:
    Database &m_database;
};
