// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/**
 * Schema 7: exchange files between sites (the sites met and how far each was sent, the version of each record last
 * exchanged, pending conflicts, dossier numbers given anew on arrival, and the history of exchanges).
 */
namespace SchemaExchange {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaExchange
