// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Database;

/** What a module puts in the search index for one of its records. */
struct SearchEntry
{
    Module module = Module::Beneficiaries;
    QString recordId;
    QString title;    ///< What the result shows first: a name, a company, a job label.
    QString subtitle; ///< One line of context: dossier number and commune, a ROME code…
    QString body;     ///< More text to match on (notes, skills), never shown in results.
};

/** One result of a search. */
struct SearchHit
{
    Module module = Module::Beneficiaries;
    QString recordId;
    QString title;
    QString subtitle;

    QJsonObject toJson() const;
};

/**
 * The global search over every module: one SQLite FTS5 index that folds accents and matches prefixes, so that
 * "eloi" finds "Éloïse" and "elec" finds "Électricien". Modules register their records here in the same transaction
 * as the record itself, so the index never lags behind the data.
 */
class SearchService
{
    Q_DECLARE_TR_FUNCTIONS(SearchService)

public:
    explicit SearchService(Database &database);

    /// Adds or replaces the entry of one record (or keeps it for writeHeld(), while holding).
    Result<void> index(const SearchEntry &entry);
    /**
     * For a job writing thousands of records in one transaction (an import): index() keeps the entries, and
     * writeHeld() writes them together at the end of the job, still inside it. SQLite's full-text index writes its
     * pending terms out before every statement that may have to be undone, so an entry written between two records
     * cost a small segment of its own, all merged later: a quarter of a dossier import.
     */
    void hold();
    Result<void> writeHeld();
    /// Forgets a record (deleted or anonymised): it can no longer be found by its old name.
    Result<void> remove(Module module, const QString &recordId);

    /// Every word of text must match the start of a word of the record; at most limitPerModule hits per module,
    /// best first among the module's rankedPerModule newest matches, grouped in the order of
    /// Modules::withRecords().
    Result<QList<SearchHit>> search(const QString &text, int limitPerModule = 8) const;

    /// The FTS5 query for what the user typed: each word quoted (so no FTS operator can be injected) and made a
    /// prefix; empty when nothing searchable was typed.
    static QString matchExpression(const QString &text);
    /// The FTS5 query for one module's entries: matchExpression() on the text columns, and the module.
    static QString moduleExpression(Module module, const QString &text);
    /// The statement search() runs for each module: ?1 moduleExpression(), ?2 the number of hits wanted.
    static QString moduleStatement();

    /// How many of a module's matches are ranked, newest first.
    static constexpr int rankedPerModule = 300;

private:
    Result<qint64> keyOf(const SearchEntry &entry);
    Result<void> write(qint64 key, const SearchEntry &entry);

    Database &m_database;
    bool m_holding = false;
    QList<SearchEntry> m_held;
};
