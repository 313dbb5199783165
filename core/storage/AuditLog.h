// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    Result<QList<AuditEntry>> entriesFor(const QString &table, const QString &recordId) const;
    Result<qint64> count() const;
    /// Deletes the entries written before cutoff; how many went. Must run inside Database::write().
    Result<qint64> removeBefore(const QDateTime &cutoff);

private:
    Database &m_database;
};
