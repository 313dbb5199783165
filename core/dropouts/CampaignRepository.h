// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

#include <optional>

class Database;

/**
 * Stores the campaigns de repérage (one per list received) and which cases each list held: a young person still
 * without a solution comes back in the next list, and belongs to both campaigns while remaining one case.
 */
class CampaignRepository
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database &database);

    /// Creates a campaign; names are unique (ignoring nothing: "SIEI 2026-03" is a name a coordinator chooses).
    Result<Campaign> create(Campaign campaign);
    Result<std::optional<Campaign>> find(const QString &id) const;
    Result<std::optional<Campaign>> findByName(const QString &name) const;
    /// The campaign of that name, created (received today) when there is none.
    Result<Campaign> ensure(const QString &name, const QDate &receivedOn = QDate::currentDate());
    /// Every campaign, newest first.
    Result<QList<Campaign>> list() const;

    /// Records that the campaign's list held the case; false (and nothing written) when it was already recorded.
    Result<bool> addCase(const QString &campaignId, const QString &caseId, int line, const QDate &on);
    Result<bool> holds(const QString &campaignId, const QString &caseId) const;

private:
    Database &m_database;
    RecordStore m_records;
};
