// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConsole.h"
#include "CliOptions.h"

#include <QCoreApplication>

class ReportDocument;

/**
 * The commands of sillage-cli that read figures: `stats` (the dashboard's indicators for a period, as text, JSON,
 * an Excel workbook or a PDF) and `report activity` (the bilan d'activité of a year).
 */
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    explicit ReportCommands(CliConsole &console);

    int stats(const CliOptions &options);
    int report(const CliOptions &options);

private:
    /// Writes the document where --out says, as PDF or XLSX by the file's extension.
    int write(const ReportDocument &document, const QString &path);

    CliConsole &m_console;
};
