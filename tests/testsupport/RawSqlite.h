// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * A plain SQLite connection to a file, independent of Database: what a test uses to see what is really on disk, or
 * to put a file in a state that Sillage itself would never write.
 */
class RawSqlite
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    explicit RawSqlite(const QString &path, Mode mode = Mode::ReadOnly);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool isOpen() const;
    /// Runs a statement that returns nothing; false on error.
    bool exec(const QString &sql);
    /// First column of the first row; an invalid QVariant when the query fails or returns no row.
    QVariant scalar(const QString &sql) const;
    /// First column of every row.
    QStringList column(const QString &sql) const;
    bool hasTable(const QString &name) const;
    int userVersion() const { return scalar(QStringLiteral("PRAGMA user_version")).toInt(); }

private:
    QSqlDatabase connection() const;

    QString m_name;
};
