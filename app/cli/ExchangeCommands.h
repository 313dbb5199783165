// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConsole.h"
#include "CliOptions.h"
#include "common/Result.h"

#include <QCoreApplication>

/**
 * The exchange commands of sillage-cli: `exchange export --out FILE` writes an encrypted exchange file (what changed
 * since the last exchange with a site, everything, or the dossiers given), `exchange import FILE` shows what a file
 * brings and merges it, all or nothing. The passphrase comes from a file or the environment, never the arguments.
 */
class ExchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCommands)

public:
    explicit ExchangeCommands(CliConsole &console);

    int run(const CliOptions &options);

private:
    int exportFile(const CliOptions &options, const QString &passphrase);
    int importFile(const CliOptions &options, const QString &passphrase);
    Result<QString> readPassphrase(const CliOptions &options);

    CliConsole &m_console;
};
