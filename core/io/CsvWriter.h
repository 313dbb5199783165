// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularColumn.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

/**
 * Writes CSV files that French Excel opens correctly by a double click: UTF-8 with a BOM (without it Excel reads
 * Windows-1252 and mangles accents), ";" as separator (the comma is the decimal mark), CRLF line ends, quotes only
 * where needed. Cells that a spreadsheet would run as a formula are neutralised, since exported values (names,
 * notes) are typed by people the adviser does not control. The file is replaced atomically (see AtomicFile).
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    /// Writes a header and rows of text; rows shorter than the header are padded with empty cells.
    static Result<void> write(const QString &path, const QStringList &header, const QList<QStringList> &rows);
    /// Writes typed rows under the column titles; values become text as CellText says (dates JJ/MM/AAAA).
    static Result<void> write(const QString &path, const QList<TabularColumn> &columns,
                              const QList<QVariantList> &rows);

    /// A cell as it appears between separators: neutralised, then quoted if it must be.
    static QString encodeCell(const QString &cell);
    /// The cell with a leading apostrophe if a spreadsheet could take it for a formula; otherwise unchanged.
    static QString neutralise(const QString &cell);
    /// A whole line without its line end.
    static QString encodeLine(const QStringList &cells);
};
