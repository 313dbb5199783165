// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignFigures.h"

#include "CampaignRepository.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace {

const QString members = QStringLiteral(" FROM dropout_campaign_cases m JOIN dropout_cases d ON d.id = m.case_id "
                                       "WHERE m.campaign_id = ? AND m.deleted_at IS NULL AND d.deleted_at IS NULL");

} // namespace

int CampaignFigureSet::solutions() const
{
    int total = 0;
    for (int count : solutionsByKind)
        total += count;
    return total;
}

int CampaignFigureSet::closures() const
{
    int total = 0;
    for (int count : closuresByKind)
        total += count;
    return total;
}

CampaignFigures::CampaignFigures(Database &database) : m_database(database) {}

Result<CampaignFigureSet> CampaignFigures::of(const QString &campaignId) const
{
    auto campaign = CampaignRepository(m_database).find(campaignId);
    if (!campaign)
        return campaign.error();
    if (!campaign->has_value())
        return Error(Error::Kind::NotFound, tr("This campaign no longer exists."));
    CampaignFigureSet figures;
    figures.campaignId = campaignId;
    figures.campaignName = campaign->value().name;
    QSqlQuery counts(m_database.connection());
    counts.prepare(
        QStringLiteral(
            "SELECT count(*), "
            "sum(EXISTS (SELECT 1 FROM dropout_attempts a WHERE a.case_id = d.id AND a.deleted_at IS NULL)), "
            "sum(d.status IN ('appointment', 'in_progress', 'solution') OR EXISTS (SELECT 1 FROM "
            "dropout_attempts a WHERE a.case_id = d.id AND a.deleted_at IS NULL AND a.outcome IN "
            "('reached', 'guardian_reached', 'appointment'))), "
            "sum(d.status NOT IN ('solution', 'closed'))") +
        members);
    counts.addBindValue(campaignId);
    if (auto done = Sql::exec(counts, tr("counting a campaign's cases")); !done)
        return done.error();
    if (counts.next()) {
        figures.rowsReceived = counts.value(0).toInt();
        figures.contacted = counts.value(1).toInt();
        figures.reached = counts.value(2).toInt();
        figures.stillOpen = counts.value(3).toInt();
    }
    QSqlQuery kinds(m_database.connection());
    kinds.prepare(QStringLiteral("SELECT d.status, CASE d.status WHEN 'solution' THEN d.solution_kind ELSE "
                                 "d.closure_kind END, count(*)") +
                  members + QStringLiteral(" AND d.status IN ('solution', 'closed') GROUP BY 1, 2"));
    kinds.addBindValue(campaignId);
    if (auto done = Sql::exec(kinds, tr("counting a campaign's cases")); !done)
        return done.error();
    while (kinds.next()) {
        auto &map =
            kinds.value(0).toString() == QLatin1String("solution") ? figures.solutionsByKind : figures.closuresByKind;
        map.insert(kinds.value(1).toString(), kinds.value(2).toInt());
    }
    QSqlQuery delays(m_database.connection());
    delays.prepare(QStringLiteral("SELECT julianday(d.solution_on) - julianday(m.received_on)") + members +
                   QStringLiteral(" AND d.status = 'solution' AND d.solution_on IS NOT NULL ORDER BY 1"));
    delays.addBindValue(campaignId);
    if (auto done = Sql::exec(delays, tr("counting a campaign's cases")); !done)
        return done.error();
    QList<double> days;
    while (delays.next())
        days << std::max(0.0, delays.value(0).toDouble());
    if (!days.isEmpty()) {
        const qsizetype middle = days.size() / 2;
        figures.medianDaysToSolution =
            days.size() % 2 == 1 ? days.at(middle) : (days.at(middle - 1) + days.at(middle)) / 2.0;
    }
    return figures;
}

Result<QList<CampaignFigureSet>> CampaignFigures::all() const
{
    auto campaigns = CampaignRepository(m_database).list();
    if (!campaigns)
        return campaigns.error();
    QList<CampaignFigureSet> all;
    for (const Campaign &campaign : std::as_const(*campaigns)) {
        auto figures = of(campaign.id);
        if (!figures)
            return figures.error();
        all << *figures;
    }
    return all;
}

TabularSheet CampaignFigures::sheet(const QList<CampaignFigureSet> &figures)
{
    using Type = TabularColumn::Type;
    TabularSheet sheet;
    sheet.name = tr("Campaigns");
    sheet.columns = {{QStringLiteral("campaign"), tr("Campaign"), Type::Text},
                     {QStringLiteral("rows_received"), tr("Young people listed"), Type::Integer},
                     {QStringLiteral("contacted"), tr("Contacted"), Type::Integer},
                     {QStringLiteral("reached"), tr("Reached"), Type::Integer},
                     {QStringLiteral("solutions"), tr("Solutions"), Type::Integer}};
    const QList<Term> solutionKinds = Vocabulary::terms(Vocabulary::List::DropoutSolution);
    const QList<Term> closureKinds = Vocabulary::terms(Vocabulary::List::DropoutClosure);
    for (const Term &term : solutionKinds)
        sheet.columns << TabularColumn{QStringLiteral("solution_") + term.code, tr("Solution: %1").arg(term.label),
                                       Type::Integer};
    sheet.columns << TabularColumn{QStringLiteral("closures"), tr("Closed without solution"), Type::Integer};
    for (const Term &term : closureKinds)
        sheet.columns << TabularColumn{QStringLiteral("closure_") + term.code, tr("Closed: %1").arg(term.label),
                                       Type::Integer};
    sheet.columns << TabularColumn{QStringLiteral("still_open"), tr("Still open"), Type::Integer}
                  << TabularColumn{QStringLiteral("median_days_to_solution"), tr("Median days to solution"),
                                   Type::Number};
    for (const CampaignFigureSet &f : figures) {
        QVariantList row{f.campaignName, f.rowsReceived, f.contacted, f.reached, f.solutions()};
        for (const Term &term : solutionKinds)
            row << f.solutionsByKind.value(term.code);
        row << f.closures();
        for (const Term &term : closureKinds)
            row << f.closuresByKind.value(term.code);
        row << f.stillOpen << (f.medianDaysToSolution < 0 ? QVariant() : QVariant(f.medianDaysToSolution));
        sheet.rows << row;
    }
    return sheet;
}
