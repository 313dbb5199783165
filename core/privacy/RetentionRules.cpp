// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionRules.h"

#include "AccessControl.h"
#include "storage/DataSettings.h"

RetentionRules::RetentionRules(Database &database) : m_database(database) {}

QList<RetentionRules::Rule> RetentionRules::all()
{
    return {Rule::InactiveDossier, Rule::CejDossier, Rule::DropoutCase, Rule::AuditLog};
}

QString RetentionRules::key(Rule rule)
{
    switch (rule) {
    case Rule::InactiveDossier:
        return QStringLiteral("retention.inactive_dossier_years");
    case Rule::CejDossier:
        return QStringLiteral("retention.cej_dossier_years");
    case Rule::DropoutCase:
        return QStringLiteral("retention.dropout_case_years");
    case Rule::AuditLog:
        return QStringLiteral("retention.audit_log_years");
    }
    return {};
}

int RetentionRules::legalDefault(Rule rule)
{
    switch (rule) {
    case Rule::InactiveDossier:
        return 2;
    case Rule::CejDossier:
        return 10;
    case Rule::DropoutCase:
    case Rule::AuditLog:
        return 1;
    }
    return 1;
}

QString RetentionRules::label(Rule rule)
{
    switch (rule) {
    case Rule::InactiveDossier:
        return tr("Dossier without activity");
    case Rule::CejDossier:
        return tr("Dossier of a CEJ");
    case Rule::DropoutCase:
        return tr("Closed dropout case");
    case Rule::AuditLog:
        return tr("Audit log");
    }
    return {};
}

QString RetentionRules::reason(Rule rule)
{
    switch (rule) {
    case Rule::InactiveDossier:
        return tr("A dossier with no journal entry, programme, situation, appointment, immersion or change for this "
                  "long, and no programme running, is proposed for anonymisation: the follow-up has ended, and "
                  "personal data may be kept only as long as the purpose needs it (RGPD, article 5).");
    case Rule::CejDossier:
        return tr("The State may check a contrat d'engagement jeune and its allowance for ten years after it ends: "
                  "the dossier is kept that long, even without activity.");
    case Rule::DropoutCase:
        return tr("A dropout case is kept one year after it closes, or after the young person's 18th birthday when "
                  "that comes later, the time for the platform to follow up the solution found.");
    case Rule::AuditLog:
        return tr("The log of who viewed, changed, exported or anonymised what is kept one year, long enough to "
                  "answer a question about an access, then purged.");
    }
    return {};
}

int RetentionRules::years(Rule rule) const
{
    bool ok = false;
    const int value = DataSettings(m_database).value(key(rule)).toInt(&ok);
    return ok && value >= minimumYears && value <= maximumYears ? value : legalDefault(rule);
}

Result<void> RetentionRules::setYears(Rule rule, int years)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ApplyRetention); !allowed)
        return allowed;
    if (years < minimumYears || years > maximumYears)
        return Error(Error::Kind::Usage,
                     tr("A retention period lasts from %1 to %2 years.").arg(minimumYears).arg(maximumYears));
    return DataSettings(m_database).setValue(key(rule), QString::number(years));
}
