// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

/** Who a row of a dropout list is, as far as the base can tell. */
struct DropoutMatch
{
    enum class Kind {
        None,            ///< Nobody known: a new case.
        InCampaign,      ///< Already in this campaign's list (a re-import): nothing to do.
        AlreadyReviewed, ///< Already waiting for (or given) a person's decision in this campaign.
        OpenCase,        ///< A case still open (from another list or a report): the row joins it.
        Dossier,         ///< No open case, but a Jeunes dossier: a new case linked to it.
        Review,          ///< Someone who looks like a known person without surely being them.
    };

    Kind kind = Kind::None;
    QString caseId;        ///< InCampaign, OpenCase, and Review of a case.
    QString beneficiaryId; ///< Dossier, and Review of a dossier.
    QString reason;        ///< Why it matched, in the user's language.
};

/**
 * Recognises the young people of a dropout list among the cases and dossiers already in the base, so that a list
 * links rather than duplicates. Sure matches: the same INE, else the same name and birth date once accents, case,
 * hyphens and spaces are ignored ("Jean-Baptiste" is "Jean Baptiste", "Lefèvre" is "LEFEVRE"). Uncertain ones — the
 * same name with birth dates one digit apart or with day and month swapped, last and first names swapped, or the
 * same identity with two different INEs — are never guessed: they go to a review list for a person to decide.
 */
class DropoutMatcher
{
    Q_DECLARE_TR_FUNCTIONS(DropoutMatcher)

public:
    explicit DropoutMatcher(Database &database);

    /// The match of a row; campaignId may be empty for a campaign not yet created.
    Result<DropoutMatch> match(const DropoutCase &row, const QString &campaignId) const;

    /// Dates written JJMMAAAA that differ in one digit only, or with day and month swapped.
    static bool datesLookAlike(const QDate &a, const QDate &b);

private:
    Result<DropoutMatch> matchInCampaign(const DropoutCase &row, const QString &campaignId) const;
    Result<DropoutMatch> matchOpenCase(const DropoutCase &row) const;
    Result<DropoutMatch> matchDossier(const DropoutCase &row) const;
    Result<DropoutMatch> matchUncertain(const DropoutCase &row) const;

    Database &m_database;
};
