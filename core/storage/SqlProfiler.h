// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;

/**
 * Finds the statements that make Sillage slow on a large database: with SILLAGE_SQL_PROFILE=N in the environment,
 * every statement that runs for N milliseconds or more is written to stderr with its duration, as SQLite measured
 * it. Off (and free) otherwise. Needs the SQLite that Qt's driver uses, which is the system's on Linux.
 */
namespace SqlProfiler {

/// Starts the tracing on this connection when the environment asks for it.
void attachIfRequested(const QSqlDatabase &connection);

} // namespace SqlProfiler
