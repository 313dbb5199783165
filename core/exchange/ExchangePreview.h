// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExchangeManifest.h"
#include "domain/Module.h"

#include <QList>
#include <QString>

#include <algorithm>

/** What an import does, or would do, to one table. */
struct ExchangeTableOutcome
{
    QString table;
    Module module = Module::Beneficiaries;
    qint64 created = 0;   ///< Records new here.
    qint64 updated = 0;   ///< Records taken from the file over an older version here.
    qint64 deleted = 0;   ///< Records the file deletes (tombstones) that were alive here.
    qint64 conflicts = 0; ///< Records changed on both sides: kept pending, not written.
    qint64 unchanged = 0; ///< Records already up to date, or older than the version here.
};

/**
 * The preview of an exchange file (nothing written) or the report of its import: where it comes from, and per table
 * and per module what changes. The UI shows it before asking to import; the command line prints it.
 */
struct ExchangePreview
{
    ExchangeManifest manifest;
    QList<ExchangeTableOutcome> tables;
    /// Dossiers whose number was already used here by another dossier: they get (or would get) a local number.
    qint64 renumbered = 0;
    bool applied = false;

    ExchangeTableOutcome total() const
    {
        ExchangeTableOutcome sum;
        for (const ExchangeTableOutcome &table : tables) {
            sum.created += table.created;
            sum.updated += table.updated;
            sum.deleted += table.deleted;
            sum.conflicts += table.conflicts;
            sum.unchanged += table.unchanged;
        }
        return sum;
    }
    /// Per module, in the order of the tables.
    QList<ExchangeTableOutcome> byModule() const
    {
        QList<ExchangeTableOutcome> modules;
        for (const ExchangeTableOutcome &table : tables) {
            auto found = std::find_if(modules.begin(), modules.end(),
                                      [&](const ExchangeTableOutcome &m) { return m.module == table.module; });
            if (found == modules.end()) {
                ExchangeTableOutcome first = table;
                first.table.clear();
                modules << first;
                continue;
            }
            found->created += table.created;
            found->updated += table.updated;
            found->deleted += table.deleted;
            found->conflicts += table.conflicts;
            found->unchanged += table.unchanged;
        }
        return modules;
    }

    /// The module a record table belongs to, for counts per module.
    static Module moduleFor(const QString &table)
    {
        if (table.startsWith(QLatin1String("dropout_")))
            return Module::Dropouts;
        if (table == QLatin1String("companies") || table == QLatin1String("tutors") ||
            table.startsWith(QLatin1String("placement")) || table.startsWith(QLatin1String("company_")))
            return Module::Placements;
        if (table == QLatin1String("local_sheets") || table == QLatin1String("career_additions") ||
            table == QLatin1String("seances"))
            return Module::Careers;
        return Module::Beneficiaries;
    }
};
