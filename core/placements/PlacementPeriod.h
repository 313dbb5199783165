// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** The dates of one of a person's immersions, enough to tell whether another one overlaps it. */
struct PlacementPeriod
{
    QString id;
    QDate startOn;
    QDate endOn; ///< Included: the person is in the company that day.
};
