// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

#include "SchemaCareers.h"
#include "SchemaDropouts.h"
#include "SchemaExchange.h"
#include "SchemaFigures.h"
#include "SchemaScale.h"
#include "SchemaPrivacy.h"
#include "SchemaJeunes.h"
#include "SchemaPlacements.h"
#include "SqlHelpers.h"

#include <QSqlDatabase>

namespace {

// Version 1: what every module stands on (settings, audit, search) and the first record table, the dossiers.
Result<void> createFoundation(QSqlDatabase &db)
{
    QStringList statements = {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       "id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_name TEXT NOT NULL, "
                       "site TEXT NOT NULL, table_name TEXT NOT NULL, record_id TEXT NOT NULL, "
                       "action TEXT NOT NULL, fields TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log(table_name, record_id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
        // The search index stores its own copy of the text so that it can show results without a join; the key
        // table gives each (module, record) a stable rowid, so re-indexing one record never scans the index.
        QStringLiteral("CREATE TABLE search_keys (rowid INTEGER PRIMARY KEY, module TEXT NOT NULL, "
                       "record_id TEXT NOT NULL, UNIQUE (module, record_id))"),
        QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5("
                       "title, subtitle, body, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
    };
    statements += Sql::createRecordTable(QStringLiteral("beneficiaries"),
                                         {
                                             QStringLiteral("dossier_number TEXT NOT NULL UNIQUE"),
                                             QStringLiteral("last_name TEXT NOT NULL"),
                                             QStringLiteral("first_name TEXT NOT NULL"),
                                             QStringLiteral("usage_name TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("birth_date TEXT"),
                                             QStringLiteral("sex TEXT NOT NULL DEFAULT 'unknown'"),
                                             QStringLiteral("ine TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("phone TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("email TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("address TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("postcode TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("commune TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("referent TEXT NOT NULL DEFAULT ''"),
                                             QStringLiteral("status TEXT NOT NULL DEFAULT 'active'"),
                                         });
    statements += {
        QStringLiteral("CREATE INDEX beneficiaries_name ON beneficiaries(last_name COLLATE NOCASE, first_name "
                       "COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX beneficiaries_referent ON beneficiaries(referent)"),
    };
    return Sql::execAll(db, statements);
}

} // namespace

namespace Schema {

MigrationList migrations()
{
    return {
        {1, QStringLiteral("settings, audit log, search index, dossiers"), createFoundation},
        {2, QStringLiteral("follow-up of young people: programmes, situations, journal, actions, appointments"),
         SchemaJeunes::migrate},
        {3, QStringLiteral("immersions: host companies, tutors, conventions, status history, assessments"),
         SchemaPlacements::migrate},
        {4, QStringLiteral("host companies: ROME domains they welcome and their activity"),
         SchemaPlacements::addCompanyDomains},
        {5, QStringLiteral("dropouts: campaigns, cases, status history, contact attempts, rows to review"),
         SchemaDropouts::migrate},
        {6, QStringLiteral("career sheets: ROME referential, local sheets and additions, séances"),
         SchemaCareers::migrate},
        {7, QStringLiteral("exchange files: sites, exchanged versions, conflicts, renumbered dossiers, history"),
         SchemaExchange::migrate},
        {8, QStringLiteral("exchange files: the site each received record came from"),
         SchemaExchange::addReceivedSource},
        {9, QStringLiteral("data protection: user accounts, anonymised dossiers and dropout cases"),
         SchemaPrivacy::migrate},
        {10, QStringLiteral("large bases: indexes in the order of the lists, open actions by due date"),
         SchemaScale::migrate},
        {11, QStringLiteral("dashboard: journal entries counted per day, open dossiers and running programmes indexed"),
         SchemaFigures::migrate},
    };
}

int latestVersion()
{
    return migrations().constLast().version;
}

} // namespace Schema
