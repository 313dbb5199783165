// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RomeImportReport.h"
#include "RomeReferential.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

/**
 * Stores a ROME referential in place of the current one, in one transaction: sheets, appellations, skills, work
 * contexts, close jobs, both search indexes and the version. Local sheets, local additions, séances, dossiers'
 * career targets and immersions' codes are never touched; a code the new version drops is remembered with its last
 * label as withdrawn.
 */
class RomeReferentialStore
{
    Q_DECLARE_TR_FUNCTIONS(RomeReferentialStore)

public:
    explicit RomeReferentialStore(Database &database);

    /// The version of the current referential ("460", "demo"); empty when none was imported.
    Result<QString> currentVersion() const;
    /// Number of sheets of the current referential.
    Result<int> sheetCount() const;

    /// What replacing the current referential with this one would do: versions, counts, codes added, removed and
    /// relabelled. Writes nothing.
    Result<RomeImportReport> compare(const RomeReferential &referential) const;

    /// Replaces the referential (nothing when the same version is already current) and returns what changed.
    Result<RomeImportReport> replace(const RomeReferential &referential);

private:
    Result<QHash<QString, QString>> currentLabels() const;
    Result<void> writeSheets(const RomeReferential &referential);
    Result<void> writeSheet(const RomeSheetData &sheet, const QHash<QString, QString> &grandDomainLabels);
    Result<void> writeDomains(const RomeReferential &referential);
    Result<void> forgetWithdrawn(const RomeImportReport &report, const QHash<QString, QString> &oldLabels);

    Database &m_database;
};
