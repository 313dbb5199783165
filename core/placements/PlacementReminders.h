// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

/** One immersion an adviser should look at, with what the reminder list shows. */
struct PlacementReminder
{
    QString placementId;
    QString beneficiaryId;
    QString beneficiaryName; ///< "MARTIN Léa"
    QString companyName;     ///< Empty while the convention has no company.
    QDate startOn;
    QDate endOn;
    QString status; ///< PlacementWorkflow status
};

/**
 * The immersions an adviser should follow up on a given day: those starting or ending this week (Monday to Sunday)
 * among signed and ongoing ones, and the ended ones whose bilan is more than 7 days late.
 */
class PlacementReminders
{
    Q_DECLARE_TR_FUNCTIONS(PlacementReminders)

public:
    /// Reminders for one adviser's immersions (their prescriber); an empty prescriber means everyone's.
    explicit PlacementReminders(Database &database, const QString &prescriber = {});

    /// Signed or ongoing immersions starting in the week of day, by start date.
    Result<QList<PlacementReminder>> startingThisWeek(const QDate &day) const;
    /// Signed or ongoing immersions ending in the week of day, by end date.
    Result<QList<PlacementReminder>> endingThisWeek(const QDate &day) const;
    /// Ended immersions without a bilan whose end is more than 7 days before day, oldest first.
    Result<QList<PlacementReminder>> assessmentsOverdue(const QDate &day) const;

    /// Days after the end of an immersion before its missing bilan becomes overdue.
    static constexpr int assessmentDelayDays = 7;

private:
    Result<QList<PlacementReminder>> select(const QString &condition, const QDate &from, const QDate &to) const;

    Database &m_database;
    QString m_prescriber;
};
