// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConsole.h"

#include "storage/DataSettings.h"

#include <cstdio>

CliConsole::CliConsole() : m_out(stdout), m_err(stderr) {}

Result<std::unique_ptr<Database>> CliConsole::openDatabase(const CliOptions &options, Database::Access access)
{
    auto database = Database::open(options.database, access);
    if (database) {
        DataSettings settings(**database);
        (*database)->setSiteCode(settings.siteCode());
        (*database)->setCurrentUser(qEnvironmentVariable("USER", QStringLiteral("sillage-cli")));
    }
    return database;
}

int CliConsole::usageError(const QString &message)
{
    m_err << message << Qt::endl << tr("Run \"sillage-cli --help\" to see the commands.") << Qt::endl;
    return 1;
}

int CliConsole::fail(const Error &error)
{
    m_err << error.fullText() << Qt::endl;
    return error.exitCode();
}
