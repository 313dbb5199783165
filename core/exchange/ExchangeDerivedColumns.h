// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

class Database;

/**
 * The columns a record table keeps for sorting and matching (folded sort keys, identity keys, the dossier's last
 * contact and next appointment), computed from other columns or other records. An exchange or a conflict resolution
 * writes records without their repository, and a field-by-field merge can take the last name from one side and the
 * first name from the other: these columns are then recomputed here rather than copied, so that they always match
 * the record as it now is. Like the repositories' own refreshes, this writes no audit row and no new updated_at.
 */
class ExchangeDerivedColumns
{
public:
    explicit ExchangeDerivedColumns(Database &database);

    /// The derived columns of a table: never a choice for the user, never a conflict on their own.
    static QStringList of(const QString &table);

    /// Recomputes the derived columns of a record, and of the dossier it belongs to. Must run inside Database::write().
    Result<void> refresh(const QString &table, const QString &id);
    /// The same for many records (table, id), each dossier's columns computed once at the end, with those of
    /// `dossiers` (ids of dossiers whose journal, appointments or programmes were written as a set).
    Result<void> refresh(const QList<QPair<QString, QString>> &records, const QStringList &dossiers = {});

    /// The column naming the dossier whose list columns a record of `table` feeds (its journal entries,
    /// appointments, programmes), or an empty string.
    static QString dossierColumn(const QString &table);

private:
    Result<void> refreshKeys(const QString &table, const QString &id);

    Database &m_database;
};
