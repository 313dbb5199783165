// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/** The Métiers module's tables, one function per schema version. */
namespace SchemaCareers {

/// Schema 6: the imported ROME referential (replaced as a whole by each import) kept apart from local work (a
/// trainer's own sheets, local additions to ROME sheets, séances), which are synchronised records.
Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaCareers
