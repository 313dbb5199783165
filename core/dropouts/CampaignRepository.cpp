// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRepository.h"

#include "DropoutRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

Campaign read(const QSqlQuery &q)
{
    return Campaign{q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                    q.value(3).toString()};
}

} // namespace

CampaignRepository::CampaignRepository(Database &database) : m_database(database), m_records(database) {}

Result<Campaign> CampaignRepository::create(Campaign campaign)
{
    campaign.name = campaign.name.trimmed();
    if (campaign.name.isEmpty())
        return Error(Error::Kind::BadInput, tr("A campaign needs a name."));
    if (campaign.name.size() > 120)
        return Error(Error::Kind::BadInput, tr("The campaign's name is too long (120 characters at most)."));
    auto existing = findByName(campaign.name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error(Error::Kind::BadInput, tr("A campaign named \"%1\" already exists.").arg(campaign.name));
    auto saved = m_database.write([&]() -> Result<void> {
        auto id = m_records.insert(QStringLiteral("dropout_campaigns"),
                                   {{QStringLiteral("name"), campaign.name},
                                    {QStringLiteral("received_on"), DropoutRepository::dateValue(campaign.receivedOn)},
                                    {QStringLiteral("note"), campaign.note}});
        if (!id)
            return id.error();
        campaign.id = *id;
        return {};
    });
    if (!saved)
        return saved.error();
    return campaign;
}

Result<std::optional<Campaign>> CampaignRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, received_on, note FROM dropout_campaigns WHERE id = ? AND "
                                 "deleted_at IS NULL"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a campaign")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(read(query));
}

Result<std::optional<Campaign>> CampaignRepository::findByName(const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, received_on, note FROM dropout_campaigns WHERE name = ? AND "
                                 "deleted_at IS NULL"));
    query.addBindValue(name.trimmed());
    if (auto done = Sql::exec(query, tr("reading a campaign")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Campaign>();
    return std::optional<Campaign>(read(query));
}

Result<Campaign> CampaignRepository::ensure(const QString &name, const QDate &receivedOn)
{
    auto existing = findByName(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return existing->value();
    return create(Campaign{{}, name, receivedOn, {}});
}

Result<QList<Campaign>> CampaignRepository::list() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, name, received_on, note FROM dropout_campaigns WHERE deleted_at IS NULL "
                                 "ORDER BY received_on DESC, name"));
    if (auto done = Sql::exec(query, tr("reading the campaigns")); !done)
        return done.error();
    QList<Campaign> campaigns;
    while (query.next())
        campaigns << read(query);
    return campaigns;
}

Result<bool> CampaignRepository::holds(const QString &campaignId, const QString &caseId) const
{
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "SELECT 1 FROM dropout_campaign_cases WHERE campaign_id = ? AND case_id = ? AND deleted_at IS NULL"));
    query.addBindValue(campaignId);
    query.addBindValue(caseId);
    if (auto done = Sql::exec(query, tr("reading a campaign's list")); !done)
        return done.error();
    const bool found = query.next();
    query.finish();
    return found;
}

Result<bool> CampaignRepository::addCase(const QString &campaignId, const QString &caseId, int line, const QDate &on)
{
    auto already = holds(campaignId, caseId);
    if (!already)
        return already.error();
    if (*already)
        return false;
    auto saved = m_database.write([&]() -> Result<void> {
        auto id = m_records.insert(QStringLiteral("dropout_campaign_cases"),
                                   {{QStringLiteral("campaign_id"), campaignId},
                                    {QStringLiteral("case_id"), caseId},
                                    {QStringLiteral("line"), line},
                                    {QStringLiteral("received_on"), DropoutRepository::dateValue(on)}});
        if (!id)
            return id.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return true;
}
