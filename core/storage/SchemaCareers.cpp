// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCareers.h"

#include "SqlHelpers.h"

namespace SchemaCareers {

namespace {

// The referential is France Travail's, not ours: plain tables keyed by ROME code, emptied and refilled by each
// import in one transaction. Nothing local points into them with a foreign key, so that a code withdrawn from the
// ROME never takes a dossier's career target, an immersion or a local sheet with it.
QStringList referentialTables()
{
    return {
        QStringLiteral("CREATE TABLE rome_versions (id INTEGER PRIMARY KEY, version TEXT NOT NULL, "
                       "imported_at INTEGER NOT NULL, imported_by TEXT NOT NULL DEFAULT '', "
                       "sheet_count INTEGER NOT NULL DEFAULT 0, demo INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE rome_grand_domains (code TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE rome_domains (code TEXT PRIMARY KEY NOT NULL, grand_domain TEXT NOT NULL, "
                       "label TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE rome_sheets (code TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, "
                       "grand_domain TEXT NOT NULL, domain TEXT NOT NULL, "
                       "definition TEXT NOT NULL DEFAULT '', access TEXT NOT NULL DEFAULT '', "
                       "sort_key TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX rome_sheets_domain ON rome_sheets(domain, sort_key)"),
        QStringLiteral("CREATE INDEX rome_sheets_grand_domain ON rome_sheets(grand_domain)"),
        QStringLiteral("CREATE TABLE rome_appellations (code TEXT NOT NULL, position INTEGER NOT NULL, "
                       "ogr TEXT NOT NULL DEFAULT '', label TEXT NOT NULL, short_label TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX rome_appellations_code ON rome_appellations(code, position)"),
        // rubrique: 1 savoir-faire, 2 savoir-être professionnel, 3 savoirs (the ROME's code_rubrique).
        QStringLiteral("CREATE TABLE rome_skills (code TEXT NOT NULL, rubrique INTEGER NOT NULL, "
                       "position INTEGER NOT NULL, ogr TEXT NOT NULL DEFAULT '', label TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX rome_skills_code ON rome_skills(code, rubrique, position)"),
        QStringLiteral("CREATE TABLE rome_work_contexts (code TEXT NOT NULL, position INTEGER NOT NULL, "
                       "category TEXT NOT NULL DEFAULT '', label TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX rome_work_contexts_code ON rome_work_contexts(code, position)"),
        QStringLiteral("CREATE TABLE rome_mobilities (code TEXT NOT NULL, target TEXT NOT NULL, "
                       "position INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX rome_mobilities_code ON rome_mobilities(code, position)"),
        QStringLiteral("CREATE INDEX rome_mobilities_target ON rome_mobilities(target)"),
        // Codes a newer version dropped: their label stays known, so a dossier aiming at one still reads well and
        // the window can say "withdrawn from the ROME".
        QStringLiteral("CREATE TABLE rome_withdrawn (code TEXT PRIMARY KEY NOT NULL, label TEXT NOT NULL, "
                       "last_version TEXT NOT NULL, withdrawn_in TEXT NOT NULL)"),
        // Search as you type within the module: its own index, weighted by column so that a label match ranks
        // first; the global index (search_index) gets one entry per sheet as well, for Ctrl+K.
        QStringLiteral("CREATE VIRTUAL TABLE career_search USING fts5("
                       "sheet_key UNINDEXED, label, appellations, skills, texts, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
    };
}

QStringList localTables()
{
    QStringList statements = Sql::createRecordTable(
        QStringLiteral("local_sheets"),
        {// The ROME sheet it was copied from, if any; kept as a plain code so a withdrawn code keeps the link.
         QStringLiteral("rome_code TEXT NOT NULL DEFAULT ''"), QStringLiteral("label TEXT NOT NULL"),
         QStringLiteral("grand_domain TEXT NOT NULL DEFAULT ''"), QStringLiteral("domain TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("definition TEXT NOT NULL DEFAULT ''"), QStringLiteral("access TEXT NOT NULL DEFAULT ''"),
         // Lists are one item per line: a local sheet is edited as a whole and exchanged as one record.
         QStringLiteral("appellations TEXT NOT NULL DEFAULT ''"), QStringLiteral("know_how TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("soft_skills TEXT NOT NULL DEFAULT ''"), QStringLiteral("knowledge TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("work_contexts TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("sort_key TEXT NOT NULL DEFAULT ''")});
    statements += {
        QStringLiteral("CREATE INDEX local_sheets_domain ON local_sheets(domain, sort_key)"),
        QStringLiteral("CREATE INDEX local_sheets_rome ON local_sheets(rome_code)"),
    };
    statements += Sql::createRecordTable(
        QStringLiteral("career_additions"),
        {// A ROME code or the id of a local sheet.
         QStringLiteral("sheet_key TEXT NOT NULL"), QStringLiteral("notes TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("training_offers TEXT NOT NULL DEFAULT ''"), QStringLiteral("links TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("image_path TEXT NOT NULL DEFAULT ''"), QStringLiteral("image BLOB")});
    statements << QStringLiteral(
        "CREATE UNIQUE INDEX career_additions_sheet ON career_additions(sheet_key) WHERE deleted_at IS NULL");
    statements += Sql::createRecordTable(QStringLiteral("seances"),
                                         {QStringLiteral("name TEXT NOT NULL"),
                                          // Sheet keys (ROME codes or local sheet ids), one per line, in order.
                                          QStringLiteral("sheet_keys TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX seances_name ON seances(name COLLATE NOCASE)");
    // Links from dossiers and immersions are looked up by code from a sheet.
    statements << QStringLiteral("CREATE INDEX career_targets_rome ON career_targets(rome_code)");
    statements << QStringLiteral("CREATE INDEX placements_rome ON placements(rome_code)");
    return statements;
}

} // namespace

Result<void> migrate(QSqlDatabase &db)
{
    return Sql::execAll(db, referentialTables() + localTables());
}

} // namespace SchemaCareers
