// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/** How the programs answer the signals the system sends when a resource runs out. */
namespace ProcessSignals {

/**
 * A limit on file sizes (ulimit -f, a quota set that way) kills a program at the write that crosses it, with no
 * message and no chance to roll back. Ignored, the write fails instead: SQLite reports the disk as full, the
 * transaction is undone and Sillage says what happened. Called first thing in main().
 */
void survivesFileSizeLimit();

} // namespace ProcessSignals
