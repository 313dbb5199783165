// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/** Schema 3: the Immersions module (host companies, tutors, immersions, their status history and assessments). */
namespace SchemaPlacements {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaPlacements
