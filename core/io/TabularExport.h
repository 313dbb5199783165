// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularColumn.h"
#include "TabularSheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

/**
 * The one door through which exporters (beneficiaries, placements, dropouts, careers, audit) write a table, so that
 * each builds its columns and rows once and the user's choice of CSV, XLSX or JSON — a menu in the window,
 * `--format` on the command line — is only a parameter.
 */
class TabularExport
{
    Q_DECLARE_TR_FUNCTIONS(TabularExport)

public:
    enum class Format { Csv, Xlsx, Json };

    /// "csv", "xlsx" or "json", in any case; a Usage error naming the accepted names otherwise.
    static Result<Format> formatFromName(QStringView name);
    /// The format a file name's extension calls for ("export.xlsx"); a Usage error for another extension.
    static Result<Format> formatFromPath(const QString &path);
    /// The lower-case name, which is also the file extension: "csv", "xlsx", "json".
    static QString formatName(Format format);
    /// Translated description for a file dialog filter ("CSV for Excel (*.csv)").
    static QString fileFilter(Format format);

    static Result<void> write(const QString &path, Format format, const QList<TabularColumn> &columns,
                              const QList<QVariantList> &rows);
    /// The sheet's name only matters for XLSX.
    static Result<void> write(const QString &path, Format format, const TabularSheet &sheet);
};
