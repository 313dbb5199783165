// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeNewRecords.h"

#include "ExchangeAttachment.h"
#include "ExchangeDerivedColumns.h"
#include "ExchangeSearchIndexer.h"
#include "ExchangeTables.h"
#include "ExchangeVersions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

QString doing()
{
    return ExchangeNewRecords::tr("importing an exchange file");
}

const QString listed = QStringLiteral("SELECT id FROM temp.exchange_new");

QString prefixed(const QStringList &columns)
{
    QStringList read;
    for (const QString &column : columns)
        read << QLatin1String("i.") + column;
    return read.join(QLatin1String(", "));
}

} // namespace

ExchangeNewRecords::ExchangeNewRecords(Database &database, const ExchangeTable &table, const QStringList &columns,
                                       const QStringList &tablesInFile, bool hasLineage, bool apply)
    : m_database(database), m_table(table.name), m_columns(columns), m_apply(apply)
{
    const QString file = QLatin1String(ExchangeAttachment::schema);
    m_source = QStringLiteral("%1.%2 i").arg(file, m_table);
    m_lineage = hasLineage ? QStringLiteral("i.exchange_lineage") : QStringLiteral("NULL");
    const QString dossier = ExchangeDerivedColumns::dossierColumn(m_table);
    m_dossier = columns.contains(dossier) ? QLatin1String("i.") + dossier : QStringLiteral("NULL");

    // What ExchangeImporter would find for the record: not here, so "create"; and nothing else to weigh.
    QStringList conditions = {
        QStringLiteral("typeof(i.id) = 'text' AND i.id <> '' AND typeof(i.updated_at) = 'integer'"),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM main.%1 here WHERE here.id = i.id)").arg(m_table),
        QStringLiteral("NOT EXISTS (SELECT 1 FROM main.exchange_conflicts c WHERE c.table_name = ? AND "
                       "c.record_id = i.id AND c.status = 'pending')"),
    };
    m_eligibleValues << m_table;
    // An ancestry of numbers ExchangeVersions::parse() reads the same way (at most 18 digits each).
    if (hasLineage)
        conditions << QStringLiteral("(i.exchange_lineage IS NULL OR (typeof(i.exchange_lineage) = 'text' AND "
                                     "i.exchange_lineage NOT GLOB '*[^0-9,]*' AND i.exchange_lineage NOT GLOB '*%1*'))")
                          .arg(QStringLiteral("[0-9]").repeated(19));
    for (const ExchangeReference &reference : table.references) {
        if (!columns.contains(reference.column))
            continue;
        QString found = QStringLiteral("EXISTS (SELECT 1 FROM main.%1 p WHERE p.id = i.%2)")
                            .arg(reference.parentTable, reference.column);
        // A preview writes nothing: the parents the file brings are not here yet.
        if (!apply && tablesInFile.contains(reference.parentTable))
            found += QStringLiteral(" OR EXISTS (SELECT 1 FROM %1.%2 f WHERE f.id = i.%3)")
                         .arg(file, reference.parentTable, reference.column);
        conditions << QStringLiteral("(i.%1 IS NULL OR %2)").arg(reference.column, found);
    }
    // A dossier keeps its number only where no other dossier has it (else the importer gives it one of ours).
    if (m_table == QLatin1String("beneficiaries")) {
        if (!columns.contains(QLatin1String("dossier_number")))
            conditions << QStringLiteral("0");
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM main.exchange_renumbered r WHERE r.beneficiary_id = "
                                     "i.id)")
                   << QStringLiteral("NOT EXISTS (SELECT 1 FROM main.beneficiaries b WHERE b.dossier_number = "
                                     "i.dossier_number)");
    }
    m_eligible = conditions.join(QLatin1String(" AND "));

    m_auditedFields = columns;
    m_auditedFields.removeIf([](const QString &column) { return Sql::recordColumnNames().contains(column); });
}

Result<ExchangeNewRecords::Slice> ExchangeNewRecords::take(qint64 after, qint64 upTo, const QString &peer, qint64 now)
{
    if (auto cleared = forget(); !cleared)
        return cleared.error();
    QSqlQuery list(m_database.connection());
    if (auto listedNow =
            Sql::exec(list,
                      QStringLiteral("INSERT OR IGNORE INTO temp.exchange_new (id, version, lineage, deleted, dossier) "
                                     "SELECT i.id, i.updated_at, %1, i.deleted_at IS NOT NULL, %2 FROM %3 "
                                     "WHERE i.rowid > ? AND i.rowid <= ? AND %4")
                          .arg(m_lineage, m_dossier, m_source, m_eligible),
                      QVariantList{after, upTo} + m_eligibleValues, doing());
        !listedNow)
        return listedNow.error();

    if (m_apply) {
        if (auto copied = copy(after, upTo); !copied) {
            // Two records of the file with one id or one dossier number: the record-by-record way names them.
            if (!copied.error().detail().contains(QLatin1String("constraint failed")))
                return copied.error();
            if (auto cleared = forget(); !cleared)
                return cleared.error();
            return Slice{};
        }
        ExchangeVersions versions(m_database);
        if (auto remembered = versions.rememberEach(
                m_table, QStringLiteral("SELECT id, version, lineage FROM temp.exchange_new"), {});
            !remembered)
            return remembered.error();
        if (auto received = versions.markEachReceived(m_table, listed, {}, now, peer); !received)
            return received.error();
        if (auto audited =
                AuditLog(m_database).recordEach(m_table, listed, {}, QStringLiteral("import"), m_auditedFields);
            !audited)
            return audited.error();
    }

    Slice slice;
    QSqlQuery count(m_database.connection());
    if (auto counted = Sql::exec(
            count, QStringLiteral("SELECT count(*), count(nullif(deleted, 0)) FROM temp.exchange_new"), {}, doing());
        !counted)
        return counted.error();
    if (count.next()) {
        slice.deleted = count.value(1).toLongLong();
        slice.created = count.value(0).toLongLong() - slice.deleted;
    }
    if (!m_apply)
        return slice;
    if (!ExchangeDerivedColumns::of(m_table).isEmpty() || ExchangeSearchIndexer::indexes(m_table)) {
        QSqlQuery ids(m_database.connection());
        if (auto read = Sql::exec(ids, listed, {}, doing()); !read)
            return read.error();
        while (ids.next())
            slice.records << ids.value(0).toString();
    }
    if (m_dossier != QLatin1String("NULL")) {
        QSqlQuery dossiers(m_database.connection());
        if (auto read = Sql::exec(
                dossiers, QStringLiteral("SELECT DISTINCT dossier FROM temp.exchange_new WHERE dossier IS NOT NULL"),
                {}, doing());
            !read)
            return read.error();
        while (dossiers.next())
            slice.dossiers << dossiers.value(0).toString();
    }
    return slice;
}

QString ExchangeNewRecords::restOfSlice() const
{
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE i.rowid > ? AND i.rowid <= ? AND NOT EXISTS (SELECT 1 FROM "
                          "temp.exchange_new n WHERE n.id = i.id) ORDER BY i.rowid")
        .arg(prefixed(m_columns), m_lineage, m_source);
}

Result<void> ExchangeNewRecords::copy(qint64 after, qint64 upTo)
{
    QSqlQuery insert(m_database.connection());
    return Sql::exec(insert,
                     QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM %4 WHERE i.rowid > ? AND i.rowid <= ? "
                                    "AND i.id IN (%5)")
                         .arg(m_table, m_columns.join(QLatin1String(", ")), prefixed(m_columns), m_source, listed),
                     {after, upTo}, doing());
}

Result<void> ExchangeNewRecords::forget()
{
    QSqlQuery create(m_database.connection());
    if (auto made = Sql::exec(create,
                              QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS exchange_new (id TEXT PRIMARY KEY, "
                                             "version INTEGER, lineage TEXT, deleted INTEGER, dossier TEXT) "
                                             "WITHOUT ROWID"),
                              {}, doing());
        !made)
        return made;
    QSqlQuery clear(m_database.connection());
    return Sql::exec(clear, QStringLiteral("DELETE FROM temp.exchange_new"), {}, doing());
}
