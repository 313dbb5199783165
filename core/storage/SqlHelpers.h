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
/// Their names, in the same order.
const QStringList &recordColumnNames();

/// CREATE TABLE for a synchronised record table: the common columns, then the table's own ones, plus the index on
/// updated_at that exchange files and "changed since" queries use.
QStringList createRecordTable(const QString &table, const QStringList &ownColumns);

/**
 * How many rows a SELECT gives (its values bound in order), counting no further than atMost when it is not
 * negative: a home page says « more than 1 000 » without reading the 48 000 late actions of a whole city. doing
 * names the work in the error.
 */
Result<qint64> countUpTo(const QSqlDatabase &db, const QString &select, const QVariantList &values, int atMost,
                         const QString &doing);

/**
 * A SELECT of the distinct values of a column among the live records of a table (deleted_at IS NULL), as one
 * column named "value", unsorted. It jumps from each value to the next through the column's index (one search per
 * value) instead of reading every row: the advisers of 100 000 dossiers are found in a few searches. Table and
 * column are names from the code, never user input.
 */
QString liveValues(const QString &table, const QString &column);

/// True when the text is a plain SQL identifier ([a-z_][a-z0-9_]*): table and column names never come from users,
/// but the record store checks them before it builds statements with them.
bool isIdentifier(const QString &name);

} // namespace Sql
