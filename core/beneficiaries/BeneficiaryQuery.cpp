// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryQuery.h"

#include <QStringList>

BeneficiaryQuery::BeneficiaryQuery(BeneficiaryFilter filter, Sort sort, bool descending, QDate today)
    : m_filter(std::move(filter)), m_sort(sort), m_descending(descending), m_today(today)
{
}

QString BeneficiaryQuery::whereClause() const
{
    QStringList conditions = {QStringLiteral("b.deleted_at IS NULL")};
    if (!m_filter.status.isEmpty())
        conditions << QStringLiteral("b.status = ?");
    if (!m_filter.referent.isEmpty())
        conditions << QStringLiteral("b.referent = ?");
    if (!m_filter.programme.isEmpty())
        conditions << QStringLiteral("b.current_programme = ?");
    if (!m_filter.commune.isEmpty())
        conditions << QStringLiteral("b.commune = ?");
    // An age band is a range of birth dates, which the index on birth_date serves.
    if (m_filter.minimumAge >= 0)
        conditions << QStringLiteral("b.birth_date <= ?");
    if (m_filter.maximumAge >= 0)
        conditions << QStringLiteral("b.birth_date > ?");
    if (m_filter.withoutContactForDays >= 0)
        conditions << QStringLiteral("(b.last_contact_on IS NULL OR b.last_contact_on <= ?)");
    return QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QVariantList BeneficiaryQuery::whereValues() const
{
    QVariantList values;
    if (!m_filter.status.isEmpty())
        values << m_filter.status;
    if (!m_filter.referent.isEmpty())
        values << m_filter.referent;
    if (!m_filter.programme.isEmpty())
        values << m_filter.programme;
    if (!m_filter.commune.isEmpty())
        values << m_filter.commune;
    if (m_filter.minimumAge >= 0)
        values << m_today.addYears(-m_filter.minimumAge).toString(Qt::ISODate);
    if (m_filter.maximumAge >= 0)
        values << m_today.addYears(-(m_filter.maximumAge + 1)).toString(Qt::ISODate);
    if (m_filter.withoutContactForDays >= 0)
        values << m_today.addDays(-m_filter.withoutContactForDays).toString(Qt::ISODate);
    return values;
}

QString BeneficiaryQuery::orderClause() const
{
    // Each order is walked along an index of schema 10 (SchemaScale), expression for expression; the tie-breakers
    // follow the direction so that a descending list walks the same index backwards. Ages sort the other way round
    // from birth dates; empty dates go last whichever the direction, so only one direction of a date can be walked:
    // the youngest first, the oldest contact first, the nearest appointment first (the other is sorted).
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    switch (m_sort) {
    case Sort::Name:
        return QStringLiteral(" ORDER BY b.sort_key") + direction + QStringLiteral(", b.id") + direction;
    case Sort::Age:
        return QStringLiteral(" ORDER BY b.birth_date IS NULL, b.birth_date") +
               (m_descending ? QString() : QStringLiteral(" DESC")) + QStringLiteral(", b.sort_key");
    case Sort::Referent:
        return QStringLiteral(" ORDER BY b.referent") + direction + QStringLiteral(", b.sort_key") + direction;
    case Sort::LastContact:
        return QStringLiteral(" ORDER BY b.last_contact_on IS NULL, b.last_contact_on") + direction +
               QStringLiteral(", b.sort_key") + direction;
    case Sort::NextAppointment:
        return QStringLiteral(" ORDER BY b.next_appointment_at IS NULL, b.next_appointment_at") + direction +
               QStringLiteral(", b.sort_key") + direction;
    }
    return {};
}
