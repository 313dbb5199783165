// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Something wrong with one line of an imported file that does not prevent reading the others: the caller lists
 * these to the user (and an all-or-nothing import refuses to write while there are any).
 */
struct TabularProblem
{
    /// 1-based physical line of the file.
    int line = 0;
    /// 1-based column (field number), or 0 when the problem concerns the whole line.
    int column = 0;
    /// Translated sentence, already starting with the line ("line 12: …").
    QString message;
};
