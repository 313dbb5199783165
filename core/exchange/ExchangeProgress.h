// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

/**
 * How far a long exchange (encryption, export, decryption, import) has gone, in steps of the work at hand: `done` of
 * `total`. Returning false asks the work to stop; it then ends with an Error of kind Cancelled and leaves nothing
 * behind: no output file, no change to the database. `done` never goes back, and work that finishes reports
 * `done == total` last, before anything is committed, so a stop at the very last report still leaves nothing.
 */
using ExchangeProgress = std::function<bool(qint64 done, qint64 total)>;
