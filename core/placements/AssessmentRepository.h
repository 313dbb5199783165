// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    Database &m_database;
    RecordStore m_records;
};
