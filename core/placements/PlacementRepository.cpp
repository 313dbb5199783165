// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementRepository.h"

#include "PlacementInput.h"
#include "PlacementRules.h"
#include "PlacementWorkflow.h"
#include "beneficiaries/TimelineService.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("placements");
const QString columns = QStringLiteral(
    "id, beneficiary_id, type, company_id, tutor_id, prescriber, rome_code, job_label, objective, start_on, end_on, "
    "schedule, activities, skills, work_conditions, risk_prevention, emergency_contact, legal_representative, status");

QString scheduleText(const WeeklySchedule &schedule)
{
    QStringList hours;
    for (double h : schedule.hours)
        hours << QString::number(h);
    return hours.join(QLatin1Char(','));
}

WeeklySchedule scheduleFrom(const QString &text)
{
    WeeklySchedule schedule{};
    const QStringList hours = text.split(QLatin1Char(','));
    for (qsizetype day = 0; day < hours.size() && day < 7; ++day)
        schedule.hours[size_t(day)] = hours.at(day).toDouble();
    return schedule;
}

Placement read(const QSqlQuery &q)
{
    Placement p;
    int i = 0;
    p.id = q.value(i++).toString();
    p.beneficiaryId = q.value(i++).toString();
    p.type = q.value(i++).toString();
    p.companyId = q.value(i++).toString();
    p.tutorId = q.value(i++).toString();
    p.prescriber = q.value(i++).toString();
    p.romeCode = q.value(i++).toString();
    p.jobLabel = q.value(i++).toString();
    p.objective = q.value(i++).toString();
    p.startOn = q.value(i++).toDate();
    p.endOn = q.value(i++).toDate();
    p.schedule = scheduleFrom(q.value(i++).toString());
    p.activities = q.value(i++).toString();
    p.skills = q.value(i++).toString();
    p.workConditions = q.value(i++).toString();
    p.riskPrevention = q.value(i++).toString();
    p.emergencyContact = q.value(i++).toString();
    p.legalRepresentative = q.value(i++).toString();
    p.status = q.value(i++).toString();
    return p;
}

Error brokenRules(const QList<PlacementProblem> &problems)
{
    QStringList messages;
    for (const PlacementProblem &problem : problems)
        messages << problem.message;
    return Error(Error::Kind::BadInput, messages.join(QLatin1Char(' ')));
}

} // namespace

PlacementRepository::PlacementRepository(Database &database) : m_database(database), m_records(database) {}

QVariantMap PlacementRepository::values(const Placement &p)
{
    // Company and tutor are optional while the convention is a draft: NULL, not "", so that the foreign keys hold.
    auto optionalId = [](const QString &id) {
        return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
    };
    return {{QStringLiteral("beneficiary_id"), p.beneficiaryId},
            {QStringLiteral("type"), p.type},
            {QStringLiteral("company_id"), optionalId(p.companyId)},
            {QStringLiteral("tutor_id"), optionalId(p.tutorId)},
            {QStringLiteral("prescriber"), p.prescriber.trimmed()},
            {QStringLiteral("rome_code"), p.romeCode.trimmed().toUpper()},
            {QStringLiteral("job_label"), p.jobLabel.trimmed()},
            {QStringLiteral("objective"), p.objective},
            {QStringLiteral("start_on"), p.startOn},
            {QStringLiteral("end_on"), p.endOn},
            {QStringLiteral("schedule"), scheduleText(p.schedule)},
            {QStringLiteral("activities"), p.activities.trimmed()},
            {QStringLiteral("skills"), p.skills.trimmed()},
            {QStringLiteral("work_conditions"), p.workConditions.trimmed()},
            {QStringLiteral("risk_prevention"), p.riskPrevention.trimmed()},
            {QStringLiteral("emergency_contact"), p.emergencyContact.trimmed()},
            {QStringLiteral("legal_representative"), p.legalRepresentative.trimmed()}};
}

Result<QList<PlacementProblem>> PlacementRepository::problems(const Placement &placement) const
{
    PlacementInput input;
    input.id = placement.id;
    input.type = placement.type;
    input.startOn = placement.startOn;
    input.endOn = placement.endOn;
    input.schedule = placement.schedule;
    QSqlQuery person(m_database.connection());
    person.prepare(QStringLiteral("SELECT birth_date FROM beneficiaries WHERE id = ? AND deleted_at IS NULL"));
    person.addBindValue(placement.beneficiaryId);
    if (auto done = Sql::exec(person, tr("reading the young person's dossier")); !done)
        return done.error();
    if (!person.next())
        return Error(Error::Kind::NotFound, tr("The immersion's young person has no dossier."));
    input.birthDate = person.value(0).toDate();
    // Cancelled and refused immersions no longer hold their dates.
    QSqlQuery others(m_database.connection());
    others.prepare(QStringLiteral("SELECT id, start_on, end_on FROM placements WHERE beneficiary_id = ? AND "
                                  "deleted_at IS NULL AND status NOT IN ('cancelled', 'refused')"));
    others.addBindValue(placement.beneficiaryId);
    if (auto done = Sql::exec(others, tr("reading the young person's immersions")); !done)
        return done.error();
    while (others.next())
        input.others << PlacementPeriod{others.value(0).toString(), others.value(1).toDate(), others.value(2).toDate()};
    return PlacementRules::problems(input);
}

Result<Placement> PlacementRepository::create(Placement placement)
{
    auto found = problems(placement);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return brokenRules(*found);
    placement.status = QStringLiteral("draft");
    auto saved = m_database.write([&]() -> Result<void> {
        QVariantMap row = values(placement);
        row.insert(QStringLiteral("status"), placement.status);
        auto id = m_records.insert(table, row);
        if (!id)
            return id.error();
        placement.id = *id;
        return {};
    });
    if (!saved)
        return saved.error();
    return placement;
}

Result<QStringList> PlacementRepository::update(const Placement &placement)
{
    auto found = problems(placement);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return brokenRules(*found);
    QStringList changed;
    auto saved = m_database.write([&]() -> Result<void> {
        auto fields = m_records.update(table, placement.id, values(placement));
        if (!fields)
            return fields.error();
        changed = *fields;
        return {};
    });
    if (!saved)
        return saved.error();
    return changed;
}

Result<std::optional<Placement>> PlacementRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM placements WHERE id = ? AND deleted_at IS NULL").arg(columns));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading an immersion")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Placement>();
    return std::optional<Placement>(read(query));
}

Result<QList<Placement>> PlacementRepository::listFor(const QString &beneficiaryId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM placements WHERE beneficiary_id = ? AND deleted_at IS NULL "
                                 "ORDER BY start_on DESC")
                      .arg(columns));
    query.addBindValue(beneficiaryId);
    if (auto done = Sql::exec(query, tr("reading the immersions")); !done)
        return done.error();
    QList<Placement> placements;
    while (query.next())
        placements << read(query);
    return placements;
}

Result<void> PlacementRepository::move(const QString &id, const QString &toStatus, const QString &justification,
                                       const QDate &on)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error(Error::Kind::NotFound, tr("This immersion no longer exists."));
    const QString from = current->value().status;
    if (const QString problem = PlacementWorkflow::problem(from, toStatus, justification); !problem.isEmpty())
        return Error(Error::Kind::BadInput, problem);
    return m_database.write([&]() -> Result<void> {
        auto changed = m_records.update(table, id, {{QStringLiteral("status"), toStatus}});
        if (!changed)
            return changed.error();
        auto logged = m_records.insert(QStringLiteral("placement_status_changes"),
                                       {{QStringLiteral("placement_id"), id},
                                        {QStringLiteral("from_status"), from},
                                        {QStringLiteral("to_status"), toStatus},
                                        {QStringLiteral("changed_on"), on},
                                        {QStringLiteral("justification"), justification.trimmed()}});
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<QList<PlacementStatusChange>> PlacementRepository::history(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT changed_on, from_status, to_status, justification, updated_by "
                                 "FROM placement_status_changes WHERE placement_id = ? AND deleted_at IS NULL "
                                 "ORDER BY created_at"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading the history of an immersion")); !done)
        return done.error();
    QList<PlacementStatusChange> changes;
    while (query.next())
        changes << PlacementStatusChange{query.value(0).toDate(), query.value(1).toString(), query.value(2).toString(),
                                         query.value(3).toString(), query.value(4).toString()};
    return changes;
}

Result<Placement> PlacementRepository::duplicate(const QString &id, const QDate &startOn, const QDate &endOn)
{
    auto original = find(id);
    if (!original)
        return original.error();
    if (!original->has_value())
        return Error(Error::Kind::NotFound, tr("This immersion no longer exists."));
    Placement copy = original->value();
    copy.id.clear();
    copy.startOn = startOn;
    copy.endOn = endOn;
    return create(copy);
}

void PlacementRepository::registerTimeline()
{
    TimelineService::registerSource(
        [](Database &database, const QString &beneficiaryId) -> Result<QList<TimelineEntry>> {
            auto placements = PlacementRepository(database).listFor(beneficiaryId);
            if (!placements)
                return placements.error();
            QList<TimelineEntry> entries;
            for (const Placement &p : std::as_const(*placements)) {
                const QString title =
                    p.jobLabel.isEmpty()
                        ? Vocabulary::label(Vocabulary::List::PlacementType, p.type)
                        : tr("%1: %2").arg(Vocabulary::label(Vocabulary::List::PlacementType, p.type), p.jobLabel);
                entries << TimelineEntry{p.startOn.startOfDay(), Module::Placements, tr("Immersion"), title,
                                         tr("%1 to %2 · %3")
                                             .arg(p.startOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                  p.endOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                  PlacementWorkflow::label(p.status))};
            }
            return entries;
        });
}
