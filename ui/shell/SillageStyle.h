// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

/**
 * Fusion, with the few changes Sillage wants on every system: no icons on dialog buttons (words read better than
 * the desktop's pictograms), and nothing else yet, so that the look stays that of Fusion.
 */
class SillageStyle : public QProxyStyle
{
    Q_OBJECT

public:
    SillageStyle();
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;
};
