// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeVersions.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

ExchangeVersions::ExchangeVersions(Database &database) : m_database(database) {}

Result<QSet<qint64>> ExchangeVersions::known(const QString &table, const QString &id)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT version FROM exchange_versions WHERE table_name = ? AND record_id = ?"));
    query.addBindValue(table);
    query.addBindValue(id);
    if (auto done = Sql::exec(query, QCoreApplication::translate("ExchangeVersions", "reading a record")); !done)
        return done.error();
    QSet<qint64> versions;
    while (query.next())
        versions.insert(query.value(0).toLongLong());
    query.finish();
    return versions;
}

Result<void> ExchangeVersions::remember(const QString &table, const QString &id, const QSet<qint64> &versions)
{
    for (const qint64 version : versions) {
        QSqlQuery &query = m_database.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO exchange_versions (table_name, record_id, version) VALUES (?, ?, ?)"));
        query.addBindValue(table);
        query.addBindValue(id);
        query.addBindValue(version);
        if (auto done = Sql::exec(query, QCoreApplication::translate("ExchangeVersions", "importing an exchange file"));
            !done)
            return done;
    }
    return {};
}

Result<void> ExchangeVersions::markReceived(const QString &table, const QString &id, qint64 at, const QString &fromSite)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("INSERT INTO exchange_received (table_name, record_id, received_at, from_site) VALUES (?, ?, ?, "
                       "?) ON CONFLICT (table_name, record_id) DO UPDATE SET received_at = excluded.received_at, "
                       "from_site = excluded.from_site"));
    query.addBindValue(table);
    query.addBindValue(id);
    query.addBindValue(at);
    query.addBindValue(fromSite.isNull() ? QStringLiteral("") : fromSite);
    return Sql::exec(query, QCoreApplication::translate("ExchangeVersions", "importing an exchange file"));
}

Result<void> ExchangeVersions::rememberEach(const QString &table, const QString &records, const QVariantList &values)
{
    // The ancestry is split on its commas as parse() does; an empty part is skipped. Parts longer than 18 digits
    // (beyond a 64-bit number, which parse() would drop) must be left out by `records`.
    QSqlQuery query(m_database.connection());
    return Sql::exec(query,
                     QStringLiteral("WITH RECURSIVE part (id, rest, version) AS ("
                                    "  SELECT r.id, coalesce(r.lineage, '') || ',', r.version FROM (%1) AS r "
                                    "  UNION ALL SELECT id, substr(rest, instr(rest, ',') + 1), "
                                    "  trim(substr(rest, 1, instr(rest, ',') - 1)) FROM part WHERE rest <> '') "
                                    "INSERT OR IGNORE INTO exchange_versions (table_name, record_id, version) "
                                    "SELECT ?, id, CAST(version AS INTEGER) FROM part WHERE version <> ''")
                         .arg(records),
                     values + QVariantList{table},
                     QCoreApplication::translate("ExchangeVersions", "importing an exchange file"));
}

Result<void> ExchangeVersions::markEachReceived(const QString &table, const QString &ids, const QVariantList &values,
                                                qint64 at, const QString &fromSite)
{
    // "WHERE true": without a WHERE clause SQLite would read ON CONFLICT as the join's ON.
    QSqlQuery query(m_database.connection());
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO exchange_received (table_name, record_id, received_at, from_site) "
                                    "SELECT ?, listed.id, ?, ? FROM (%1) AS listed WHERE true ON CONFLICT (table_name, "
                                    "record_id) DO UPDATE SET received_at = excluded.received_at, "
                                    "from_site = excluded.from_site")
                         .arg(ids),
                     QVariantList{table, at, fromSite.isNull() ? QStringLiteral("") : fromSite} + values,
                     QCoreApplication::translate("ExchangeVersions", "importing an exchange file"));
}

QSet<qint64> ExchangeVersions::parse(const QString &text)
{
    QSet<qint64> versions;
    for (const QStringView part : QStringView(text).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 version = part.trimmed().toLongLong(&ok);
        if (ok)
            versions.insert(version);
    }
    return versions;
}
