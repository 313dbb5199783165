// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaPlacements.h"

#include "SqlHelpers.h"

namespace SchemaPlacements {

Result<void> migrate(QSqlDatabase &db)
{
    QStringList statements;
    statements += Sql::createRecordTable(
        QStringLiteral("companies"),
        {QStringLiteral("name TEXT NOT NULL"), QStringLiteral("siret TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("naf_code TEXT NOT NULL DEFAULT ''"), QStringLiteral("address TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("postcode TEXT NOT NULL DEFAULT ''"), QStringLiteral("commune TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("contact_name TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("contact_phone TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("contact_email TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("sort_key TEXT NOT NULL DEFAULT ''")});
    statements += {
        // One company per SIRET; companies without a SIRET yet (an association being registered) are allowed.
        QStringLiteral(
            "CREATE UNIQUE INDEX companies_siret ON companies(siret) WHERE siret <> '' AND deleted_at IS NULL"),
        QStringLiteral("CREATE INDEX companies_sort ON companies(sort_key)"),
        QStringLiteral("CREATE INDEX companies_commune ON companies(commune)"),
    };
    statements += Sql::createRecordTable(
        QStringLiteral("tutors"),
        {QStringLiteral("company_id TEXT NOT NULL REFERENCES companies(id)"), QStringLiteral("last_name TEXT NOT NULL"),
         QStringLiteral("first_name TEXT NOT NULL DEFAULT ''"), QStringLiteral("function TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("phone TEXT NOT NULL DEFAULT ''"), QStringLiteral("email TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX tutors_company ON tutors(company_id)");
    statements += Sql::createRecordTable(
        QStringLiteral("placements"),
        {QStringLiteral("beneficiary_id TEXT NOT NULL REFERENCES beneficiaries(id)"),
         QStringLiteral("type TEXT NOT NULL"), QStringLiteral("company_id TEXT REFERENCES companies(id)"),
         QStringLiteral("tutor_id TEXT REFERENCES tutors(id)"), QStringLiteral("prescriber TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("rome_code TEXT NOT NULL DEFAULT ''"), QStringLiteral("job_label TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("objective TEXT NOT NULL DEFAULT ''"), QStringLiteral("start_on TEXT NOT NULL"),
         QStringLiteral("end_on TEXT NOT NULL"),
         // Hours of each weekday, Monday first: "7,7,7,7,7,0,0".
         QStringLiteral("schedule TEXT NOT NULL DEFAULT ''"), QStringLiteral("activities TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("skills TEXT NOT NULL DEFAULT ''"), QStringLiteral("work_conditions TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("risk_prevention TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("emergency_contact TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("legal_representative TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("status TEXT NOT NULL DEFAULT 'draft'")});
    statements += {
        QStringLiteral("CREATE INDEX placements_beneficiary ON placements(beneficiary_id, start_on)"),
        QStringLiteral("CREATE INDEX placements_company ON placements(company_id)"),
        QStringLiteral("CREATE INDEX placements_status ON placements(status, start_on)"),
        QStringLiteral("CREATE INDEX placements_dates ON placements(start_on, end_on)"),
        QStringLiteral("CREATE INDEX placements_prescriber ON placements(prescriber, start_on)"),
    };
    statements += Sql::createRecordTable(
        QStringLiteral("placement_status_changes"),
        {QStringLiteral("placement_id TEXT NOT NULL REFERENCES placements(id)"),
         QStringLiteral("from_status TEXT NOT NULL"), QStringLiteral("to_status TEXT NOT NULL"),
         QStringLiteral("changed_on TEXT NOT NULL"), QStringLiteral("justification TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX placement_status_changes_placement ON "
                                 "placement_status_changes(placement_id)");
    statements += Sql::createRecordTable(
        QStringLiteral("placement_assessments"),
        {QStringLiteral("placement_id TEXT NOT NULL UNIQUE REFERENCES placements(id)"),
         QStringLiteral("attendance TEXT NOT NULL"), QStringLiteral("last_day_present TEXT"),
         QStringLiteral("missed_hours REAL NOT NULL DEFAULT 0"), QStringLiteral("job_offer INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("contract_type TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("tutor_feedback TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("skills_assessed TEXT NOT NULL DEFAULT ''")});
    return Sql::execAll(db, statements);
}

Result<void> addCompanyDomains(QSqlDatabase &db)
{
    // Columns added with a default, so that the companies already in the directory keep every other field and
    // simply have no domain declared yet.
    return Sql::execAll(db,
                        {
                            // ROME codes the adviser declared, normalised and separated by spaces: "D J13" (a grand
                            // domaine is a letter, a domaine professionnel a letter and two digits).
                            QStringLiteral("ALTER TABLE companies ADD COLUMN rome_domains TEXT NOT NULL DEFAULT ''"),
                            QStringLiteral("ALTER TABLE companies ADD COLUMN activity TEXT NOT NULL DEFAULT ''"),
                        });
}

} // namespace SchemaPlacements
