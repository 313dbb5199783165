// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;
struct ExchangeTable;

/**
 * The records of an exchange file that are new here and ask for no decision, written as a set.
 *
 * A new site receiving a whole base gets a million journal entries it has never seen; for each of them the merge
 * rule of ExchangeImporter can only create, and weighing them one by one costs a hundred times the copy itself.
 * With the file attached to the connection (ExchangeAttachment), take() looks at a slice of a table (by rowid) and
 * lists in a temporary table the records sure to be created as they are: a plain id and version, not here, no
 * pending conflict, their parents here (or in the file, for a preview), a dossier number free here, an ancestry of
 * plain numbers. Those are copied, remembered, marked received and audited with one statement each; the importer
 * then takes the rest of the slice record by record (restOfSlice()). A slice whose copy breaks a constraint (two
 * records of the file with one id or one dossier number) is left whole to the record-by-record way, which names the
 * record at fault. Writes must run inside Database::write().
 */
class ExchangeNewRecords
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeNewRecords)

public:
    /// What a slice created: counts for the report, and what the derived columns and search index must follow.
    struct Slice
    {
        qint64 created = 0;
        qint64 deleted = 0;   ///< Created as they arrived: deleted over there (tombstones).
        QStringList records;  ///< Ids of records with derived columns or search entries of their own.
        QStringList dossiers; ///< Dossiers whose list columns the records feed.
    };

    /// columns: those of the table the file has; tablesInFile: the tables the file has; apply: false for a preview,
    /// which writes nothing.
    ExchangeNewRecords(Database &database, const ExchangeTable &table, const QStringList &columns,
                       const QStringList &tablesInFile, bool hasLineage, bool apply);

    /// Takes the records of the slice rowid > after, rowid <= upTo.
    Result<Slice> take(qint64 after, qint64 upTo, const QString &peer, qint64 now);

    /// A SELECT, with two placeholders (after, upTo), of the slice's records that take() left, in the file's order:
    /// the columns, then the ancestry (or NULL when the file has none).
    QString restOfSlice() const;

private:
    Result<void> copy(qint64 after, qint64 upTo);
    Result<void> forget();

    Database &m_database;
    QString m_table;
    QStringList m_columns;
    QString m_source;  ///< The file's table, as i.
    QString m_lineage; ///< The expression of its ancestry.
    QString m_dossier; ///< The expression of the dossier a record feeds.
    QString m_eligible;
    QVariantList m_eligibleValues;
    QStringList m_auditedFields;
    bool m_apply;
};
