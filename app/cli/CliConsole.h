// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

/**
 * What every command of sillage-cli shares: the output and error streams, the database opened as the options say
 * (with the site and the user who write), and the way a failure is printed and turned into the exit code of the
 * contract (0 done, 1 usage, 2 bad input, 3 storage).
 */
class CliConsole
{
    Q_DECLARE_TR_FUNCTIONS(CliConsole)

public:
    CliConsole();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    Result<std::unique_ptr<Database>> openDatabase(const CliOptions &options, Database::Access access);
    /// Prints the message and where to find the commands; returns the usage exit code.
    int usageError(const QString &message);
    /// Prints the error with its hint and detail; returns its exit code.
    int fail(const Error &error);
    /// A passphrase or a password, kept off the command line: the first line of file when given, else the
    /// environment variable (empty when unset).
    static Result<QString> readSecret(const QString &file, const char *variable);

private:
    QTextStream m_out;
    QTextStream m_err;
};
