// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "DropoutMatcher.h"
#include "common/Result.h"
#include "io/ColumnMapping.h"
#include "io/FieldSpec.h"
#include "io/TabularData.h"
#include "io/TabularProblem.h"

#include <QCoreApplication>
#include <QMap>

class Database;

/** What the import will do, or did, with one row of a dropout list. */
struct DropoutImportRow
{
    enum class Outcome {
        New,             ///< A new case.
        LinkedToDossier, ///< A new case, linked to the young person's existing dossier.
        AlreadyOpen,     ///< The young person already has an open case (or is already in this campaign).
        ToReview,        ///< Looks like someone known: stored for a person to decide.
        DuplicateInFile, ///< The same young person on an earlier line: one case.
        Rejected,
    };

    int line = 0;
    Outcome outcome = Outcome::New;
    DropoutCase row;
    DropoutMatch match;
    QString duplicateOf; ///< The line of the file this row repeats.
    QList<TabularProblem> problems;
};

/** The whole picture of a dropout import: shown before anything is written, and printed by --dry-run. */
struct DropoutImportPlan
{
    QString campaignName;
    QString campaignId; ///< Empty when the campaign is new.
    TabularData data;
    ColumnMapping mapping;
    QList<DropoutImportRow> rows;
    QList<TabularProblem> problems;

    int count(DropoutImportRow::Outcome outcome) const;
    bool canRun() const;
};

/**
 * Imports a dropout list (SIEI list, a school's list) into a campaign: columns recognised by their titles, each row
 * checked as the case form checks it, then matched (DropoutMatcher) against the open cases, the dossiers and the
 * rest of the file. A real run is all or nothing in one transaction; a row already in the campaign is left as it is,
 * so re-importing the same list changes nothing.
 */
class DropoutImporter
{
    Q_DECLARE_TR_FUNCTIONS(DropoutImporter)

public:
    explicit DropoutImporter(Database &database);

    static QList<FieldSpec> fields();

    Result<DropoutImportPlan> plan(const QString &path, const QString &campaignName,
                                   const QMap<int, QString> &columnOverrides = {}) const;
    Result<DropoutImportPlan> plan(TabularData data, const QString &campaignName,
                                   const QMap<int, QString> &columnOverrides = {}) const;
    /// Writes the plan; refuses (BadInput, nothing written) a plan that cannot run. Returns the cases created.
    Result<int> run(const DropoutImportPlan &plan, const QString &sourceName, const QDate &on = QDate::currentDate());

private:
    DropoutImportRow readRow(const TabularRow &row, const ColumnMapping &mapping) const;

    Database &m_database;
};
