// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RomeImportReport.h"
#include "RomeReferential.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

/** A ROME folder read and checked, ready to be stored: the referential and what storing it would change. */
struct RomeImportPlan
{
    QString folder;
    RomeReferential referential;
    RomeImportReport report;
};

/**
 * Imports the ROME 4.0 open data of France Travail from a folder of CSV files named
 * `unix_<table>_v<version>_utf8.csv`. The version comes from the names (every file must carry the same one);
 * columns are found by name, whatever their order. Everything is read and checked before anything is written, then
 * RomeReferentialStore replaces the referential in one transaction: an error anywhere leaves the base as it was.
 */
class RomeImporter
{
    Q_DECLARE_TR_FUNCTIONS(RomeImporter)

public:
    explicit RomeImporter(Database &database);

    /// Reads and checks the folder and compares it with the current referential; writes nothing (a dry run).
    Result<RomeImportPlan> plan(const QString &folder) const;
    /// Stores a plan; returns what changed.
    Result<RomeImportReport> run(const RomeImportPlan &plan);
    /// plan() then run().
    Result<RomeImportReport> import(const QString &folder);

    /// Reads a folder into memory without a database; notes receives the missing optional files and warnings.
    static Result<RomeReferential> read(const QString &folder, RomeImportReport *notes = nullptr);

    /// The tables the import needs, and those it reads when present (without version and prefix).
    static QStringList requiredTables();
    static QStringList optionalTables();

private:
    Database &m_database;
};
