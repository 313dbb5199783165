// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

AuditLog::AuditLog(Database &database) : m_database(database) {}

Result<void> AuditLog::record(const QString &table, const QString &recordId, const QString &action,
                              const QStringList &fields)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("INSERT INTO audit_log (at, user_name, site, table_name, record_id, action, fields) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(m_database.currentUser());
    query.addBindValue(m_database.siteCode());
    query.addBindValue(table);
    query.addBindValue(recordId);
    query.addBindValue(action);
    // Qt binds a null QString as NULL, which the NOT NULL column refuses: no fields (a deletion) is "".
    const QString joined = fields.join(QLatin1Char(','));
    query.addBindValue(joined.isNull() ? QStringLiteral("") : joined);
    return Sql::exec(query, QCoreApplication::translate("AuditLog", "writing the audit trail"));
}

Result<void> AuditLog::recordEach(const QString &table, const QString &ids, const QVariantList &idValues,
                                  const QString &action, const QStringList &fields)
{
    QSqlQuery query(m_database.connection());
    const QString joined = fields.join(QLatin1Char(','));
    return Sql::exec(
        query,
        QStringLiteral("INSERT INTO audit_log (at, user_name, site, table_name, record_id, action, fields) "
                       "SELECT ?, ?, ?, ?, listed.id, ?, ? FROM (%1) AS listed")
            .arg(ids),
        QVariantList{QDateTime::currentMSecsSinceEpoch(), m_database.currentUser(), m_database.siteCode(), table,
                     action, joined.isNull() ? QStringLiteral("") : joined} +
            idValues,
        QCoreApplication::translate("AuditLog", "writing the audit trail"));
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &table, const QString &recordId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT at, user_name, site, action, fields FROM audit_log "
                                 "WHERE table_name = ? AND record_id = ? ORDER BY id"));
    query.addBindValue(table);
    query.addBindValue(recordId);
    if (auto done = Sql::exec(query, QCoreApplication::translate("AuditLog", "reading the audit trail")); !done)
        return done.error();
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
        entry.user = query.value(1).toString();
        entry.site = query.value(2).toString();
        entry.table = table;
        entry.recordId = recordId;
        entry.action = query.value(3).toString();
        entry.fields = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        entries << entry;
    }
    return entries;
}

Result<qint64> AuditLog::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (auto done = Sql::exec(query, QCoreApplication::translate("AuditLog", "reading the audit trail")); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

Result<qint64> AuditLog::removeBefore(const QDateTime &cutoff)
{
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, QStringLiteral("DELETE FROM audit_log WHERE at < ?"), {cutoff.toMSecsSinceEpoch()},
                              QCoreApplication::translate("AuditLog", "removing old entries of the audit trail"));
        !done)
        return done.error();
    return qint64(query.numRowsAffected());
}

Result<int> AuditLog::writeExport(const QString &table, const QString &path, TabularExport::Format format,
                                  const TabularSheet &sheet)
{
    if (auto written = TabularExport::write(path, format, sheet); !written)
        return written.error();
    const int count = int(sheet.rows.size());
    if (auto traced = m_database.write([&] {
            return record(table, QFileInfo(path).fileName(), QStringLiteral("export"), {QString::number(count)});
        });
        !traced && !m_database.isReadOnly())
        return traced.error();
    return count;
}
