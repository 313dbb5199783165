// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WeeklySchedule.h"

#include <QDate>
#include <QString>

/** An immersion (convention): a young person in a company for a period, with its schedule, content and status. */
struct Placement
{
    QString id;
    QString beneficiaryId;
    QString type; ///< Vocabulary::List::PlacementType
    QString companyId;
    QString tutorId;
    QString prescriber; ///< The adviser who prescribes it.
    QString romeCode;   ///< The job discovered.
    QString jobLabel;
    QString objective; ///< Vocabulary::List::PlacementObjective
    QDate startOn;
    QDate endOn;
    WeeklySchedule schedule;
    QString activities;
    QString skills;
    QString workConditions;
    QString riskPrevention;
    QString emergencyContact;
    QString legalRepresentative;              ///< Who signs for a minor.
    QString status = QStringLiteral("draft"); ///< PlacementWorkflow status
};
