// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/**
 * Schema 9: data protection. The local user accounts (name, initials, role, Argon2id password hash), and the moment
 * a dossier or a dropout case was anonymised (its names, contacts and free text gone, its statistics kept).
 */
namespace SchemaPrivacy {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaPrivacy
