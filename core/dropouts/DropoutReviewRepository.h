// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

/** A row of a list that looks like someone known, waiting for a person to say whether it is them. */
struct DropoutReview
{
    QString id;
    QString campaignId;
    int line = 0;
    DropoutCase row;       ///< The row as it was read.
    QString candidateKind; ///< "case" or "dossier".
    QString candidateId;
    QString reason;
    QString decision; ///< Empty while pending, then "linked" or "separate".
    QString caseId;   ///< The case the decision led to.
};

/**
 * The review list of the dropout import: uncertain matches are stored here rather than guessed, and a person links
 * the row to the candidate (the campaign then holds the existing case, or a new case linked to the dossier) or keeps
 * it separate (a new case of its own).
 */
class DropoutReviewRepository
{
    Q_DECLARE_TR_FUNCTIONS(DropoutReviewRepository)

public:
    enum class Decision { Link, KeepSeparate };

    explicit DropoutReviewRepository(Database &database);

    Result<DropoutReview> add(DropoutReview review);
    /// The reviews still waiting for a decision, of one campaign or (empty id) of all, in list order.
    Result<QList<DropoutReview>> pending(const QString &campaignId = {}) const;
    /// Applies the decision; returns the case the row now belongs to.
    Result<QString> resolve(const QString &id, Decision decision, const QDate &on = QDate::currentDate());

    static QJsonObject toJson(const DropoutCase &row);
    static DropoutCase fromJson(const QJsonObject &object);

private:
    Database &m_database;
    RecordStore m_records;
};
