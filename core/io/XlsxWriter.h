// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularSheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * Writes Excel workbooks (.xlsx) with libxlsxwriter, for users who want a spreadsheet that opens ready to sort
 * and filter: a bold header frozen above the rows, columns as wide as their content (within bounds), and typed
 * cells — numbers are numbers, dates are real dates shown JJ/MM/AAAA, so that sorting and age formulas work.
 *
 * Text is always written as a text cell, never as a formula, so a name typed "=HYPERLINK(…)" stays text: formula
 * injection is impossible by construction, without the apostrophe the CSV writer needs. The workbook is written to a
 * temporary file beside the target, then renamed over it (see AtomicFile).
 */
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    /// One sheet per table, in order; sheet names are made valid and unique (see sheetName()).
    static Result<void> write(const QString &path, const QList<TabularSheet> &sheets);
    static Result<void> write(const QString &path, const TabularSheet &sheet);

    /**
     * A name Excel accepts, as close as possible to wanted: at most 31 characters, none of []:*?/\, not starting or
     * ending with an apostrophe, not empty, different (ignoring case) from every name in taken.
     */
    static QString sheetName(const QString &wanted, const QStringList &taken);

    /// Column widths, in characters of the default font, between which the content decides.
    static constexpr int minimumColumnWidth = 6;
    static constexpr int maximumColumnWidth = 60;
    /// The most characters a cell holds (Excel's limit).
    static constexpr int maximumCellLength = 32767;
};
