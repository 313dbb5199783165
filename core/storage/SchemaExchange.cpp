// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaExchange.h"

#include "SqlHelpers.h"

namespace SchemaExchange {

Result<void> migrate(QSqlDatabase &db)
{
    const QStringList statements = {
        // One row per other site: the high-water mark of what was sent to it ("changed since the last exchange"
        // means changed here, or received from elsewhere, after last_export_at), in this site's clock.
        QStringLiteral("CREATE TABLE exchange_peers (site_code TEXT PRIMARY KEY NOT NULL, "
                       "site_name TEXT NOT NULL DEFAULT '', last_export_at INTEGER, last_import_at INTEGER)"),
        // When a record last arrived here: an export "since the last exchange" forwards what arrived from other
        // sites since, even when its own updated_at is older than the mark.
        QStringLiteral("CREATE TABLE exchange_received (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "received_at INTEGER NOT NULL, PRIMARY KEY (table_name, record_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX exchange_received_at ON exchange_received(received_at)"),
        // The versions (updated_at) of each record that left or entered this site: its known ancestry. An incoming
        // version that descends from the version here is an update; one already known here is old news; any other
        // means both sides changed the record, a conflict.
        QStringLiteral("CREATE TABLE exchange_versions (table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "version INTEGER NOT NULL, PRIMARY KEY (table_name, record_id, version)) WITHOUT ROWID"),
        // Both versions are kept whole (JSON) until a person decides; the local row stays as it was meanwhile.
        QStringLiteral("CREATE TABLE exchange_conflicts (id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, "
                       "record_id TEXT NOT NULL, peer_site TEXT NOT NULL, detected_at INTEGER NOT NULL, "
                       "mine TEXT NOT NULL, theirs TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', "
                       "resolved_at INTEGER, resolved_by TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE UNIQUE INDEX exchange_conflicts_pending ON exchange_conflicts(table_name, record_id) "
                       "WHERE status = 'pending'"),
        // A dossier whose number was already used here by another dossier gets a local number; the mapping keeps
        // it when later versions of the same dossier arrive with their own number.
        QStringLiteral("CREATE TABLE exchange_renumbered (beneficiary_id TEXT PRIMARY KEY NOT NULL, "
                       "peer_site TEXT NOT NULL, their_number TEXT NOT NULL, local_number TEXT NOT NULL, "
                       "at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE exchange_history (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
                       "peer_site TEXT NOT NULL, peer_name TEXT NOT NULL DEFAULT '', direction TEXT NOT NULL, "
                       "kind TEXT NOT NULL, file_name TEXT NOT NULL DEFAULT '', user_name TEXT NOT NULL, "
                       "created INTEGER NOT NULL DEFAULT 0, updated INTEGER NOT NULL DEFAULT 0, "
                       "deleted INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0, "
                       "total INTEGER NOT NULL DEFAULT 0, counts TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX exchange_history_at ON exchange_history(at)"),
    };
    return Sql::execAll(db, statements);
}

Result<void> addReceivedSource(QSqlDatabase &db)
{
    // Records received before this version have no known source: they may travel back once, as they did before,
    // and the other site finds them already known.
    return Sql::execAll(
        db, {QStringLiteral("ALTER TABLE exchange_received ADD COLUMN from_site TEXT NOT NULL DEFAULT ''")});
}

} // namespace SchemaExchange
