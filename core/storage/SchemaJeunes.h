// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/** Schema 2: the whole follow-up of a young person (dossier fields, programmes, situations, journal, actions,
 * appointments, career plan, référent history). */
namespace SchemaJeunes {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaJeunes
