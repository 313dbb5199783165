// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Damage done to files on purpose, as a failing disk or an interrupted copy would do it, so that tests can check
 * that Sillage notices instead of reading garbage.
 */
namespace FileCorruption {

/// Overwrites whole pages in the middle of the file with garbage, leaving its header intact; false if it cannot.
bool overwriteMiddlePages(const QString &path, int pages = 8, int pageSize = 4096);

/// The whole content of the file, to prove that something left it untouched; empty when it cannot be read.
QByteArray contentOf(const QString &path);

} // namespace FileCorruption
