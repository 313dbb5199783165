// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class Database;

/**
 * The dossier's derived columns (last contact, next appointment, running programme) that the list sorts and filters
 * on. They are recomputed from the journal, the agenda and the programmes after each change there, without an audit
 * row or a new updated_at: they are facts about other records, not edits of the dossier.
 */
namespace DossierSummary {

Result<void> refresh(Database &database, const QString &beneficiaryId);

} // namespace DossierSummary
