// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IndicatorCatalogue.h"

#include <QCoreApplication>

/**
 * The indicators a bilan d'activité adds to the dashboard's: who was followed in the period (by sex, age, level and
 * priority public), who came for the first time, journal events by type, entries into and exits from programmes,
 * situations started, immersions started by type. They are defined like the dashboard's (IndicatorSpec), so that
 * the figures of a report can be listed record by record and `stats --json` gives them too.
 */
class ActivityIndicators
{
    Q_DECLARE_TR_FUNCTIONS(ActivityIndicators)

public:
    /// Built on each call, so that titles and labels follow the user's language.
    static QList<IndicatorSpec> all();

    /// The age brackets of youth.followed_by_age, youngest first.
    static QStringList ageBrackets();
};
