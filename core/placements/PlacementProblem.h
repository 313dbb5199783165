// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * One rule an immersion breaks: a stable code the program can test, the field the form should show it next to, and
 * the sentence for the adviser.
 */
struct PlacementProblem
{
    QString code;    ///< Stable, never translated: "pmsmp_too_long", "overlap"… (listed in PlacementRules.h).
    QString field;   ///< The input it concerns: "type", "birth_date", "start_on", "end_on" or "schedule".
    QString message; ///< One sentence in the user's language.
    QString otherId; ///< For "overlap": the immersion it collides with; empty otherwise.
};
