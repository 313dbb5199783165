// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Placement.h"
#include "PlacementProblem.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <optional>

class Database;

/** One dated move of an immersion's status. */
struct PlacementStatusChange
{
    QDate changedOn;
    QString fromStatus;
    QString toStatus;
    QString justification;
    QString changedBy;
};

/**
 * Stores immersions under the rules of PlacementRules (duration, age, hours, overlaps with the same person's other
 * immersions) and moves them through PlacementWorkflow's statuses, keeping the date, author and justification of
 * each move. Immersions also appear in the young person's timeline.
 */
class PlacementRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)

public:
    explicit PlacementRepository(Database &database);

    /// The rules' problems for this immersion, with the person's birth date and other immersions read from the base.
    Result<QList<PlacementProblem>> problems(const Placement &placement) const;

    /// Creates a draft; refused (BadInput listing the problems) when a rule is broken.
    Result<Placement> create(Placement placement);
    Result<QStringList> update(const Placement &placement);
    Result<std::optional<Placement>> find(const QString &id) const;
    /// The immersions of one young person, newest first.
    Result<QList<Placement>> listFor(const QString &beneficiaryId) const;

    /// Moves the immersion to another status if the workflow allows it; cancel and refuse need a justification.
    Result<void> move(const QString &id, const QString &toStatus, const QString &justification = {},
                      const QDate &on = QDate::currentDate());
    Result<QList<PlacementStatusChange>> history(const QString &id) const;
    /// A new draft with the same company, tutor, job, schedule and content, for new dates.
    Result<Placement> duplicate(const QString &id, const QDate &startOn, const QDate &endOn);

    /// Makes immersions part of every young person's timeline; called once at start.
    static void registerTimeline();

private:
    static QVariantMap values(const Placement &placement);

    Database &m_database;
    RecordStore m_records;
};
