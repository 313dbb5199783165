// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

/** One record of a table, as the audit trail and exchange files name it. */
struct RecordRef
{
    QString table;
    QString id;

    bool operator==(const RecordRef &) const = default;
};

/**
 * Everything held about one young person: the dossier, then every record that hangs on it, directly or not (journal,
 * actions, programmes, immersions and their assessments, dropout cases and their contact attempts…), deleted ones
 * included, parents before children. Found from the schema's foreign keys, so that a module that adds a record table
 * is part of the right of access and of the audit filter without touching this code.
 */
class DossierRecords
{
    Q_DECLARE_TR_FUNCTIONS(DossierRecords)

public:
    /// A NotFound error when there is no dossier with that id.
    static Result<QList<RecordRef>> of(Database &database, const QString &dossierId);
    /// "(VALUES (?, ?), …)" for count records, to select "(table_name, record_id) IN" them (the audit log, the
    /// exchange conflicts); bind each record's table, then its id.
    static QString valuesList(qsizetype count);
    /// The id of the dossier whose number this is (ignoring case), or an empty string.
    static QString idOfNumber(Database &database, const QString &dossierNumber);
};
