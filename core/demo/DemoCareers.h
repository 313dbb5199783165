// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "careers/RomeReferential.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

/**
 * The career sheets Sillage ships for a new installation: about forty ROME codes across the 14 grands domaines,
 * with real codes and labels and short texts written for Sillage. They are stored as the referential version
 * "demo" only when the base has no referential, and the first real ROME import replaces them.
 */
class DemoCareers
{
    Q_DECLARE_TR_FUNCTIONS(DemoCareers)

public:
    explicit DemoCareers(Database &database);

    /// The demo referential, without a database. With sheetCount above its few written sheets, as many more are
    /// derived from them (codes of their domains, labels and job titles varied), so that a benchmark searches a
    /// referential the size of the ROME's (about 1 600 sheets and 11 000 job titles).
    static RomeReferential referential(int sheetCount = 0);
    /// Stores the demo referential when the base has none; returns the number of sheets written (0 if it had one).
    Result<int> addWhenEmpty(int sheetCount = 0);

private:
    Database &m_database;
};
