// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularExport.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;

/** One line of the audit trail: who did what to which record, and which fields changed. */
struct AuditEntry
{
    QDateTime at;
    QString user;
    QString site;
    QString table;
    QString recordId;
    QString action; ///< Stable code: create, update, delete, view, export, import, anonymise…
    QStringList fields;
};

/**
 * The audit trail of the database: every repository write adds a row in the same transaction, so the trail can
 * never disagree with the data. Rows name fields, never their values, so the trail holds no personal data itself.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &database);

    Result<void> record(const QString &table, const QString &recordId, const QString &action,
                        const QStringList &fields = {});
    /// The same entry for each record whose id `ids` returns (a SELECT of one column named id, with its values):
    /// records written as a set, such as those an exchange file creates, are traced in one statement.
    Result<void> recordEach(const QString &table, const QString &ids, const QVariantList &idValues,
                            const QString &action, const QStringList &fields = {});
    Result<QList<AuditEntry>> entriesFor(const QString &table, const QString &recordId) const;
    Result<qint64> count() const;
    /**
     * Writes an exported table to path, then traces the export in its own transaction: the table exported, the file's
     * name and how many rows it holds (a read-only database cannot trace, and does not stop the export). Returns the
     * number of rows.
     */
    Result<int> writeExport(const QString &table, const QString &path, TabularExport::Format format,
                            const TabularSheet &sheet);
    /// Deletes the entries written before cutoff; how many went. Must run inside Database::write().
    Result<qint64> removeBefore(const QDateTime &cutoff);

private:
    Database &m_database;
};
