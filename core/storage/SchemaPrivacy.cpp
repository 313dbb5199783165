// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaPrivacy.h"

#include "SqlHelpers.h"

namespace SchemaPrivacy {

Result<void> migrate(QSqlDatabase &db)
{
    return Sql::execAll(
        db, {
                QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN anonymised_at INTEGER"),
                QStringLiteral("ALTER TABLE dropout_cases ADD COLUMN anonymised_at INTEGER"),
                // An empty password_hash: a user who has not set a password yet (a single-user installation).
                QStringLiteral("CREATE TABLE users (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, "
                               "initials TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, "
                               "password_hash TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
                               "disabled_at INTEGER)"),
                QStringLiteral("CREATE UNIQUE INDEX users_name ON users(name COLLATE NOCASE)"),
            });
}

} // namespace SchemaPrivacy
