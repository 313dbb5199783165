// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>

class Database;

/** One step of a young person's path, whatever module it comes from. */
struct TimelineEntry
{
    QDateTime at;
    Module module = Module::Beneficiaries;
    QString kind;   ///< What kind of step, in the user's language ("Entretien individuel", "Début CEJ"…).
    QString title;  ///< The step itself.
    QString detail; ///< One line of context, may be empty.
};

/**
 * The whole path of a young person on one page: the Jeunes module's own steps (dossier opened, journal,
 * situations, programmes, référents, actions done), and those that other modules register (immersions, dropout
 * case), newest first.
 */
class TimelineService
{
    Q_DECLARE_TR_FUNCTIONS(TimelineService)

public:
    using Source = std::function<Result<QList<TimelineEntry>>(Database &, const QString &beneficiaryId)>;

    explicit TimelineService(Database &database);

    /// Adds a module's steps to every timeline; modules call it once at start.
    static void registerSource(const Source &source);

    Result<QList<TimelineEntry>> entries(const QString &beneficiaryId) const;

private:
    Result<QList<TimelineEntry>> ownEntries(const QString &beneficiaryId) const;

    Database &m_database;
};
