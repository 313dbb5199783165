// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/**
 * Schema 10: what a base of 100 000 dossiers needs. The list of dossiers of one status reads its page by walking
 * an index in the order shown (name, age, adviser, last contact, next appointment, and last contact within one
 * adviser's dossiers) and counts its rows from the same small indexes; they leave out deleted dossiers, as every
 * list does. The home page's late actions are read in order of due date from the open actions only, and its
 * appointments of the day, CEJ ending and immersions of the week from indexes on those dates. The search index
 * knows each entry's module, so that a search ranks a bounded number of matches per module. Measured by
 * scripts/bench.sh.
 */
namespace SchemaScale {

Result<void> migrate(QSqlDatabase &db);

} // namespace SchemaScale
