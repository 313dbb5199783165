// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/** The Immersions module's tables and their later changes, one function per schema version. */
namespace SchemaPlacements {

/// Schema 3: host companies, tutors, immersions, their status history and assessments.
Result<void> migrate(QSqlDatabase &db);
/// Schema 4: what a host company can welcome young people for (ROME domains) and what it does.
Result<void> addCompanyDomains(QSqlDatabase &db);

} // namespace SchemaPlacements
