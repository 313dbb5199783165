// SPDX-License-Identifier: GPL-3.0-or-later
#include "SillageStyle.h"

SillageStyle::SillageStyle() : QProxyStyle(QStringLiteral("Fusion")) {}

int SillageStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                            QStyleHintReturn *returnData) const
{
    if (hint == QStyle::SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}
