// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentRepository.h"

#include "careers/CareerSheetRepository.h"

#include "PlacementRepository.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("placement_assessments");

PlacementAssessment read(const QSqlQuery &q)
{
    PlacementAssessment a;
    int i = 0;
    a.id = q.value(i++).toString();
    a.placementId = q.value(i++).toString();
    a.attendance = q.value(i++).toString();
    a.lastDayPresent = q.value(i++).toDate();
    a.missedHours = q.value(i++).toDouble();
    a.jobOffer = q.value(i++).toInt() != 0;
    a.contractType = q.value(i++).toString();
    a.tutorFeedback = q.value(i++).toString();
    a.skillsAssessed = q.value(i++).toString();
    return a;
}

} // namespace

AssessmentRepository::AssessmentRepository(Database &database) : m_database(database), m_records(database) {}

Result<PlacementAssessment> AssessmentRepository::save(PlacementAssessment assessment)
{
    PlacementRepository placements(m_database);
    auto placement = placements.find(assessment.placementId);
    if (!placement)
        return placement.error();
    if (!placement->has_value())
        return Error(Error::Kind::NotFound, tr("This immersion no longer exists."));
    const Placement &p = placement->value();
    const bool ended = p.status == QStringLiteral("ended");
    if (!ended && p.status != QStringLiteral("assessed"))
        return Error(Error::Kind::BadInput, tr("The assessment can be made only once the immersion has ended."));

    assessment.contractType = assessment.contractType.trimmed();
    if (!Vocabulary::contains(Vocabulary::List::Attendance, assessment.attendance))
        return Error(Error::Kind::BadInput, tr("Say whether the young person attended the immersion."));
    if (assessment.attendance == QStringLiteral("partial")) {
        if (!assessment.lastDayPresent.isValid() || assessment.lastDayPresent < p.startOn ||
            assessment.lastDayPresent > p.endOn)
            return Error(Error::Kind::BadInput, tr("The last day present must fall between %1 and %2.")
                                                    .arg(p.startOn.toString(QStringLiteral("dd/MM/yyyy")),
                                                         p.endOn.toString(QStringLiteral("dd/MM/yyyy"))));
        if (!(assessment.missedHours > 0))
            return Error(Error::Kind::BadInput, tr("An immersion completed in part needs the hours missed."));
    } else {
        assessment.lastDayPresent = QDate();
        assessment.missedHours = 0;
    }
    if (assessment.attendance == QStringLiteral("absent") && assessment.jobOffer)
        return Error(Error::Kind::BadInput, tr("A young person who did not attend cannot have been offered a job."));
    if (assessment.jobOffer && !Vocabulary::contains(Vocabulary::List::ContractType, assessment.contractType))
        return Error(Error::Kind::BadInput, tr("Choose the type of contract offered."));
    if (!assessment.jobOffer && !assessment.contractType.isEmpty())
        return Error(Error::Kind::BadInput, tr("A contract type is given only when a job was offered."));

    auto existing = find(assessment.placementId);
    if (!existing)
        return existing.error();

    const QVariantMap row = {{QStringLiteral("placement_id"), assessment.placementId},
                             {QStringLiteral("attendance"), assessment.attendance},
                             {QStringLiteral("last_day_present"), assessment.lastDayPresent.isValid()
                                                                      ? QVariant(assessment.lastDayPresent)
                                                                      : QVariant(QMetaType::fromType<QDate>())},
                             {QStringLiteral("missed_hours"), assessment.missedHours},
                             {QStringLiteral("job_offer"), assessment.jobOffer ? 1 : 0},
                             {QStringLiteral("contract_type"), assessment.contractType},
                             {QStringLiteral("tutor_feedback"), assessment.tutorFeedback.trimmed()},
                             {QStringLiteral("skills_assessed"), assessment.skillsAssessed.trimmed()}};
    auto saved = m_database.write([&]() -> Result<void> {
        if (existing->has_value()) {
            assessment.id = existing->value().id;
            auto changed = m_records.update(table, assessment.id, row);
            if (!changed)
                return changed.error();
        } else {
            auto id = m_records.insert(table, row);
            if (!id)
                return id.error();
            assessment.id = *id;
        }
        if (ended)
            return placements.move(assessment.placementId, QStringLiteral("assessed"));
        return {};
    });
    if (!saved)
        return saved.error();
    return assessment;
}

Result<std::optional<PlacementAssessment>> AssessmentRepository::find(const QString &placementId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, placement_id, attendance, last_day_present, missed_hours, job_offer, "
                                 "contract_type, tutor_feedback, skills_assessed FROM placement_assessments "
                                 "WHERE placement_id = ? AND deleted_at IS NULL"));
    query.addBindValue(placementId);
    if (auto done = Sql::exec(query, tr("reading the assessment of an immersion")); !done)
        return done.error();
    if (!query.next())
        return std::optional<PlacementAssessment>();
    return std::optional<PlacementAssessment>(read(query));
}

Result<QStringList> AssessmentRepository::skillsToAssess(const Placement &placement) const
{
    QStringList planned;
    const QStringList lines = placement.skills.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        // A list typed by hand often starts its lines with a dash or a bullet.
        QString skill = line.trimmed();
        while (!skill.isEmpty() && (skill.front() == QLatin1Char('-') || skill.front() == QChar(0x2022)))
            skill = skill.mid(1).trimmed();
        if (!skill.isEmpty())
            planned << skill;
    }
    if (!planned.isEmpty() || placement.romeCode.trimmed().isEmpty())
        return planned;
    auto sheet = CareerSheetRepository(m_database).find(placement.romeCode.trimmed());
    if (!sheet) {
        // No sheet for that code (no referential yet, or a mistyped code): the adviser lists the skills.
        if (sheet.error().kind() == Error::Kind::NotFound)
            return QStringList();
        return sheet.error();
    }
    return sheet->knowHow.mid(0, maximumSuggestedSkills);
}
