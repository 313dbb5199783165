// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTreeWidget>

struct TabularProblem;

/**
 * What an import found wrong in a file, line by line: the problems that refuse the import (a bad date, a missing
 * column) and the lines it will skip (a person already known), so that the user can correct the file in their
 * spreadsheet before trying again. Any importer lists its plan through it.
 */
class ImportProblemList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { LineColumn, FileColumn, MessageColumn };

    /// Rows listed at most; a last row says how many more there are, since the first ones are what to fix first.
    static constexpr int MaximumShown = 500;

    explicit ImportProblemList(QWidget *parent = nullptr);

    /// Lists problems and skipped lines together in line order; header names the file's columns.
    void setContent(const QList<TabularProblem> &problems, const QList<TabularProblem> &skipped,
                    const QStringList &header);

    /// The message without the "line 12, column 3:" that starts it, since the line and column have their own cells.
    static QString withoutPosition(const QString &message, int line, int column);
};
