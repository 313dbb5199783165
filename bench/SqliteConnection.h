// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteStatement.h"

#include "common/Result.h"

#include <QStringList>

#include <QString>
#include <QVariant>

struct sqlite3;

/**
 * A connection through SQLite's C API, with no Qt SQL layer in between: what the floors of the benchmark run on, so
 * that they cost what SQLite costs and nothing more.
 */
class SqliteConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    static Result<SqliteConnection> open(const QString &path, Mode mode);
    /// Opens the base read-only with Sillage's own cache settings (useSillageCache()): the floors' connection.
    static Result<SqliteConnection> openForFloor(const QString &path);

    ~SqliteConnection();
    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    /// Runs one or more statements that return nothing.
    Result<void> exec(const QString &sql);
    Result<SqliteStatement> prepare(const QString &sql);
    /// The first column of the first row, or an invalid QVariant.
    Result<QVariant> scalar(const QString &sql);
    /// The first column of every row of sql, as text.
    Result<QStringList> column(const QString &sql);
    /// A consistent copy of the whole file, written at target through SQLite's online backup.
    Result<void> backupTo(const QString &target);

    /// The page cache and temporary storage Sillage's own connection uses (Database::applyPragmas), so that a floor
    /// does not lose to Sillage only for a smaller cache.
    Result<void> useSillageCache();

private:
    explicit SqliteConnection(sqlite3 *handle) : m_handle(handle) {}
    Error failure(const QString &doing) const;

    sqlite3 *m_handle = nullptr;
};
