// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/TabularExport.h"

#include <QList>
#include <QString>

#include <optional>

class QWidget;

/** Where a table export goes and in which format, as the user chose them in a save dialog. */
struct ExportTarget
{
    QString path;
    TabularExport::Format format = TabularExport::Format::Xlsx;
};

/**
 * The save dialog of every table export: the formats offered in order (the first is the default), a name suggested
 * in the home folder with today's date, the extension of the chosen format added when the user typed none.
 */
namespace ExportFileDialog {

/// nameTemplate holds %1 for the date ("dossiers-%1.xlsx"); nothing when the user cancels.
std::optional<ExportTarget> ask(QWidget *parent, const QString &title, const QString &nameTemplate,
                                const QList<TabularExport::Format> &formats);

} // namespace ExportFileDialog
