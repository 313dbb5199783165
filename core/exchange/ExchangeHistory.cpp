// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeHistory.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

ExchangeHistory::ExchangeHistory(Database &database) : m_database(database) {}

Result<QList<ExchangeHistoryEntry>> ExchangeHistory::entries(int limit) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, at, peer_site, peer_name, direction, kind, file_name, user_name, "
                                 "created, updated, deleted, conflicts, total, counts FROM exchange_history "
                                 "ORDER BY at DESC, id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (auto done = Sql::exec(query, tr("reading the history of exchanges")); !done)
        return done.error();
    QList<ExchangeHistoryEntry> entries;
    while (query.next()) {
        ExchangeHistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.at = fromMs(query.value(1));
        entry.peerSite = query.value(2).toString();
        entry.peerName = query.value(3).toString();
        entry.direction = query.value(4).toString();
        entry.kind = query.value(5).toString();
        entry.fileName = query.value(6).toString();
        entry.user = query.value(7).toString();
        entry.created = query.value(8).toLongLong();
        entry.updated = query.value(9).toLongLong();
        entry.deleted = query.value(10).toLongLong();
        entry.conflicts = query.value(11).toLongLong();
        entry.total = query.value(12).toLongLong();
        entry.counts = QJsonDocument::fromJson(query.value(13).toString().toUtf8()).object();
        entries << entry;
    }
    return entries;
}

Result<QList<ExchangePeer>> ExchangeHistory::peers() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT site_code, site_name, last_export_at, last_import_at FROM exchange_peers "
                                 "ORDER BY site_code"));
    if (auto done = Sql::exec(query, tr("reading the history of exchanges")); !done)
        return done.error();
    QList<ExchangePeer> peers;
    while (query.next())
        peers << ExchangePeer{query.value(0).toString(), query.value(1).toString(), fromMs(query.value(2)),
                              fromMs(query.value(3))};
    return peers;
}
