// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariant>

struct sqlite3_stmt;

/** A prepared statement of SqliteConnection, finalised when it goes. */
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3_stmt *statement) : m_statement(statement) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /// Binds a text, an integer, a number or NULL to the parameter at index (1-based).
    void bind(int index, const QVariant &value);
    /// True while there is a row, false once done.
    Result<bool> step();
    /// Ready to run again, bindings kept.
    void reset();

    int columnCount() const;
    QVariant value(int column) const;
    /// Reads every column of the current row as text, as a page of a list would, and returns how many bytes it
    /// read: the caller adds them up so that the reading cannot be optimised away.
    qsizetype readRowAsText() const;

private:
    sqlite3_stmt *m_statement = nullptr;
};
