// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

/**
 * Writing an export so that the target is either the old file or the complete new one, never half of one: an
 * export interrupted by a full disk, a crash or a pulled USB key must not leave a truncated spreadsheet that looks
 * complete. Everything is written beside the target, then renamed over it in one step.
 */
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    using Producer = std::function<Result<void>(QIODevice &out)>;

    /**
     * Writes the file through QSaveFile: produce writes into the device (write errors are caught at the end, so it
     * need not check them); the file replaces path only if produce succeeds and every byte reached the disk.
     */
    static Result<void> write(const QString &path, const Producer &produce);

    /**
     * For writers that insist on opening a file by name (libxlsxwriter): a new, empty file in the folder of path,
     * created with the same default permissions a new file would get.
     */
    static Result<QString> createTemporaryBeside(const QString &path);

    /// Moves a finished temporary file over path in one rename, keeping the permissions of path if it existed.
    static Result<void> replace(const QString &temporaryPath, const QString &path);

    /// The Storage error for a file that cannot be written.
    static Error writeError(const QString &path, const QString &reason);
};
