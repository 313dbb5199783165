// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutQuery.h"

#include "DropoutWorkflow.h"

#include <QStringList>

DropoutQuery::DropoutQuery(DropoutFilter filter, Sort sort, bool descending)
    : m_filter(std::move(filter)), m_sort(sort), m_descending(descending)
{
}

QString DropoutQuery::fromClause()
{
    return QStringLiteral(" FROM dropout_cases d");
}

QString DropoutQuery::whereClause() const
{
    QStringList conditions = {QStringLiteral("d.deleted_at IS NULL")};
    if (!m_filter.campaignId.isEmpty())
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM dropout_campaign_cases m WHERE m.case_id = d.id AND "
                                     "m.campaign_id = ? AND m.deleted_at IS NULL)");
    if (!m_filter.status.isEmpty())
        conditions << QStringLiteral("d.status = ?");
    if (!m_filter.adviser.isEmpty())
        conditions << QStringLiteral("d.adviser = ?");
    if (!m_filter.school.isEmpty())
        conditions << QStringLiteral("d.school = ?");
    if (!m_filter.commune.isEmpty())
        conditions << QStringLiteral("d.commune = ?");
    // Aged at least N today: born on or before today N years ago. Aged at most N: born after today N + 1 years ago.
    if (m_filter.minimumAge >= 0)
        conditions << QStringLiteral("d.birth_date <= ?");
    if (m_filter.maximumAge >= 0)
        conditions << QStringLiteral("d.birth_date > ?");
    if (m_filter.noAttemptForDays >= 0)
        conditions << QStringLiteral("d.status NOT IN ('solution', 'closed') AND (d.last_attempt_on IS NULL OR "
                                     "d.last_attempt_on <= ?)");
    return QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QVariantList DropoutQuery::whereValues() const
{
    QVariantList values;
    if (!m_filter.campaignId.isEmpty())
        values << m_filter.campaignId;
    if (!m_filter.status.isEmpty())
        values << m_filter.status;
    if (!m_filter.adviser.isEmpty())
        values << m_filter.adviser;
    if (!m_filter.school.isEmpty())
        values << m_filter.school;
    if (!m_filter.commune.isEmpty())
        values << m_filter.commune;
    if (m_filter.minimumAge >= 0)
        values << m_filter.today.addYears(-m_filter.minimumAge).toString(Qt::ISODate);
    if (m_filter.maximumAge >= 0)
        values << m_filter.today.addYears(-(m_filter.maximumAge + 1)).toString(Qt::ISODate);
    if (m_filter.noAttemptForDays >= 0)
        values << m_filter.today.addDays(-m_filter.noAttemptForDays).toString(Qt::ISODate);
    return values;
}

QString DropoutQuery::orderClause() const
{
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    const QString tieBreak = QStringLiteral(", d.sort_key, d.id");
    switch (m_sort) {
    case Sort::Name:
        return QStringLiteral(" ORDER BY d.sort_key") + direction + QStringLiteral(", d.id") + direction;
    case Sort::ReceivedOn:
        return QStringLiteral(" ORDER BY d.received_on") + direction + tieBreak;
    case Sort::LastAttempt:
        // Cases never tried come first when ascending (they are the ones to call), last when descending.
        return QStringLiteral(" ORDER BY d.last_attempt_on IS NOT NULL") + direction +
               QStringLiteral(", d.last_attempt_on") + direction + tieBreak;
    case Sort::Adviser:
        return QStringLiteral(" ORDER BY d.adviser") + direction + tieBreak;
    case Sort::Status: {
        QString order = QStringLiteral(" ORDER BY CASE d.status");
        const QStringList statuses = DropoutWorkflow::statuses();
        for (qsizetype i = 0; i < statuses.size(); ++i)
            order += QStringLiteral(" WHEN '%1' THEN %2").arg(statuses.at(i)).arg(i);
        return order + QStringLiteral(" ELSE %1 END").arg(statuses.size()) + direction + tieBreak;
    }
    }
    return {};
}
