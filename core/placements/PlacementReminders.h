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
    enum class List {
        StartingThisWeek,   ///< Signed or ongoing immersions starting in the week of the day, by start date.
        EndingThisWeek,     ///< Signed or ongoing immersions ending in the week of the day, by end date.
        AssessmentsOverdue, ///< Ended immersions without a bilan, ended more than 7 days before, oldest first.
    };

    /// Reminders for one adviser's immersions (their prescriber); an empty prescriber means everyone's.
    explicit PlacementReminders(Database &database, const QString &prescriber = {});

    /// The first `limit` reminders of a list (all when negative).
    Result<QList<PlacementReminder>> list(List which, const QDate &day, int limit = -1) const;
    /// How many reminders a list has in all, counting no further than atMost (when not negative).
    Result<qint64> count(List which, const QDate &day, int atMost = -1) const;

    Result<QList<PlacementReminder>> startingThisWeek(const QDate &day) const
    {
        return list(List::StartingThisWeek, day);
    }
    Result<QList<PlacementReminder>> endingThisWeek(const QDate &day) const { return list(List::EndingThisWeek, day); }
    Result<QList<PlacementReminder>> assessmentsOverdue(const QDate &day) const
    {
        return list(List::AssessmentsOverdue, day);
    }

    /// Days after the end of an immersion before its missing bilan becomes overdue.
    static constexpr int assessmentDelayDays = 7;

private:
    /// " FROM … WHERE …" of a list, its values bound in order, and its order.
    QString fromWhere(List which, const QDate &day, QVariantList &values, QString &order) const;

    Database &m_database;
    QString m_prescriber;
};
