// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Placement.h"
#include "PlacementAssessment.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <optional>

class Database;

/**
 * Stores the bilan of an immersion, one per immersion, once it has ended: checks the attendance, the days missed and
 * the job offer against the immersion, and moves an ended immersion to "assessed" in the same transaction. An
 * assessed immersion's bilan may be corrected.
 */
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRepository)

public:
    explicit AssessmentRepository(Database &database);

    /// Inserts or updates the immersion's bilan; refused (BadInput) when a rule is broken or the immersion has not
    /// ended, NotFound when the immersion does not exist.
    Result<PlacementAssessment> save(PlacementAssessment assessment);
    /// The immersion's bilan, if one was made.
    Result<std::optional<PlacementAssessment>> find(const QString &placementId) const;

    /// The skills a new bilan starts from: those the convention planned to observe, one a line, or else the
    /// savoir-faire of the target job's career sheet (at most maximumSuggestedSkills).
    Result<QStringList> skillsToAssess(const Placement &placement) const;

    static constexpr int maximumSuggestedSkills = 8;

private:
    Database &m_database;
    RecordStore m_records;
};
