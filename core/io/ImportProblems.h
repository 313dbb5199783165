// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularProblem.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>

/** How every importer words a line's problem and refuses a file, so that the messages read the same everywhere. */
class ImportProblems
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblems)

public:
    /// "line 12, column 3: message" for the cell of line at column (0-based, as in ColumnMapping).
    static TabularProblem inCell(int line, int column, const QString &message);
    /// The refusal of a whole file: nothing was written, and the first problems say why.
    static Error refusal(const QList<TabularProblem> &problems);

    /// How many problems a refusal lists before "… and N more".
    static constexpr int listed = 20;
};
