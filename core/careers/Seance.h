// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/** A prepared list of career sheets for a workshop, shown one after the other in projector mode. */
struct Seance
{
    QString id;
    QString name;
    /// Sheet keys (ROME codes or local sheet ids), in the order they are shown.
    QStringList sheetKeys;
};
