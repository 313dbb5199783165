// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

/**
 * One record of an imported table, with the line of the file where it starts, so that an error about a value can
 * send the user to the right place in the file even when earlier records span several lines.
 */
struct TabularRow
{
    /// 1-based physical line of the file where the record starts; the header is on line 1 (or later after blank lines).
    int line = 0;
    /// As many cells as the header has columns.
    QStringList cells;
};
