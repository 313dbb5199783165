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

QString PlacementReminders::fromWhere(List which, const QDate &day, QVariantList &values, QString &order) const
{
    QString sql = QStringLiteral(" FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
                                 "LEFT JOIN companies c ON c.id = p.company_id "
                                 "WHERE p.deleted_at IS NULL AND b.deleted_at IS NULL");
    values.clear();
    if (!m_prescriber.isEmpty()) {
        sql += QStringLiteral(" AND p.prescriber = ?");
        values << m_prescriber;
    }
    switch (which) {
    case List::StartingThisWeek:
        sql += QStringLiteral(" AND p.status IN ('signed', 'ongoing') AND p.start_on BETWEEN ? AND ?");
        values << mondayOf(day) << mondayOf(day).addDays(6);
        order = QStringLiteral(" ORDER BY p.start_on, b.last_name, b.first_name");
        break;
    case List::EndingThisWeek:
        sql += QStringLiteral(" AND p.status IN ('signed', 'ongoing') AND p.end_on BETWEEN ? AND ?");
        values << mondayOf(day) << mondayOf(day).addDays(6);
        order = QStringLiteral(" ORDER BY p.end_on, b.last_name, b.first_name");
        break;
    case List::AssessmentsOverdue:
        // The lower bound is the earliest date there is: every ended immersion older than the delay counts.
        sql += QStringLiteral(" AND p.status = 'ended' AND p.end_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM "
                              "placement_assessments a WHERE a.placement_id = p.id AND a.deleted_at IS NULL)");
        values << QDate(1, 1, 1) << day.addDays(-assessmentDelayDays - 1);
        order = QStringLiteral(" ORDER BY p.end_on, b.last_name, b.first_name");
        break;
    }
    return sql;
}

Result<qint64> PlacementReminders::count(List which, const QDate &day, int atMost) const
{
    QVariantList values;
    QString order;
    const QString select = QStringLiteral("SELECT 1") + fromWhere(which, day, values, order);
    return Sql::countUpTo(m_database.connection(), select, values, atMost, tr("reading the immersions to follow up"));
}

Result<QList<PlacementReminder>> PlacementReminders::list(List which, const QDate &day, int limit) const
{
    QVariantList values;
    QString order;
    QString sql = QStringLiteral("SELECT p.id, p.beneficiary_id, b.last_name, b.first_name, COALESCE(c.name, ''), "
                                 "p.start_on, p.end_on, p.status") +
                  fromWhere(which, day, values, order) + order + QStringLiteral(" LIMIT ?");
    values << limit;
    QSqlQuery query(m_database.connection());
    if (auto done = Sql::exec(query, sql, values, tr("reading the immersions to follow up")); !done)
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
