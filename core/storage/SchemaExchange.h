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

/// Schema 8: the site each received record came from, so that it is not sent back there.
Result<void> addReceivedSource(QSqlDatabase &db);

} // namespace SchemaExchange
