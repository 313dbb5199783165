// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWriter.h"

#include "AtomicFile.h"
#include "CellText.h"
#include "DateParser.h"

#include <QDate>
#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace {

// Integers beyond 2^53 lose digits as a spreadsheet's double: they are written as text instead.
constexpr qint64 largestExactInteger = qint64(1) << 53;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
};

Error libraryError(const QString &path, lxw_error error)
{
    return Error(
        Error::Kind::Storage,
        XlsxWriter::tr("The spreadsheet cannot be written: %1").arg(QString::fromUtf8(lxw_strerror(error))),
        XlsxWriter::tr("Check that the folder exists, that you may write in it and that the disk is not full."), path);
}

QDate dateOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate();
    case QMetaType::QDateTime:
        return value.toDateTime().toLocalTime().date();
    case QMetaType::QString: {
        const Result<QDate> parsed = DateParser::parse(value.toString());
        return parsed ? *parsed : QDate();
    }
    default:
        return {};
    }
}

bool isNumeric(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

lxw_error writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
                    lxw_format *format = nullptr)
{
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), format);
}

// Writes one value as the cell type its column asks for, falling back to text when the value does not fit (an
// "unknown" in a date column), so that an export never loses what the database holds.
lxw_error writeValue(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &value,
                     TabularColumn::Type type, const Formats &formats)
{
    if (!value.isValid() || value.isNull())
        return LXW_NO_ERROR;
    bool ok = false;
    switch (type) {
    case TabularColumn::Type::Text:
        break;
    case TabularColumn::Type::Integer: {
        const qint64 number = value.toLongLong(&ok);
        if (ok && number > -largestExactInteger && number < largestExactInteger)
            return worksheet_write_number(sheet, row, col, double(number), nullptr);
        break;
    }
    case TabularColumn::Type::Number: {
        const double number = value.toDouble(&ok);
        if (ok && std::isfinite(number))
            return worksheet_write_number(sheet, row, col, number, nullptr);
        break;
    }
    case TabularColumn::Type::Boolean:
        if (isNumeric(value))
            return worksheet_write_boolean(sheet, row, col, value.toBool(), nullptr);
        break;
    case TabularColumn::Type::Date: {
        // Excel's calendar starts in 1900: earlier dates can only be text.
        const QDate date = dateOf(value);
        if (date.isValid() && date.year() >= 1900 && date.year() <= 9999) {
            lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            return worksheet_write_datetime(sheet, row, col, &when, formats.date);
        }
        break;
    }
    }
    return writeText(sheet, row, col, CellText::of(value));
}

int displayWidth(const QVariant &value, TabularColumn::Type type)
{
    if (type == TabularColumn::Type::Date && dateOf(value).isValid())
        return 10;
    const QString text = CellText::of(value);
    const qsizetype lineEnd = text.indexOf(u'\n');
    return int(std::min<qsizetype>(lineEnd < 0 ? text.size() : lineEnd, XlsxWriter::maximumColumnWidth));
}

Result<void> checkSize(const TabularSheet &table)
{
    if (table.rows.size() + 1 > LXW_ROW_MAX || table.columns.size() > LXW_COL_MAX) {
        return Error(Error::Kind::BadInput,
                     XlsxWriter::tr("The table “%1” has %2 rows and %3 columns, more than a spreadsheet holds.")
                         .arg(table.name)
                         .arg(table.rows.size())
                         .arg(table.columns.size()),
                     XlsxWriter::tr("Export it as CSV or JSON instead."));
    }
    return {};
}

Result<void> writeSheet(lxw_worksheet *sheet, const TabularSheet &table, const Formats &formats, const QString &path)
{
    const qsizetype columnCount = table.columns.size();
    QList<int> widths(columnCount, 0);
    for (qsizetype c = 0; c < columnCount; ++c) {
        const QString &title = table.columns.at(c).title;
        // Bold letters are wider: one more character keeps the title from being cut.
        widths[c] = int(std::min<qsizetype>(title.size() + 1, XlsxWriter::maximumColumnWidth));
        if (const lxw_error e = writeText(sheet, 0, lxw_col_t(c), title, formats.header); e != LXW_NO_ERROR)
            return libraryError(path, e);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList &values = table.rows.at(r);
        for (qsizetype c = 0; c < std::min(columnCount, values.size()); ++c) {
            const QVariant &value = values.at(c);
            const TabularColumn::Type type = table.columns.at(c).type;
            const lxw_error e = writeValue(sheet, lxw_row_t(r + 1), lxw_col_t(c), value, type, formats);
            if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
                return Error(Error::Kind::BadInput,
                             XlsxWriter::tr("The value in row %1 of column “%2” is longer than %3 characters, the "
                                            "most a spreadsheet cell holds.")
                                 .arg(r + 2)
                                 .arg(table.columns.at(c).title)
                                 .arg(XlsxWriter::maximumCellLength),
                             XlsxWriter::tr("Export it as CSV or JSON instead."));
            }
            if (e != LXW_NO_ERROR)
                return libraryError(path, e);
            widths[c] = std::max(widths[c], displayWidth(value, type));
        }
    }
    for (qsizetype c = 0; c < columnCount; ++c) {
        const int width = std::clamp(widths[c] + 2, XlsxWriter::minimumColumnWidth, XlsxWriter::maximumColumnWidth);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    return {};
}

// Builds the whole workbook into the file at temporaryPath. workbook_close() is called on every path, since it is
// also what frees the workbook.
Result<void> writeWorkbook(const QString &temporaryPath, const QString &path, const QList<TabularSheet> &tables)
{
    // constant_memory stays off: it streams rows to disk but forbids setting column widths once rows are written,
    // and widths are known only after the rows.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_FALSE;
    const QByteArray fileName = QFile::encodeName(temporaryPath);
    lxw_workbook *workbook = workbook_new_opt(fileName.constData(), &options);
    if (!workbook)
        return libraryError(path, LXW_ERROR_MEMORY_MALLOC_FAILED);

    Formats formats;
    formats.header = workbook_add_format(workbook);
    format_set_bold(formats.header);
    formats.date = workbook_add_format(workbook);
    format_set_num_format(formats.date, "dd/mm/yyyy");

    Result<void> written;
    QStringList names;
    for (const TabularSheet &table : tables) {
        const QString name = XlsxWriter::sheetName(table.name, names);
        names.append(name);
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!sheet) {
            written = libraryError(path, LXW_ERROR_MEMORY_MALLOC_FAILED);
            break;
        }
        written = writeSheet(sheet, table, formats, path);
        if (!written)
            break;
    }
    const lxw_error closed = workbook_close(workbook);
    if (!written)
        return written;
    if (closed != LXW_NO_ERROR)
        return libraryError(path, closed);
    return {};
}

} // namespace

Result<void> XlsxWriter::write(const QString &path, const TabularSheet &sheet)
{
    return write(path, QList<TabularSheet>{sheet});
}

Result<void> XlsxWriter::write(const QString &path, const QList<TabularSheet> &sheets)
{
    // Size checks first, so that an export that cannot fit leaves nothing on the disk.
    for (const TabularSheet &table : sheets) {
        if (Result<void> fits = checkSize(table); !fits)
            return fits;
    }
    QList<TabularSheet> tables = sheets;
    if (tables.isEmpty())
        tables.append(TabularSheet()); // a workbook needs at least one sheet

    Result<QString> temporary = AtomicFile::createTemporaryBeside(path);
    if (!temporary)
        return temporary.error();
    Result<void> written = writeWorkbook(*temporary, path, tables);
    if (!written) {
        QFile::remove(*temporary);
        return written;
    }
    return AtomicFile::replace(*temporary, path);
}

QString XlsxWriter::sheetName(const QString &wanted, const QStringList &taken)
{
    QString base;
    for (const QChar c : wanted) {
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        base += (forbidden.contains(c) || c.category() == QChar::Other_Control) ? QChar(u'-') : c;
    }
    base = base.trimmed();
    while (base.startsWith(u'\''))
        base.remove(0, 1);
    while (base.endsWith(u'\''))
        base.chop(1);
    if (base.isEmpty())
        base = tr("Sheet %1").arg(taken.size() + 1);

    const auto isTaken = [&](const QString &name) { return taken.contains(name, Qt::CaseInsensitive); };
    QString name = base.left(LXW_SHEETNAME_MAX);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(LXW_SHEETNAME_MAX - suffix.size()) + suffix;
    }
    return name;
}
