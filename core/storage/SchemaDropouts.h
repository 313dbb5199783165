// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/**
 * Schema 5: the Décrochage module (campaigns of dropout lists, cases, their status history and contact attempts,
 * which case came in which list, and the rows of a list waiting for a person to decide whether they are someone
 * already known).
 */
namespace SchemaDropouts {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaDropouts
