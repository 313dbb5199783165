// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include "AtomicFile.h"
#include "CellText.h"

#include <QIODevice>

#include <functional>

namespace {

constexpr char16_t separator = u';';
constexpr qsizetype flushThreshold = 256 * 1024;

using RowText = std::function<QStringList(qsizetype)>;

// Lines are encoded into a buffer flushed in large blocks: one write per line would make a 100 000-line export
// spend its time in system calls.
Result<void> writeLines(const QString &path, const QStringList &header, qsizetype rowCount, const RowText &rowText)
{
    return AtomicFile::write(path, [&](QIODevice &out) -> Result<void> {
        QByteArray buffer("\xEF\xBB\xBF");
        const auto add = [&](const QStringList &cells) {
            buffer += CsvWriter::encodeLine(cells).toUtf8();
            buffer += "\r\n";
            if (buffer.size() >= flushThreshold) {
                out.write(buffer);
                buffer.clear();
            }
        };
        add(header);
        for (qsizetype i = 0; i < rowCount; ++i) {
            QStringList cells = rowText(i);
            cells.resize(header.size());
            add(cells);
        }
        out.write(buffer);
        return {};
    });
}

} // namespace

Result<void> CsvWriter::write(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    return writeLines(path, header, rows.size(), [&](qsizetype i) { return rows.at(i); });
}

Result<void> CsvWriter::write(const QString &path, const QList<TabularColumn> &columns, const QList<QVariantList> &rows)
{
    QStringList header;
    for (const TabularColumn &column : columns)
        header.append(column.title);
    return writeLines(path, header, rows.size(), [&](qsizetype i) {
        const QVariantList &values = rows.at(i);
        QStringList cells;
        cells.reserve(columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c)
            cells.append(c < values.size() ? CellText::of(values.at(c)) : QString());
        return cells;
    });
}

QString CsvWriter::neutralise(const QString &cell)
{
    // Excel and LibreOffice run a cell starting with = + - @ as a formula (tab and CR are stripped first, so they can
    // hide one), and a formula can start programs or send data away (CSV injection). Numbers are neutralised too:
    // telling "-3" from "-3+cmd|' /C calc'!A0" means reimplementing how each spreadsheet parses a cell, and the
    // cost of the safe rule is small — a negative number or a phone "+33 6…" opens as text, which for phone
    // numbers is even what the user wants (Excel would turn them into 3,36E+10).
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString CsvWriter::encodeCell(const QString &cell)
{
    const QString safe = neutralise(cell);
    const bool needsQuotes =
        safe.contains(separator) || safe.contains(u'"') || safe.contains(u'\n') || safe.contains(u'\r');
    if (!needsQuotes)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::encodeLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QChar(separator);
        line += encodeCell(cells.at(i));
    }
    return line;
}
