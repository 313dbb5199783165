// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyHistory.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

bool wasHosted(const CompanyImmersion &immersion)
{
    return immersion.status != QLatin1String("cancelled") && immersion.status != QLatin1String("refused");
}

} // namespace

CompanyHistory::CompanyHistory(Database &database) : m_database(database) {}

Result<QList<CompanyImmersion>> CompanyHistory::immersions(const QString &companyId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT p.id, b.last_name, b.first_name, p.start_on, p.end_on, p.job_label, p.rome_code, p.status, "
        "a.id IS NOT NULL, a.attendance, a.job_offer, a.contract_type "
        "FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
        "LEFT JOIN placement_assessments a ON a.placement_id = p.id AND a.deleted_at IS NULL "
        "WHERE p.company_id = ? AND p.deleted_at IS NULL AND b.deleted_at IS NULL "
        "ORDER BY p.start_on DESC, p.id"));
    query.addBindValue(companyId);
    if (auto done = Sql::exec(query, tr("reading the immersions of a company")); !done)
        return done.error();
    QList<CompanyImmersion> immersions;
    while (query.next()) {
        CompanyImmersion immersion;
        immersion.placementId = query.value(0).toString();
        immersion.youngPerson = query.value(1).toString().toUpper() + QLatin1Char(' ') + query.value(2).toString();
        immersion.startOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        immersion.endOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        immersion.job = query.value(5).toString();
        if (immersion.job.isEmpty())
            immersion.job = query.value(6).toString();
        immersion.status = query.value(7).toString();
        immersion.assessed = query.value(8).toBool();
        immersion.attendance = query.value(9).toString();
        immersion.jobOffer = query.value(10).toBool();
        immersion.contractType = query.value(11).toString();
        immersions << immersion;
    }
    return immersions;
}

CompanyHistorySummary CompanyHistory::summarise(const QList<CompanyImmersion> &immersions)
{
    CompanyHistorySummary summary;
    for (const CompanyImmersion &immersion : immersions) {
        if (!wasHosted(immersion))
            continue;
        ++summary.hosted;
        if (!immersion.assessed)
            continue;
        ++summary.assessed;
        if (immersion.attendance == QLatin1String("full"))
            ++summary.completed;
        if (immersion.jobOffer)
            ++summary.jobOffers;
    }
    return summary;
}

QString CompanyHistory::outcome(const CompanyImmersion &immersion)
{
    if (!immersion.assessed)
        return {};
    QStringList parts{Vocabulary::label(Vocabulary::List::Attendance, immersion.attendance)};
    if (immersion.jobOffer) {
        parts << (immersion.contractType.isEmpty()
                      ? tr("job offered")
                      : tr("job offered: %1")
                            .arg(Vocabulary::label(Vocabulary::List::ContractType, immersion.contractType)));
    } else {
        parts << tr("no job offer");
    }
    return parts.join(QStringLiteral(" · "));
}

QString CompanyHistory::summaryText(const CompanyHistorySummary &summary)
{
    if (summary.hosted == 0)
        return tr("No immersion with this company yet.");
    return tr("%n immersion(s) hosted", nullptr, summary.hosted) + QStringLiteral(" · ") +
           tr("%n assessed", nullptr, summary.assessed) + QStringLiteral(" · ") +
           tr("%n completed in full", nullptr, summary.completed) + QStringLiteral(" · ") +
           tr("%n job offer(s)", nullptr, summary.jobOffers);
}
