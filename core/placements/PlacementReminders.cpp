// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementReminders.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

PlacementReminders::PlacementReminders(Database &database, const QString &prescriber)
    : m_database(database), m_prescriber(prescriber.trimmed())
{
}

Result<QList<PlacementReminder>> PlacementReminders::startingThisWeek(const QDate &day) const
{
    return select(QStringLiteral("p.status IN ('signed', 'ongoing') AND p.start_on BETWEEN ? AND ? "
                                 "ORDER BY p.start_on, b.last_name, b.first_name"),
                  mondayOf(day), mondayOf(day).addDays(6));
}

Result<QList<PlacementReminder>> PlacementReminders::endingThisWeek(const QDate &day) const
{
    return select(QStringLiteral("p.status IN ('signed', 'ongoing') AND p.end_on BETWEEN ? AND ? "
                                 "ORDER BY p.end_on, b.last_name, b.first_name"),
                  mondayOf(day), mondayOf(day).addDays(6));
}

Result<QList<PlacementReminder>> PlacementReminders::assessmentsOverdue(const QDate &day) const
{
    // The lower bound is the earliest date there is: every ended immersion older than the delay counts.
    return select(QStringLiteral("p.status = 'ended' AND p.end_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
                                 "placement_assessments a WHERE a.placement_id = p.id AND a.deleted_at IS NULL) "
                                 "ORDER BY p.end_on, b.last_name, b.first_name"),
                  QDate(1, 1, 1), day.addDays(-assessmentDelayDays - 1));
}

Result<QList<PlacementReminder>> PlacementReminders::select(const QString &condition, const QDate &from,
                                                            const QDate &to) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT p.id, p.beneficiary_id, b.last_name, b.first_name, COALESCE(c.name, ''), "
                                 "p.start_on, p.end_on, p.status FROM placements p "
                                 "JOIN beneficiaries b ON b.id = p.beneficiary_id "
                                 "LEFT JOIN companies c ON c.id = p.company_id "
                                 "WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL AND ") +
                  (m_prescriber.isEmpty() ? QString() : QStringLiteral("p.prescriber = ? AND ")) + condition);
    if (!m_prescriber.isEmpty())
        query.addBindValue(m_prescriber);
    query.addBindValue(from);
    query.addBindValue(to);
    if (auto done = Sql::exec(query, tr("reading the immersions to follow up")); !done)
        return done.error();
    QList<PlacementReminder> reminders;
    while (query.next())
        reminders << PlacementReminder{query.value(0).toString(),
                                       query.value(1).toString(),
                                       query.value(2).toString().toUpper() + QLatin1Char(' ') +
                                           query.value(3).toString(),
                                       query.value(4).toString(),
                                       query.value(5).toDate(),
                                       query.value(6).toDate(),
                                       query.value(7).toString()};
    return reminders;
}
