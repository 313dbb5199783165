// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/TabularSheet.h"

#include <QCoreApplication>
#include <QMap>

class Database;

/** The figures of one campaign de repérage, as the PSAD reports them. */
struct CampaignFigureSet
{
    QString campaignId;
    QString campaignName;
    int rowsReceived = 0;               ///< Young people of the list (each once).
    int contacted = 0;                  ///< With at least one contact attempt.
    int reached = 0;                    ///< Spoken with (themselves or their family), or met.
    QMap<QString, int> solutionsByKind; ///< Vocabulary::List::DropoutSolution code → cases.
    QMap<QString, int> closuresByKind;  ///< Vocabulary::List::DropoutClosure code → cases.
    int stillOpen = 0;
    /// Median number of days from the list's arrival to the solution; -1 when no case has found one yet.
    double medianDaysToSolution = -1;

    int solutions() const;
    int closures() const;
};

/**
 * Computes the campaign figures from the cases each list held, so that a young person who came in two lists counts in
 * both, and lays them out as a table for CSV, XLSX or JSON.
 */
class CampaignFigures
{
    Q_DECLARE_TR_FUNCTIONS(CampaignFigures)

public:
    explicit CampaignFigures(Database &database);

    Result<CampaignFigureSet> of(const QString &campaignId) const;
    /// Every campaign, newest first.
    Result<QList<CampaignFigureSet>> all() const;

    /// One row per campaign, one column per figure and per solution and closure kind.
    static TabularSheet sheet(const QList<CampaignFigureSet> &figures);

private:
    Database &m_database;
};
