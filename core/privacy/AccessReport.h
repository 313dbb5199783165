// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierRecords.h"

#include "common/Result.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class Database;

/** One record held about the person, every column as stored, in the table's column order. */
struct HeldRecord
{
    RecordRef ref;
    QStringList columns;
    QVariantMap values;
};

/** What AccessReport::write wrote. */
struct AccessExportFiles
{
    QString pdfPath;
    QString jsonPath;
    int records = 0;
    int accesses = 0;
};

/**
 * The answer to a right-of-access request (RGPD article 15): everything the database holds about one young person —
 * the dossier and every record of every module that hangs on it, private notes included, deleted records as their
 * tombstones keep them, exchange conflicts still holding old values — and the list of accesses to those records from
 * the audit trail. Written as a readable PDF and a complete JSON file (every column, as stored). Reserved to the
 * AnswerAccessRequest permission, because it shows other advisers' private notes; the answer itself is audited.
 */
class AccessReport
{
    Q_DECLARE_TR_FUNCTIONS(AccessReport)

public:
    explicit AccessReport(Database &database);

    /// Gathers everything about the dossier; a NotFound error for an unknown id.
    Result<void> build(const QString &dossierId);

    const QList<HeldRecord> &records() const { return m_records; }
    const QList<AuditEntry> &accesses() const { return m_accesses; }
    /// Exchange conflicts about these records: both versions, as stored.
    const QList<QVariantMap> &conflicts() const { return m_conflicts; }

    QJsonObject toJson() const;
    QString html() const;

    /// Builds, then writes "droit-d-acces-NUMBER.pdf" and ".json" into folder (created if need be), both or
    /// neither; records an "access" entry in the audit trail.
    Result<AccessExportFiles> write(const QString &dossierId, const QString &folder);

private:
    Result<void> readRecord(const RecordRef &ref);
    Result<void> readAccesses();
    Result<void> readConflicts();
    /// A readable value: vocabulary labels and local dates, the title of a record a column points to.
    QString readable(const HeldRecord &record, const QString &column) const;

    Database &m_database;
    QList<HeldRecord> m_records;
    QList<AuditEntry> m_accesses;
    QList<QVariantMap> m_conflicts;
    QMap<QString, QString> m_referenceTitles; ///< "table/id" → title, for the records columns point to.
    QMap<QString, QString> m_referenceTables; ///< "table.column" → the table it points to.
    QDateTime m_builtAt;
};
