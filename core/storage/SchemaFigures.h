// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

class QSqlDatabase;

/**
 * Schema 11: the dashboard's figures at 100 000 dossiers. The journal entries are counted per day, type, author and
 * site of the dossier in `event_day_counts`, kept by triggers in the same transaction as every write (repositories,
 * imports, exchange files, anonymisation), so that a year's entries are summed from a few thousand rows instead of
 * grouped from hundreds of thousands. The dossiers open on a day and their running programmes are read from two
 * covering indexes, in the order of the dossiers' ids, so that the join walks both in step.
 */
namespace SchemaFigures {

Result<void> migrate(QSqlDatabase &db);

/// The counts as the triggers keep them, computed again from the journal: equal to the table when all is well.
QString recountSql();

} // namespace SchemaFigures
