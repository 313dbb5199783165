// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

class Database;

/**
 * Writes a record straight into a table, past the repositories and their rules: for tests that need a state the
 * rules would not let them build step by step (a dossier created on a given day, a case received a week ago).
 * Fills id, created_at (now, unless given) and updated_at (created_at, unless given); stops the test program on an
 * SQL error.
 */
namespace RecordWriter {

QString insert(Database &database, const QString &table, QVariantMap values);

} // namespace RecordWriter
