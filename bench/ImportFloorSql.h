// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ColumnMapping.h"

#include <QString>

/**
 * The sqlite3 shell scripts of the import's floors, for a CSV file whose columns the importer recognised:
 * (a) loads the file into a bare table and nothing else; (b) loads it into a temporary table, then fills Sillage's
 * own tables with INSERT … SELECT — the dossiers with the columns the importer sets, ids from randomblob, sort and
 * duplicate keys from plain lower(), and the search index (search_keys, search_index) — in one transaction, with the
 * pragmas of Sillage's connection. No checks, no duplicate search, no audit rows: what SQLite alone costs to store
 * the same dossiers in the same tables, indexes and triggers.
 */
class ImportFloorSql
{
public:
    /// mapping: the importer's mapping of the file's columns; columns: how many the file has.
    ImportFloorSql(QString csvPath, ColumnMapping mapping, qsizetype columns, QString siteCode);

    QString bareImport() const;
    QString intoSillageTables() const;

private:
    QString column(const QString &key) const;
    QString text(const QString &key) const;
    QString date(const QString &key) const;
    QString flag(const QString &key) const;
    QString importCommands(const QString &schema) const;
    QString levelCodes() const;

    QString m_csvPath;
    ColumnMapping m_mapping;
    qsizetype m_columns = 0;
    QString m_siteCode;
};
