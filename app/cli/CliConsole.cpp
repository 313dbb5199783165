// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConsole.h"

#include "privacy/UserDirectory.h"
#include "storage/DataSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <cstdio>

CliConsole::CliConsole() : m_out(stdout), m_err(stderr) {}

Result<std::unique_ptr<Database>> CliConsole::openDatabase(const CliOptions &options, Database::Access access)
{
    // Only init and demo make a new base. Elsewhere a missing folder is a USB drive not plugged in or a folder moved
    // away: the command must not write into a new empty base there, where nobody would look for it.
    const QFileInfo file(options.database);
    const bool creates = options.command == QLatin1String("init") || options.command == QLatin1String("demo");
    if (!creates && !file.exists() && !file.absoluteDir().exists())
        return Error(Error::Kind::Storage,
                     tr("The folder of the database %1 does not exist.").arg(QDir::toNativeSeparators(file.filePath())),
                     tr("It may have been moved, removed, or be on a drive that is not plugged in. To start a new "
                        "database there, run \"sillage-cli init\"."));
    auto database = Database::open(options.database, access);
    if (!database)
        return database;
    DataSettings settings(**database);
    (*database)->setSiteCode(settings.siteCode());
    // The command works as a user of the database, with that user's role: once accounts have passwords, the name
    // comes with --user and the password from SILLAGE_PASSWORD or --password-file, never the command line.
    UserDirectory users(**database);
    auto passwords = users.passwordsInUse();
    if (!passwords)
        return passwords.error();
    const QString name =
        options.user.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("sillage-cli")) : options.user;
    if (!*passwords) {
        // A single-user installation: the command line works as its administrator, and creates no account (the
        // first account is the person who opens Sillage).
        auto accounts = users.accounts();
        if (!accounts)
            return accounts.error();
        if (accounts->isEmpty()) {
            (*database)->setCurrentUser(name);
            (*database)->setCurrentRole(UserRole::Administrator);
            return database;
        }
        // Its one person, when --user does not name another: the command line is that person at the terminal.
        QString who = name;
        const auto active = std::count_if(accounts->cbegin(), accounts->cend(),
                                          [](const UserAccount &account) { return !account.disabled; });
        if (options.user.isEmpty() && active == 1)
            who = std::find_if(accounts->cbegin(), accounts->cend(), [](const UserAccount &account) {
                      return !account.disabled;
                  })->name;
        if (auto signedIn = users.signInWithoutPassword(who); !signedIn)
            return signedIn.error();
        return database;
    }
    if (options.user.isEmpty())
        return Error(Error::Kind::Usage, tr("This database asks who you are: give --user NAME, and the password in "
                                            "the SILLAGE_PASSWORD variable or a file given with --password-file."));
    auto password = readSecret(options.passwordFile, "SILLAGE_PASSWORD");
    if (!password)
        return password.error();
    if (auto signedIn = users.signIn(options.user, *password); !signedIn)
        return signedIn.error();
    return database;
}

Result<QString> CliConsole::readSecret(const QString &file, const char *variable)
{
    if (!file.isEmpty()) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly))
            return Error(Error::Kind::BadInput, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(file)),
                         {}, input.errorString());
        // The first line, without the line ending an editor adds.
        QString secret = QString::fromUtf8(input.readLine(4096));
        while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
            secret.chop(1);
        return secret;
    }
    return qEnvironmentVariable(variable);
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
