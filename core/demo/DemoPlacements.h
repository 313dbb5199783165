// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QRandomGenerator>

class Database;

/**
 * The Immersions part of the demo: a directory of real-looking (fictitious) host companies of the Calvados with
 * valid SIRETs and their tutors, and immersions for some demo dossiers in every state of the workflow.
 */
class DemoPlacements
{
public:
    DemoPlacements(Database &database, QRandomGenerator &random);

    /// Creates the company directory (once per database).
    Result<void> createCompanies();
    /// Gives the young person an immersion about one time in five, in a state that fits its dates.
    Result<void> maybeAddPlacement(const QString &beneficiaryId, const QString &referent, const QDate &birthDate,
                                   const QDate &today);

private:
    /// A bilan for an ended immersion: most complete, some with a job offer.
    Result<void> addAssessment(const QString &placementId, const QDate &endOn);

    Database &m_database;
    QRandomGenerator &m_random;
    QStringList m_companyIds;
    QStringList m_tutorIds;
    int m_assessments = 0;
};
