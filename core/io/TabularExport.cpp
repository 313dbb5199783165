// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularExport.h"

#include "CsvWriter.h"
#include "JsonWriter.h"
#include "XlsxWriter.h"

#include <QFileInfo>

#include <array>

namespace {

constexpr std::array<TabularExport::Format, 3> allFormats = {TabularExport::Format::Csv, TabularExport::Format::Xlsx,
                                                             TabularExport::Format::Json};

} // namespace

Result<TabularExport::Format> TabularExport::formatFromName(QStringView name)
{
    const QString wanted = name.trimmed().toString();
    for (const Format format : allFormats) {
        if (wanted.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return Error(Error::Kind::Usage, tr("Unknown export format “%1”: use csv, xlsx or json.").arg(wanted));
}

Result<TabularExport::Format> TabularExport::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (const Format format : allFormats) {
        if (suffix.compare(formatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return Error(Error::Kind::Usage,
                 tr("The file name “%1” does not end in .csv, .xlsx or .json.").arg(QFileInfo(path).fileName()));
}

QString TabularExport::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString TabularExport::fileFilter(Format format)
{
    switch (format) {
    case Format::Csv:
        return tr("CSV for Excel (*.csv)");
    case Format::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case Format::Json:
        return tr("JSON (*.json)");
    }
    return {};
}

Result<void> TabularExport::write(const QString &path, Format format, const QList<TabularColumn> &columns,
                                  const QList<QVariantList> &rows)
{
    switch (format) {
    case Format::Csv:
        return CsvWriter::write(path, columns, rows);
    case Format::Json:
        return JsonWriter::write(path, columns, rows);
    case Format::Xlsx:
        return XlsxWriter::write(path, TabularSheet{QString(), columns, rows});
    }
    return Error(Error::Kind::Usage, tr("Unknown export format."));
}

Result<void> TabularExport::write(const QString &path, Format format, const TabularSheet &sheet)
{
    if (format == Format::Xlsx)
        return XlsxWriter::write(path, sheet);
    return write(path, format, sheet.columns, sheet.rows);
}
