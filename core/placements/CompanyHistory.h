// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/** One immersion a company hosted, with what its bilan says when one was made. */
struct CompanyImmersion
{
    QString placementId;
    QString youngPerson; ///< "MARTIN Léa", as in the list of immersions.
    QDate startOn;
    QDate endOn;
    QString job;    ///< The job label, or the ROME code when there is no label.
    QString status; ///< PlacementWorkflow status
    bool assessed = false;
    QString attendance; ///< Vocabulary::List::Attendance, when assessed
    bool jobOffer = false;
    QString contractType; ///< Vocabulary::List::ContractType, when a job was offered
};

/** What a company's immersions add up to, for the adviser who wonders whether to send someone there again. */
struct CompanyHistorySummary
{
    int hosted = 0;    ///< Immersions with the company, cancelled and refused ones aside.
    int assessed = 0;  ///< Of those, the ones whose bilan was made.
    int completed = 0; ///< Bilans saying the young person attended in full.
    int jobOffers = 0; ///< Bilans ending with a job offer (whatever the contract).

    bool operator==(const CompanyHistorySummary &) const = default;
};

/**
 * The history of a host company: every immersion it hosted or was meant to host, newest first, with the outcome of
 * its bilan, and the figures they add up to. Immersions of deleted dossiers are left out.
 */
class CompanyHistory
{
    Q_DECLARE_TR_FUNCTIONS(CompanyHistory)

public:
    explicit CompanyHistory(Database &database);

    Result<QList<CompanyImmersion>> immersions(const QString &companyId) const;
    static CompanyHistorySummary summarise(const QList<CompanyImmersion> &immersions);
    /// The bilan in one line ("Completed in full · job offered: CDI (permanent)"); empty before the bilan.
    static QString outcome(const CompanyImmersion &immersion);
    /// The figures in one sentence, for the company's card.
    static QString summaryText(const CompanyHistorySummary &summary);

private:
    Database &m_database;
};
