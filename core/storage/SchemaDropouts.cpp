// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaDropouts.h"

#include "SqlHelpers.h"

namespace SchemaDropouts {

Result<void> migrate(QSqlDatabase &db)
{
    QStringList statements;
    statements += Sql::createRecordTable(QStringLiteral("dropout_campaigns"),
                                         {QStringLiteral("name TEXT NOT NULL"), QStringLiteral("received_on TEXT"),
                                          QStringLiteral("note TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE UNIQUE INDEX dropout_campaigns_name ON dropout_campaigns(name) "
                                 "WHERE deleted_at IS NULL");
    statements += Sql::createRecordTable(
        QStringLiteral("dropout_cases"),
        {QStringLiteral("campaign_id TEXT REFERENCES dropout_campaigns(id)"),
         // 'list' for a row of a campaign's list, 'report' for a case reported by hand (signalement).
         QStringLiteral("source TEXT NOT NULL DEFAULT 'list'"), QStringLiteral("ine TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("last_name TEXT NOT NULL"), QStringLiteral("first_name TEXT NOT NULL"),
         QStringLiteral("birth_date TEXT"), QStringLiteral("sex TEXT NOT NULL DEFAULT 'unknown'"),
         QStringLiteral("address TEXT NOT NULL DEFAULT ''"), QStringLiteral("postcode TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("commune TEXT NOT NULL DEFAULT ''"), QStringLiteral("phone TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("email TEXT NOT NULL DEFAULT ''"), QStringLiteral("guardian_name TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("guardian_phone TEXT NOT NULL DEFAULT ''"), QStringLiteral("school TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("uai TEXT NOT NULL DEFAULT ''"), QStringLiteral("training TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("left_on TEXT"), QStringLiteral("status TEXT NOT NULL DEFAULT 'to_contact'"),
         QStringLiteral("solution_kind TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("closure_kind TEXT NOT NULL DEFAULT ''"), QStringLiteral("adviser TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("beneficiary_id TEXT REFERENCES beneficiaries(id)"),
         // The day the case arrived (import or report) and the day it found its solution: the campaign's figures.
         QStringLiteral("received_on TEXT NOT NULL"), QStringLiteral("solution_on TEXT"),
         QStringLiteral("last_attempt_on TEXT"), QStringLiteral("note TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("sort_key TEXT NOT NULL DEFAULT ''"), QStringLiteral("identity_key TEXT NOT NULL DEFAULT ''")});
    statements += {
        QStringLiteral("CREATE INDEX dropout_cases_campaign ON dropout_cases(campaign_id, status)"),
        QStringLiteral("CREATE INDEX dropout_cases_status_sort ON dropout_cases(status, sort_key)"),
        QStringLiteral("CREATE INDEX dropout_cases_sort ON dropout_cases(sort_key)"),
        QStringLiteral("CREATE INDEX dropout_cases_adviser ON dropout_cases(adviser, sort_key)"),
        QStringLiteral("CREATE INDEX dropout_cases_school ON dropout_cases(school)"),
        QStringLiteral("CREATE INDEX dropout_cases_commune ON dropout_cases(commune)"),
        QStringLiteral("CREATE INDEX dropout_cases_birth ON dropout_cases(birth_date)"),
        QStringLiteral("CREATE INDEX dropout_cases_last_attempt ON dropout_cases(last_attempt_on)"),
        QStringLiteral("CREATE INDEX dropout_cases_ine ON dropout_cases(ine) WHERE ine <> ''"),
        QStringLiteral("CREATE INDEX dropout_cases_identity ON dropout_cases(identity_key)"),
        QStringLiteral("CREATE INDEX dropout_cases_beneficiary ON dropout_cases(beneficiary_id)"),
        // The matcher looks dossiers up by INE and by the folded name; the Jeunes schema indexes neither.
        QStringLiteral("CREATE INDEX IF NOT EXISTS beneficiaries_duplicate_key ON beneficiaries(duplicate_key)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS beneficiaries_ine ON beneficiaries(ine) WHERE ine <> ''"),
    };
    // Which list a case came in: a young person still without a solution comes back in the next list, and each
    // campaign counts its own rows.
    statements += Sql::createRecordTable(QStringLiteral("dropout_campaign_cases"),
                                         {QStringLiteral("campaign_id TEXT NOT NULL REFERENCES dropout_campaigns(id)"),
                                          QStringLiteral("case_id TEXT NOT NULL REFERENCES dropout_cases(id)"),
                                          QStringLiteral("line INTEGER"), QStringLiteral("received_on TEXT NOT NULL")});
    statements << QStringLiteral("CREATE UNIQUE INDEX dropout_campaign_cases_pair ON "
                                 "dropout_campaign_cases(campaign_id, case_id) WHERE deleted_at IS NULL")
               << QStringLiteral("CREATE INDEX dropout_campaign_cases_case ON dropout_campaign_cases(case_id)");
    statements += Sql::createRecordTable(
        QStringLiteral("dropout_status_changes"),
        {QStringLiteral("case_id TEXT NOT NULL REFERENCES dropout_cases(id)"),
         QStringLiteral("from_status TEXT NOT NULL"), QStringLiteral("to_status TEXT NOT NULL"),
         QStringLiteral("kind TEXT NOT NULL DEFAULT ''"), QStringLiteral("changed_on TEXT NOT NULL"),
         QStringLiteral("note TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX dropout_status_changes_case ON dropout_status_changes(case_id)");
    statements += Sql::createRecordTable(
        QStringLiteral("dropout_attempts"),
        {QStringLiteral("case_id TEXT NOT NULL REFERENCES dropout_cases(id)"),
         QStringLiteral("attempted_on TEXT NOT NULL"), QStringLiteral("channel TEXT NOT NULL"),
         QStringLiteral("outcome TEXT NOT NULL"), QStringLiteral("note TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX dropout_attempts_case ON dropout_attempts(case_id, attempted_on)");
    // A row of a list that looks like someone known without being surely them: kept whole (as JSON) until a person
    // decides, so that nothing is guessed and nothing is lost.
    statements += Sql::createRecordTable(
        QStringLiteral("dropout_reviews"),
        {QStringLiteral("campaign_id TEXT NOT NULL REFERENCES dropout_campaigns(id)"), QStringLiteral("line INTEGER"),
         QStringLiteral("row_data TEXT NOT NULL"), QStringLiteral("identity_key TEXT NOT NULL"),
         QStringLiteral("candidate_kind TEXT NOT NULL"), QStringLiteral("candidate_id TEXT NOT NULL"),
         QStringLiteral("reason TEXT NOT NULL DEFAULT ''"), QStringLiteral("decision TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("decided_on TEXT"), QStringLiteral("case_id TEXT REFERENCES dropout_cases(id)")});
    statements << QStringLiteral("CREATE INDEX dropout_reviews_campaign ON dropout_reviews(campaign_id, "
                                 "identity_key)")
               << QStringLiteral("CREATE INDEX dropout_reviews_pending ON dropout_reviews(decision)");
    return Sql::execAll(db, statements);
}

} // namespace SchemaDropouts
