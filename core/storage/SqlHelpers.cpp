// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Sql {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return storageError(query, QCoreApplication::translate("Sql", "updating the database structure"));
    }
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return storageError(query, doing);
    return {};
}

Result<void> exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing)
{
    if (!query.prepare(sql))
        return storageError(query, doing);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, doing);
}

Error storageError(const QSqlQuery &query, const QString &doing)
{
    const QString sqliteText =
        query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
    const bool full = sqliteText.contains(QLatin1String("full"), Qt::CaseInsensitive);
    const bool readOnly = sqliteText.contains(QLatin1String("readonly"), Qt::CaseInsensitive);
    // A file size limit, a removed USB stick or a failing disk: SQLite only knows that the write failed.
    const bool diskRefused = sqliteText.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive);
    QString hint;
    if (full)
        hint = QCoreApplication::translate("Sql", "The disk is full: free some space, then try again.");
    else if (diskRefused)
        hint = QCoreApplication::translate("Sql", "The disk refused the write: it may be full, removed or failing. "
                                                  "Nothing was changed; free some space or check the disk, then try "
                                                  "again.");
    else if (readOnly)
        hint = QCoreApplication::translate("Sql", "The database file cannot be written: check its permissions.");
    else
        hint = QCoreApplication::translate("Sql", "Nothing was changed. Try again; if it happens again, run a "
                                                  "database check and keep a copy of the file for support.");
    return Error(Error::Kind::Storage, QCoreApplication::translate("Sql", "The database refused %1.").arg(doing), hint,
                 sqliteText);
}

QString recordColumns()
{
    return QStringLiteral("id TEXT PRIMARY KEY NOT NULL, "
                          "created_at INTEGER NOT NULL, "
                          "updated_at INTEGER NOT NULL, "
                          "updated_by TEXT NOT NULL DEFAULT '', "
                          "origin_site TEXT NOT NULL DEFAULT '', "
                          "deleted_at INTEGER");
}

const QStringList &recordColumnNames()
{
    static const QStringList names = {QStringLiteral("id"),          QStringLiteral("created_at"),
                                      QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
                                      QStringLiteral("origin_site"), QStringLiteral("deleted_at")};
    return names;
}

QStringList createRecordTable(const QString &table, const QStringList &ownColumns)
{
    return {
        QStringLiteral("CREATE TABLE %1 (%2, %3)").arg(table, recordColumns(), ownColumns.join(QLatin1String(", "))),
        QStringLiteral("CREATE INDEX %1_updated_at ON %1(updated_at)").arg(table),
    };
}

Result<qint64> countUpTo(const QSqlDatabase &db, const QString &select, const QVariantList &values, int atMost,
                         const QString &doing)
{
    QSqlQuery query(db);
    const QString sql = QStringLiteral("SELECT count(*) FROM (%1 LIMIT %2)").arg(select).arg(atMost < 0 ? -1 : atMost);
    if (auto done = exec(query, sql, values, doing); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

QString liveValues(const QString &table, const QString &column)
{
    Q_ASSERT(isIdentifier(table) && isIdentifier(column));
    return QStringLiteral("SELECT value FROM (WITH RECURSIVE found(value) AS (SELECT min(%2) FROM %1 WHERE deleted_at "
                          "IS NULL UNION ALL SELECT (SELECT min(%2) FROM %1 WHERE deleted_at IS NULL AND %2 > "
                          "found.value) FROM found WHERE found.value IS NOT NULL) SELECT value FROM found "
                          "WHERE value IS NOT NULL)")
        .arg(table, column);
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

} // namespace Sql
