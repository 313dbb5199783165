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

    /// The demo referential, without a database.
    static RomeReferential referential();
    /// Stores the demo referential when the base has none; returns the number of sheets written (0 if it had one).
    Result<int> addWhenEmpty();

private:
    Database &m_database;
};
