// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Company.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/FieldSpec.h"
#include "io/TabularData.h"
#include "io/TabularProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

class CompanyRepository;
class Database;

/** What the import will do, or did, with one row of a company list. */
struct CompanyImportRow
{
    enum class Outcome { New, DuplicateOfCompany, DuplicateInFile, Rejected };

    int line = 0;
    Outcome outcome = Outcome::New;
    Company company;
    QString duplicateOf; ///< The company of the directory ("name (SIRET)"), or the line of the file, this row repeats.
    QList<TabularProblem> problems;
};

/** The whole picture of a company import: shown before anything is written, and printed by --dry-run. */
struct CompanyImportPlan
{
    TabularData data;
    ColumnMapping mapping;
    QList<CompanyImportRow> rows;
    /// Problems of the file as a whole (columns), and every rejected row's problems, in line order.
    QList<TabularProblem> problems;

    int count(CompanyImportRow::Outcome outcome) const;
    /// Nothing stands in the way of a real run: the file is read, the columns are known and no row is rejected.
    bool canRun() const;
};

/**
 * Imports host companies from a spreadsheet (CSV) into the directory, as BeneficiaryImporter does for dossiers:
 * columns recognised by their titles, SIRET checked with its checksum, rows that repeat a company of the directory
 * (same SIRET, or same name and postcode when there is none) or an earlier row skipped. A real run is all or
 * nothing, so re-importing the same file changes nothing.
 */
class CompanyImporter
{
    Q_DECLARE_TR_FUNCTIONS(CompanyImporter)

public:
    explicit CompanyImporter(Database &database);

    static QList<FieldSpec> fields();

    /// Reads the file and plans the import; columnOverrides are the user's corrections of the column mapping.
    Result<CompanyImportPlan> plan(const QString &path, const QMap<int, QString> &columnOverrides = {}) const;
    /// Plans the import of data already read.
    CompanyImportPlan plan(TabularData data, const QMap<int, QString> &columnOverrides = {}) const;
    /// Writes the plan's new companies; refuses (BadInput, nothing written) a plan that cannot run.
    Result<int> run(const CompanyImportPlan &plan, const QString &sourceName);

private:
    CompanyImportRow readRow(const TabularRow &row, const ColumnMapping &mapping) const;
    void findDuplicate(CompanyImportRow &imported, const CompanyRepository &directory,
                       QHash<QString, int> &firstLineOfCompany) const;

    Database &m_database;
};
