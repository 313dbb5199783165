// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RetentionPolicy.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/**
 * Anonymises dossiers and dropout cases: names, contacts, addresses, notes and every free text become empty, the
 * birth date keeps its year; what statistics need stays (sex, commune, levels, programmes, statuses, dates), so the
 * figures of past years do not change. The old values are then removed from the file itself, not only from the
 * tables: SQLite's secure_delete overwrites freed pages, the search index is compacted, the database is rebuilt
 * (VACUUM) and the write-ahead log truncated. A backup is taken first, since nothing can bring the names back.
 *
 * Each anonymised record and its children get a new version, so that exchange files carry the anonymisation to the
 * other sites.
 */
class AnonymisationService
{
    Q_DECLARE_TR_FUNCTIONS(AnonymisationService)

public:
    struct Outcome
    {
        int dossiers = 0;
        int dropoutCases = 0;
        /// The copy taken before: it still holds the names, and is to be kept as safely as the database.
        QString backupPath;
    };

    explicit AnonymisationService(Database &database);

    /// All in one transaction, then the file is wiped of the old values. Records already anonymised are skipped.
    Result<Outcome> anonymise(const QList<RetentionCandidate> &records);

    /// Removes from the file what deleted rows and search entries left behind: search index compacted, VACUUM,
    /// write-ahead log truncated. Also run after an exchange brings anonymisations from another site.
    Result<void> wipeFreedSpace();

private:
    /// false when the record was already anonymised.
    Result<bool> anonymiseDossier(const QString &id, qint64 now);
    Result<bool> anonymiseDropoutCase(const QString &id, qint64 now);

    Database &m_database;
};
