// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeRecordLabels.h"

#include "domain/Vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <optional>

namespace {

struct Named
{
    const char *key;
    const char *label;
};

const Named tableLabels[] = {
    {"beneficiaries", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dossier")},
    {"events", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Journal entry")},
    {"actions", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Action")},
    {"appointments", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Appointment")},
    {"programmes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Programme")},
    {"situations", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Situation")},
    {"career_targets", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Career target")},
    {"referent_changes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Change of adviser")},
    {"companies", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Host company")},
    {"tutors", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Tutor")},
    {"placements", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Immersion")},
    {"placement_status_changes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Immersion status change")},
    {"placement_assessments", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Immersion assessment")},
    {"dropout_campaigns", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dropout campaign")},
    {"dropout_campaign_cases", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Line of a campaign list")},
    {"dropout_cases", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dropout case")},
    {"dropout_attempts", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Contact attempt")},
    {"dropout_status_changes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dropout case status change")},
    {"dropout_reviews", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Match to check")},
    {"local_sheets", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Local career sheet")},
    {"career_additions", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Local additions to a career sheet")},
    {"seances", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Group session")},
    // Tables that never travel but that the audit log names.
    {"users", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "User account")},
    {"settings", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Setting")},
    {"audit_log", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Audit log")},
    {"exchange_history", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Exchange file")},
    {"rome_sheets", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "ROME referential")},
};

const Named fieldLabels[] = {
    {"id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Identifier")},
    {"created_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Created on")},
    {"updated_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Last changed on")},
    {"updated_by", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Last changed by")},
    {"origin_site", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Created at site")},
    {"deleted_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Deleted on")},
    {"anonymised_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Anonymised on")},
    {"dossier_number", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dossier number")},
    {"initials", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Initials")},
    {"role", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Role")},
    {"password", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Password")},
    {"disabled_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Disabled on")},
    {"last_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Last name")},
    {"first_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "First name")},
    {"usage_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Usual name")},
    {"birth_date", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Date of birth")},
    {"sex", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Sex")},
    {"ine", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "INE")},
    {"phone", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Telephone")},
    {"email", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "E-mail")},
    {"address", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Address")},
    {"postcode", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Postcode")},
    {"commune", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Commune")},
    {"referent", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Adviser")},
    {"status", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Status")},
    {"external_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "External identifier")},
    {"qpv", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Lives in a QPV")},
    {"zrr", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Lives in a ZRR")},
    {"rqth", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "RQTH")},
    {"education_level", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Education level")},
    {"driving_licence", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Driving licence")},
    {"vehicle", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Vehicle")},
    {"mobility_note", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Mobility")},
    {"legal_rep_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Legal representative")},
    {"legal_rep_phone", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Legal representative's telephone")},
    {"legal_rep_email", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Legal representative's e-mail")},
    {"legal_rep_link", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Legal representative's link")},
    {"close_reason", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Reason for closing")},
    {"closed_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Closed on")},
    {"beneficiary_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dossier")},
    {"type", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Type")},
    {"mode", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Mode")},
    {"occurred_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Date")},
    {"duration_minutes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Duration (minutes)")},
    {"summary", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Summary")},
    {"private_note", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Private note")},
    {"author", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Author")},
    {"theme", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Theme")},
    {"title", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Title")},
    {"due_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Due on")},
    {"done_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Done on")},
    {"adviser", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Adviser")},
    {"starts_at", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Starts at")},
    {"place", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Place")},
    {"subject", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Subject")},
    {"kind", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Kind")},
    {"start_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Start")},
    {"planned_end_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Planned end")},
    {"end_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "End")},
    {"exit_reason", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Exit reason")},
    {"state", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "State")},
    {"detail", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Detail")},
    {"rome_code", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "ROME code")},
    {"label", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Label")},
    {"note", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Note")},
    {"previous_referent", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Previous adviser")},
    {"changed_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Changed on")},
    {"name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Name")},
    {"siret", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "SIRET")},
    {"naf_code", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "NAF code")},
    {"contact_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Contact")},
    {"contact_phone", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Contact's telephone")},
    {"contact_email", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Contact's e-mail")},
    {"rome_domains", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "ROME domains")},
    {"activity", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Activity")},
    {"company_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Company")},
    {"function", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Function")},
    {"tutor_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Tutor")},
    {"prescriber", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Prescriber")},
    {"job_label", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Job")},
    {"objective", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Objective")},
    {"schedule", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Working hours")},
    {"activities", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Activities")},
    {"skills", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Skills")},
    {"work_conditions", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Working conditions")},
    {"risk_prevention", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Risk prevention")},
    {"emergency_contact", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Emergency contact")},
    {"legal_representative", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Legal representative")},
    {"placement_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Immersion")},
    {"from_status", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Previous status")},
    {"to_status", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "New status")},
    {"justification", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Justification")},
    {"attendance", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Attendance")},
    {"last_day_present", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Last day present")},
    {"missed_hours", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Hours missed")},
    {"job_offer", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Job offer")},
    {"contract_type", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Contract")},
    {"tutor_feedback", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Tutor's assessment")},
    {"skills_assessed", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Skills assessed")},
    {"received_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Received on")},
    {"campaign_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Campaign")},
    {"case_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Dropout case")},
    {"line", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Line")},
    {"source", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Source")},
    {"guardian_name", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Parent or guardian")},
    {"guardian_phone", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Parent's or guardian's telephone")},
    {"school", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "School")},
    {"uai", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "UAI")},
    {"training", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Training")},
    {"left_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Left on")},
    {"solution_kind", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Solution")},
    {"closure_kind", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Closure")},
    {"solution_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Solution on")},
    {"last_attempt_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Last attempt on")},
    {"attempted_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Attempted on")},
    {"channel", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Channel")},
    {"outcome", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Outcome")},
    {"row_data", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Line received")},
    {"candidate_kind", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Possible match")},
    {"candidate_id", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Possible match (identifier)")},
    {"reason", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Reason")},
    {"decision", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Decision")},
    {"decided_on", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Decided on")},
    {"grand_domain", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Grand domaine")},
    {"domain", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Domain")},
    {"definition", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Definition")},
    {"access", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Access to the job")},
    {"appellations", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Job titles")},
    {"know_how", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Know-how")},
    {"soft_skills", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Soft skills")},
    {"knowledge", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Knowledge")},
    {"work_contexts", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Work contexts")},
    {"sheet_key", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Career sheet")},
    {"notes", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Notes")},
    {"training_offers", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Training offers")},
    {"links", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Links")},
    {"image_path", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Picture file")},
    {"image", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Picture")},
    {"sheet_keys", QT_TRANSLATE_NOOP("ExchangeRecordLabels", "Career sheets")},
};

QString lookUp(const Named *begin, const Named *end, const QString &key)
{
    for (const Named *named = begin; named != end; ++named) {
        if (key == QLatin1String(named->key))
            return QCoreApplication::translate("ExchangeRecordLabels", named->label);
    }
    return {};
}

// The coded columns whose values are stable codes of a Vocabulary list.
std::optional<Vocabulary::List> listOf(const QString &table, const QString &column)
{
    using List = Vocabulary::List;
    static const QHash<QString, List> anyTable = {
        {QStringLiteral("sex"), List::Sex},
        {QStringLiteral("education_level"), List::EducationLevel},
        {QStringLiteral("legal_rep_link"), List::LegalRepresentativeLink},
        {QStringLiteral("close_reason"), List::CloseReason},
        {QStringLiteral("solution_kind"), List::DropoutSolution},
        {QStringLiteral("closure_kind"), List::DropoutClosure},
        {QStringLiteral("channel"), List::ContactChannel},
        {QStringLiteral("outcome"), List::ContactOutcome},
        {QStringLiteral("attendance"), List::Attendance},
        {QStringLiteral("contract_type"), List::ContractType},
        {QStringLiteral("theme"), List::ActionTheme},
    };
    if (auto found = anyTable.constFind(column); found != anyTable.cend())
        return *found;
    const bool status = column == QLatin1String("status") || column == QLatin1String("from_status") ||
                        column == QLatin1String("to_status");
    if (table == QLatin1String("beneficiaries") && status)
        return List::BeneficiaryStatus;
    if (table.startsWith(QLatin1String("dropout_")) && status)
        return List::DropoutStatus;
    if (table == QLatin1String("actions") && status)
        return List::ActionStatus;
    if (table == QLatin1String("appointments") && status)
        return List::AppointmentStatus;
    if (table == QLatin1String("events") && column == QLatin1String("type"))
        return List::EventType;
    if (table == QLatin1String("events") && column == QLatin1String("mode"))
        return List::EventMode;
    if (table == QLatin1String("placements") && column == QLatin1String("type"))
        return List::PlacementType;
    if (table == QLatin1String("placements") && column == QLatin1String("objective"))
        return List::PlacementObjective;
    if (table == QLatin1String("programmes") && column == QLatin1String("kind"))
        return List::Programme;
    if (table == QLatin1String("situations") && column == QLatin1String("kind"))
        return List::Situation;
    if (table == QLatin1String("situations") && column == QLatin1String("state"))
        return List::SituationState;
    if (column == QLatin1String("grand_domain"))
        return List::RomeGrandDomain;
    return std::nullopt;
}

bool isYesNo(const QString &column)
{
    static const QStringList columns = {QStringLiteral("qpv"),     QStringLiteral("zrr"),
                                        QStringLiteral("rqth"),    QStringLiteral("driving_licence"),
                                        QStringLiteral("vehicle"), QStringLiteral("job_offer")};
    return columns.contains(column);
}

} // namespace

QString ExchangeRecordLabels::tableLabel(const QString &table)
{
    const QString label = lookUp(std::begin(tableLabels), std::end(tableLabels), table);
    return label.isEmpty() ? table : label;
}

QString ExchangeRecordLabels::fieldLabel(const QString &column)
{
    const QString label = lookUp(std::begin(fieldLabels), std::end(fieldLabels), column);
    return label.isEmpty() ? column : label;
}

QString ExchangeRecordLabels::displayValue(const QString &table, const QString &column, const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    const QString text = value.toString();
    if (column == QLatin1String("deleted_at") || column == QLatin1String("anonymised_at") ||
        column == QLatin1String("created_at") || column == QLatin1String("updated_at"))
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime(),
                                  QLocale::ShortFormat);
    if (isYesNo(column))
        return value.toBool() ? tr("Yes") : tr("No");
    if (auto list = listOf(table, column)) {
        const QString label = Vocabulary::label(*list, text);
        return label.isEmpty() ? text : label;
    }
    // Dates and date-times are stored as ISO text.
    if (text.size() == 10 && text.at(4) == QLatin1Char('-')) {
        if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
    }
    if (text.size() >= 16 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')) {
        if (const QDateTime at = QDateTime::fromString(text, Qt::ISODate); at.isValid())
            return QLocale().toString(at, QLocale::ShortFormat);
    }
    return text;
}

QString ExchangeRecordLabels::recordTitle(const QString &table, const QVariantMap &row)
{
    auto field = [&row](const char *column) { return row.value(QLatin1String(column)).toString().trimmed(); };
    auto joined = [](const QStringList &parts, const QString &separator) {
        QStringList kept;
        for (const QString &part : parts) {
            if (!part.isEmpty())
                kept << part;
        }
        return kept.join(separator);
    };
    QString title;
    if (table == QLatin1String("beneficiaries")) {
        title = joined({field("last_name").toUpper(), field("first_name")}, QStringLiteral(" "));
        if (!field("dossier_number").isEmpty())
            title += QStringLiteral(" (%1)").arg(field("dossier_number"));
    } else if (table == QLatin1String("dropout_cases")) {
        title = joined({field("last_name").toUpper(), field("first_name")}, QStringLiteral(" "));
    } else if (table == QLatin1String("tutors")) {
        title = joined({field("first_name"), field("last_name")}, QStringLiteral(" "));
    } else if (table == QLatin1String("companies") || table == QLatin1String("dropout_campaigns") ||
               table == QLatin1String("seances")) {
        title = field("name");
    } else if (table == QLatin1String("local_sheets")) {
        title = joined({field("rome_code"), field("label")}, QStringLiteral(" – "));
    } else if (table == QLatin1String("actions")) {
        title = field("title");
    } else if (table == QLatin1String("events")) {
        title = joined({displayValue(table, QStringLiteral("type"), row.value(QStringLiteral("type"))),
                        displayValue(table, QStringLiteral("occurred_at"), row.value(QStringLiteral("occurred_at")))},
                       QStringLiteral(", "));
    } else if (table == QLatin1String("appointments")) {
        title = joined({field("subject"),
                        displayValue(table, QStringLiteral("starts_at"), row.value(QStringLiteral("starts_at")))},
                       QStringLiteral(", "));
    } else if (table == QLatin1String("placements")) {
        title = joined({field("job_label"),
                        displayValue(table, QStringLiteral("start_on"), row.value(QStringLiteral("start_on")))},
                       QStringLiteral(", "));
    } else if (table == QLatin1String("programmes") || table == QLatin1String("situations")) {
        title = displayValue(table, QStringLiteral("kind"), row.value(QStringLiteral("kind")));
    } else if (table == QLatin1String("career_targets")) {
        title = joined({field("rome_code"), field("label")}, QStringLiteral(" – "));
    }
    const QString kind = tableLabel(table);
    return title.isEmpty() ? kind : tr("%1: %2").arg(kind, title);
}
