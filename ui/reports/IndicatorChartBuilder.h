// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Indicator.h"

#include <QColor>
#include <QList>

#include <functional>

class QChart;

/**
 * Draws an indicator as a person reads it at a glance: bars, stacked bars, a donut or a line over months, in French
 * number formats, with the Okabe–Ito palette (told apart by colour-blind readers) and brush patterns that keep the
 * series apart once printed in grey.
 */
class IndicatorChartBuilder
{
public:
    /// Called with the category and series codes of what the user clicked.
    using Clicked = std::function<void(const QString &category, const QString &series)>;

    static QChart *build(const IndicatorResult &result, bool dark, const Clicked &clicked);
    static QList<QColor> palette();
};
