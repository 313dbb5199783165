// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConsole.h"
#include "CliOptions.h"

#include <QCoreApplication>

/**
 * The data-protection commands of sillage-cli: `privacy retention` lists the dossiers and dropout cases whose
 * retention period is over, with the rule and the date that make it so; `--apply` anonymises them, after a backup,
 * and trims the audit trail to its period. `privacy access ID --out DIR` answers a right-of-access request; `export
 * audit` writes the audit trail, filtered like the viewer.
 */
class PrivacyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyCommands)

public:
    explicit PrivacyCommands(CliConsole &console);

    int run(const CliOptions &options);
    /// `export audit --out FILE [--format F] [--from D] [--to D] [--adviser NAME] [--dossier NUMBER]`.
    int exportAudit(const CliOptions &options);

private:
    int retention(const CliOptions &options);
    int access(const CliOptions &options);

    CliConsole &m_console;
};
