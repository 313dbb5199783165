// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Beneficiary.h"
#include "DossierItems.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/FieldSpec.h"
#include "io/TabularData.h"
#include "io/TabularProblem.h"

#include <QCoreApplication>
#include <QMap>

class Database;

/** What the import will do, or did, with one row of the file. */
struct ImportedRow
{
    enum class Outcome { New, DuplicateOfDossier, DuplicateInFile, Rejected };

    int line = 0;
    Outcome outcome = Outcome::New;
    Beneficiary beneficiary;
    std::optional<Situation> situation;
    std::optional<Programme> programme;
    QString duplicateOf; ///< Dossier number, or the line of the file, that this row repeats.
    QList<TabularProblem> problems;
};

/** The whole picture of an import: shown before anything is written, and printed by --dry-run. */
struct ImportPlan
{
    TabularData data;
    ColumnMapping mapping;
    QList<ImportedRow> rows;
    /// Problems that concern the file as a whole (columns), and every rejected row's problems, in line order.
    QList<TabularProblem> problems;

    int count(ImportedRow::Outcome outcome) const;
    /// Nothing stands in the way of a real run: the file is read, the columns are known and no row is rejected.
    bool canRun() const;
};

/**
 * Imports dossiers from a spreadsheet (CSV): columns are recognised by their titles, every value is checked as the
 * form checks it, rows that repeat a dossier of the base or an earlier row are reported and skipped. A real run is
 * all or nothing: if any row is rejected, nothing is written; otherwise every new dossier (with its situation and
 * programme) is written in one transaction, so re-importing the same file changes nothing.
 */
class BeneficiaryImporter
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryImporter)

public:
    explicit BeneficiaryImporter(Database &database);

    static QList<FieldSpec> fields();

    /// Reads the file and plans the import; columnOverrides are the user's corrections of the column mapping.
    Result<ImportPlan> plan(const QString &path, const QMap<int, QString> &columnOverrides = {}) const;
    /// Plans the import of data already read.
    ImportPlan plan(TabularData data, const QMap<int, QString> &columnOverrides = {}) const;
    /// Writes the plan's new dossiers; refuses (BadInput, nothing written) a plan that cannot run.
    Result<int> run(const ImportPlan &plan, const QString &sourceName);

private:
    ImportedRow readRow(const TabularRow &row, const ColumnMapping &mapping) const;

    Database &m_database;
};
