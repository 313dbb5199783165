// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementQuery.h"

#include "PlacementWorkflow.h"

#include <QStringList>

PlacementQuery::PlacementQuery(PlacementFilter filter, Sort sort, bool descending)
    : m_filter(std::move(filter)), m_sort(sort), m_descending(descending)
{
}

QString PlacementQuery::fromClause()
{
    return QStringLiteral(" FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
                          "LEFT JOIN companies c ON c.id = p.company_id");
}

QString PlacementQuery::whereClause() const
{
    QStringList conditions = {QStringLiteral("p.deleted_at IS NULL"), QStringLiteral("b.deleted_at IS NULL")};
    if (!m_filter.status.isEmpty())
        conditions << QStringLiteral("p.status = ?");
    if (!m_filter.type.isEmpty())
        conditions << QStringLiteral("p.type = ?");
    if (!m_filter.companyId.isEmpty())
        conditions << QStringLiteral("p.company_id = ?");
    if (!m_filter.prescriber.isEmpty())
        conditions << QStringLiteral("p.prescriber = ?");
    // Dates are stored as ISO text, so a range of days is a range of strings, which the index on start_on serves.
    if (m_filter.startFrom.isValid())
        conditions << QStringLiteral("p.start_on >= ?");
    if (m_filter.startTo.isValid())
        conditions << QStringLiteral("p.start_on <= ?");
    return QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QVariantList PlacementQuery::whereValues() const
{
    QVariantList values;
    if (!m_filter.status.isEmpty())
        values << m_filter.status;
    if (!m_filter.type.isEmpty())
        values << m_filter.type;
    if (!m_filter.companyId.isEmpty())
        values << m_filter.companyId;
    if (!m_filter.prescriber.isEmpty())
        values << m_filter.prescriber;
    if (m_filter.startFrom.isValid())
        values << m_filter.startFrom.toString(Qt::ISODate);
    if (m_filter.startTo.isValid())
        values << m_filter.startTo.toString(Qt::ISODate);
    return values;
}

QString PlacementQuery::orderClause() const
{
    const QString direction = m_descending ? QStringLiteral(" DESC") : QString();
    // Ties go to the newest immersion first, then to the id, whatever the column.
    const QString tieBreak = QStringLiteral(", p.start_on DESC, p.id");
    switch (m_sort) {
    case Sort::StartDate:
        return QStringLiteral(" ORDER BY p.start_on") + direction + QStringLiteral(", p.id") + direction;
    case Sort::YoungPerson:
        return QStringLiteral(" ORDER BY b.sort_key") + direction + tieBreak;
    case Sort::Company:
        // Immersions without a company yet go last whichever the direction.
        return QStringLiteral(" ORDER BY c.sort_key IS NULL, c.sort_key") + direction + tieBreak;
    case Sort::Status: {
        // In the order of the workflow, not of the codes' spelling; codes come from the workflow, not the user.
        QString order = QStringLiteral(" ORDER BY CASE p.status");
        const QStringList statuses = PlacementWorkflow::statuses();
        for (qsizetype i = 0; i < statuses.size(); ++i)
            order += QStringLiteral(" WHEN '%1' THEN %2").arg(statuses.at(i)).arg(i);
        return order + QStringLiteral(" ELSE %1 END").arg(statuses.size()) + direction + tieBreak;
    }
    }
    return {};
}
