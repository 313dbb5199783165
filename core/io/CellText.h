// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

/**
 * How a value of an exported table reads as text in a French spreadsheet: dates as JJ/MM/AAAA, decimal comma, yes
 * and no in the user's language. Shared by the CSV writer and by the XLSX writer for values that have no cell type.
 */
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(CellText)

public:
    /// The text of a value; empty for an invalid or null value.
    static QString of(const QVariant &value);
};
