// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularProblem.h"
#include "TabularRow.h"
#include "TextDecoder.h"

#include <QList>
#include <QStringList>

/**
 * A table read from a file, before any meaning is given to its columns: the header, the records, how the file was
 * written (separator and encoding, shown to the user so that a wrong guess is visible) and the lines that could not
 * be read.
 */
struct TabularData
{
    QStringList header;
    /// Line of the header in the file (1 unless the file starts with blank lines).
    int headerLine = 1;
    /// Records after the header, blank records left out; each has exactly header.size() cells.
    QList<TabularRow> rows;
    /// Lines that were left out of rows, with the reason.
    QList<TabularProblem> problems;
    QChar separator = QLatin1Char(';');
    /// Translated name of the separator ("semicolon (;)").
    QString separatorLabel;
    TextDecoder::Encoding encoding = TextDecoder::Encoding::Utf8;
};
