// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlacementPeriod.h"
#include "WeeklySchedule.h"

#include <QDate>
#include <QList>
#include <QString>

/** What the immersion rules look at: the convention being written and the person's other immersions. */
struct PlacementInput
{
    QString id;   ///< Empty for a new immersion; when editing, the period with this id in others is skipped.
    QString type; ///< pmsmp, observation_3e, seconde or mini_stage.
    QDate birthDate;
    QDate startOn;
    QDate endOn; ///< Included.
    WeeklySchedule schedule;
    /// The person's other immersions that still hold the dates; the caller leaves out cancelled and refused ones.
    QList<PlacementPeriod> others;
};
