// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaScale.h"

#include "SqlHelpers.h"

namespace SchemaScale {

Result<void> migrate(QSqlDatabase &db)
{
    // The expressions are those of BeneficiaryQuery::orderClause(), term for term: SQLite uses an index on an
    // expression only for the very same expression.
    return Sql::execAll(
        db,
        {
            // The list shows one status at a time (the active dossiers unless the adviser chooses): the status
            // leads, then the order of the list; they replace (status, sort_key) and (referent, sort_key).
            QStringLiteral("DROP INDEX beneficiaries_status_sort"),
            QStringLiteral("DROP INDEX beneficiaries_referent_sort"),
            QStringLiteral("CREATE INDEX beneficiaries_list_name ON beneficiaries(status, sort_key, id) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_list_age ON beneficiaries(status, birth_date IS NULL, "
                           "birth_date DESC, sort_key) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_list_referent ON beneficiaries(status, referent, sort_key) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_list_contact ON beneficiaries(status, "
                           "last_contact_on IS NULL, last_contact_on, sort_key) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_list_appointment ON beneficiaries(status, "
                           "next_appointment_at IS NULL, next_appointment_at, sort_key) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_list_referent_contact ON beneficiaries(status, referent, "
                           "last_contact_on IS NULL, last_contact_on, sort_key) WHERE deleted_at IS NULL"),
            // The choices of the filters: every référent and commune of the dossiers still there.
            QStringLiteral("CREATE INDEX beneficiaries_choice_referent ON beneficiaries(referent) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_choice_commune ON beneficiaries(commune) "
                           "WHERE deleted_at IS NULL"),
            // Replaces (status, due_on): with it the planner took the status first and sorted every late
            // action of the site to show the first 500.
            QStringLiteral("DROP INDEX actions_due"),
            QStringLiteral("CREATE INDEX actions_open_due ON actions(due_on) WHERE deleted_at IS NULL AND "
                           "status IN ('planned', 'ongoing', 'waiting')"),
            // The home page's day and week: today's appointments of everyone, CEJ ending within a month,
            // immersions starting or ending this week.
            QStringLiteral("CREATE INDEX appointments_day ON appointments(starts_at) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX programmes_planned_end ON programmes(kind, planned_end_on)"),
            QStringLiteral("CREATE INDEX placements_status_end ON placements(status, end_on)"),
            // The dashboard's year: dossiers by creation time, journal entries by date.
            QStringLiteral("CREATE INDEX beneficiaries_created ON beneficiaries(created_at) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX events_day ON events(occurred_at, type, beneficiary_id) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX beneficiaries_deleted ON beneficiaries(deleted_at) "
                           "WHERE deleted_at IS NOT NULL"),
            // The dashboard's filters: the sites and advisers found in the records.
            QStringLiteral("CREATE INDEX beneficiaries_site ON beneficiaries(origin_site) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX placements_site ON placements(origin_site) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX dropout_cases_site ON dropout_cases(origin_site) WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX placements_choice_prescriber ON placements(prescriber) "
                           "WHERE deleted_at IS NULL"),
            QStringLiteral("CREATE INDEX dropout_cases_choice_adviser ON dropout_cases(adviser) "
                           "WHERE deleted_at IS NULL"),
            // The search index gets the module of each entry as a column of its own, so that a search reads
            // each module's matches apart: a two-letter prefix matches tens of thousands of dossiers, which
            // must not crowd out the career sheets nor all be ranked.
            QStringLiteral("CREATE VIRTUAL TABLE search_index_by_module USING fts5(title, subtitle, body, "
                           "module, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"),
            QStringLiteral("INSERT INTO search_index_by_module (rowid, title, subtitle, body, module) "
                           "SELECT s.rowid, s.title, s.subtitle, s.body, k.module FROM search_index s "
                           "JOIN search_keys k ON k.rowid = s.rowid"),
            QStringLiteral("DROP TABLE search_index"),
            QStringLiteral("ALTER TABLE search_index_by_module RENAME TO search_index"),
        });
}

} // namespace SchemaScale
