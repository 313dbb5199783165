// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeAttachment.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

ExchangeAttachment::ExchangeAttachment(Database &database, const QString &path) : m_database(database)
{
    QSqlQuery attach(m_database.connection());
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(QLatin1String(schema)));
    attach.addBindValue(path);
    m_attached = attach.exec();
}

ExchangeAttachment::~ExchangeAttachment()
{
    if (m_attached)
        QSqlQuery(QStringLiteral("DETACH DATABASE %1").arg(QLatin1String(schema)), m_database.connection()).finish();
}

std::optional<ExchangeAttachment::Rowids> ExchangeAttachment::rowids(const QString &table) const
{
    // A view or a table WITHOUT ROWID (possible in a file not written by Sillage) has no rowid to slice by.
    if (!m_attached || !Sql::isIdentifier(table))
        return std::nullopt;
    QSqlQuery kind(m_database.connection());
    kind.prepare(QStringLiteral("SELECT sql FROM %1.sqlite_master WHERE type = 'table' AND name = ?")
                     .arg(QLatin1String(schema)));
    kind.addBindValue(table);
    if (!kind.exec() || !kind.next() ||
        kind.value(0).toString().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
        return std::nullopt;
    // A column of its own named rowid would hide the true one: slices by it could leave records out.
    QSqlQuery columns(QStringLiteral("PRAGMA %1.table_info(%2)").arg(QLatin1String(schema), table),
                      m_database.connection());
    while (columns.next()) {
        const QString name = columns.value(1).toString().toLower();
        if (name == QLatin1String("rowid") || name == QLatin1String("_rowid_") || name == QLatin1String("oid"))
            return std::nullopt;
    }
    QSqlQuery range(m_database.connection());
    if (!range.exec(QStringLiteral("SELECT coalesce(min(rowid), 0), coalesce(max(rowid), 0), count(*) FROM %1.%2")
                        .arg(QLatin1String(schema), table)) ||
        !range.next())
        return std::nullopt;
    return Rowids{range.value(0).toLongLong(), range.value(1).toLongLong(), range.value(2).toLongLong()};
}

bool ExchangeAttachment::indexIds(const QStringList &tables)
{
    for (const QString &table : tables) {
        if (!rowids(table))
            continue;
        QSqlQuery index(m_database.connection());
        if (!index.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1.exchange_ids_%2 ON %2 (id)")
                            .arg(QLatin1String(schema), table)))
            return false;
    }
    return true;
}
