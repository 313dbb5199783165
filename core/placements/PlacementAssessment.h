// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** The bilan of an immersion: how it went and what came of it. */
struct PlacementAssessment
{
    QString id;
    QString placementId;
    QString attendance; ///< Vocabulary::List::Attendance: full, partial, absent
    QDate lastDayPresent;
    double missedHours = 0;
    bool jobOffer = false;
    QString contractType; ///< Vocabulary::List::ContractType, when a job was offered
    QString tutorFeedback;
    QString skillsAssessed; ///< One line per skill: "skill|acquired|in_progress|not_observed".
};
