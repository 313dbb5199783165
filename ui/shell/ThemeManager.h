// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkstationSettings.h"

#include <QColor>
#include <QIcon>
#include <QString>

/**
 * Colours and icons of the application: a light and a dark palette over the Fusion style (the same look on every
 * system), a style sheet per theme, and the line icons recoloured to the theme's text colour.
 */
class ThemeManager
{
public:
    /// Applies the theme to the running application; System follows the desktop's light or dark preference.
    static void apply(WorkstationSettings::Theme theme);
    static bool isDark();

    /// A themed icon from resources/icons (name without extension).
    static QIcon icon(const QString &name);
    /// The accent colour used for selection and emphasis in the current theme.
    static QColor accent();

private:
    static bool systemPrefersDark();
};
