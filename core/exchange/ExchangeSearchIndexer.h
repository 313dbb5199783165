// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

class Database;

/**
 * Brings the search indexes in step with records written by an exchange (import or conflict resolution), which
 * bypasses the module repositories: a dossier, company, dropout case or local career sheet is indexed again from its
 * table, or forgotten when it arrived deleted. Must run inside Database::write().
 */
class ExchangeSearchIndexer
{
public:
    explicit ExchangeSearchIndexer(Database &database);

    /// Tables without search entries are ignored.
    Result<void> reindex(const QString &table, const QString &id);

    /// Whether the records of `table` have search entries.
    static bool indexes(const QString &table);

private:
    Result<void> reindexLocalSheet(const QString &id);

    Database &m_database;
};
