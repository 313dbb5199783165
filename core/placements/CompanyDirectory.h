// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** What the adviser asked the directory to show. Empty strings do not filter. */
struct CompanyDirectoryFilter
{
    QString text;   ///< Part of the name (case and accents ignored) or start of the commune.
    QString domain; ///< A ROME grand domaine ("J") or domaine professionnel ("J13").

    bool operator==(const CompanyDirectoryFilter &) const = default;
};

/** One line of the directory, with what the company's immersions say about it. */
struct CompanyDirectoryRow
{
    QString id;
    QString name;
    QString commune;
    QString siret;
    QStringList romeDomains; ///< As declared by the adviser.
    int immersions = 0;      ///< Immersions with this company, cancelled and refused ones aside.
    QDate lastImmersion;     ///< Start of the latest of them; invalid when there is none.
};

/**
 * Reads the directory of host companies for its table: filtered by name or commune and by ROME domain, sorted by
 * name. A company matches a domain when the adviser declared it, or when it already hosted an immersion whose target
 * job is in that domain, so that the directory also finds the companies nobody took the time to describe.
 */
class CompanyDirectory
{
    Q_DECLARE_TR_FUNCTIONS(CompanyDirectory)

public:
    explicit CompanyDirectory(Database &database);

    /// Every company the filter matches, by name; a domain that is not a ROME code matches nothing.
    Result<QList<CompanyDirectoryRow>> list(const CompanyDirectoryFilter &filter = {}) const;

private:
    Database &m_database;
};
