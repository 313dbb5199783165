// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

/**
 * Small helpers shared by the storage layer: running statements and turning SQLite failures into Errors.
 */
namespace Sql {

/// Runs each statement (no user input in them: schema text only); stops at the first failure.
Result<void> execAll(QSqlDatabase &db, const QStringList &statements);

/// Runs an already prepared and bound query; a failure names what was being done.
Result<void> exec(QSqlQuery &query, const QString &doing);

/// Prepares sql on the query, binds values in order and runs it; the rows are then read from the query.
Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing);

/// The Error for a failed query: a plain sentence, with SQLite's own text as detail.
Error storageError(const QSqlQuery &query, const QString &doing);

/// The common columns every synchronised record carries, as column definitions for CREATE TABLE.
QString recordColumns();

/// CREATE TABLE for a synchronised record table: the common columns, then the table's own ones, plus the index on
/// updated_at that exchange files and "changed since" queries use.
QStringList createRecordTable(const QString &table, const QStringList &ownColumns);

/// True when the text is a plain SQL identifier ([a-z_][a-z0-9_]*): table and column names never come from users,
/// but the record store checks them before it builds statements with them.
bool isIdentifier(const QString &name);

} // namespace Sql
