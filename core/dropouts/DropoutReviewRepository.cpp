// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutReviewRepository.h"

#include "CampaignRepository.h"
#include "DropoutRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

DropoutReviewRepository::DropoutReviewRepository(Database &database) : m_database(database), m_records(database) {}

QJsonObject DropoutReviewRepository::toJson(const DropoutCase &r)
{
    return {{QStringLiteral("ine"), r.ine},
            {QStringLiteral("last_name"), r.lastName},
            {QStringLiteral("first_name"), r.firstName},
            {QStringLiteral("birth_date"), iso(r.birthDate)},
            {QStringLiteral("sex"), r.sex},
            {QStringLiteral("address"), r.address},
            {QStringLiteral("postcode"), r.postcode},
            {QStringLiteral("commune"), r.commune},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("guardian_name"), r.guardianName},
            {QStringLiteral("guardian_phone"), r.guardianPhone},
            {QStringLiteral("school"), r.school},
            {QStringLiteral("uai"), r.uai},
            {QStringLiteral("training"), r.training},
            {QStringLiteral("left_on"), iso(r.leftOn)}};
}

DropoutCase DropoutReviewRepository::fromJson(const QJsonObject &o)
{
    DropoutCase r;
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    r.ine = text("ine");
    r.lastName = text("last_name");
    r.firstName = text("first_name");
    r.birthDate = QDate::fromString(text("birth_date"), Qt::ISODate);
    r.sex = text("sex");
    r.address = text("address");
    r.postcode = text("postcode");
    r.commune = text("commune");
    r.phone = text("phone");
    r.email = text("email");
    r.guardianName = text("guardian_name");
    r.guardianPhone = text("guardian_phone");
    r.school = text("school");
    r.uai = text("uai");
    r.training = text("training");
    r.leftOn = QDate::fromString(text("left_on"), Qt::ISODate);
    return r;
}

Result<DropoutReview> DropoutReviewRepository::add(DropoutReview review)
{
    auto saved = m_database.write([&]() -> Result<void> {
        auto id =
            m_records.insert(QStringLiteral("dropout_reviews"),
                             {{QStringLiteral("campaign_id"), review.campaignId},
                              {QStringLiteral("line"), review.line},
                              {QStringLiteral("row_data"),
                               QString::fromUtf8(QJsonDocument(toJson(review.row)).toJson(QJsonDocument::Compact))},
                              {QStringLiteral("identity_key"), DropoutRepository::identityKey(review.row)},
                              {QStringLiteral("candidate_kind"), review.candidateKind},
                              {QStringLiteral("candidate_id"), review.candidateId},
                              {QStringLiteral("reason"), review.reason}});
        if (!id)
            return id.error();
        review.id = *id;
        return {};
    });
    if (!saved)
        return saved.error();
    return review;
}

Result<QList<DropoutReview>> DropoutReviewRepository::pending(const QString &campaignId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, campaign_id, line, row_data, candidate_kind, candidate_id, reason, "
                                 "decision, coalesce(case_id, '') FROM dropout_reviews WHERE deleted_at IS NULL AND "
                                 "decision = '' AND (? = '' OR campaign_id = ?) ORDER BY created_at, line"));
    const QString campaign = campaignId.isNull() ? QStringLiteral("") : campaignId;
    query.addBindValue(campaign);
    query.addBindValue(campaign);
    if (auto done = Sql::exec(query, tr("reading the rows to review")); !done)
        return done.error();
    QList<DropoutReview> reviews;
    while (query.next()) {
        DropoutReview r;
        r.id = query.value(0).toString();
        r.campaignId = query.value(1).toString();
        r.line = query.value(2).toInt();
        r.row = fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
        r.candidateKind = query.value(4).toString();
        r.candidateId = query.value(5).toString();
        r.reason = query.value(6).toString();
        r.decision = query.value(7).toString();
        r.caseId = query.value(8).toString();
        reviews << r;
    }
    return reviews;
}

Result<QString> DropoutReviewRepository::resolve(const QString &id, Decision decision, const QDate &on)
{
    auto all = pending();
    if (!all)
        return all.error();
    const auto it = std::find_if(all->cbegin(), all->cend(), [&id](const DropoutReview &r) { return r.id == id; });
    if (it == all->cend())
        return Error(Error::Kind::NotFound, tr("This row has already been decided, or no longer exists."));
    const DropoutReview review = *it;
    QString caseId;
    auto saved = m_database.write([&]() -> Result<void> {
        const bool linkCase = decision == Decision::Link && review.candidateKind == QLatin1String("case");
        if (linkCase) {
            caseId = review.candidateId;
        } else {
            DropoutCase row = review.row;
            row.campaignId = review.campaignId;
            if (decision == Decision::Link)
                row.beneficiaryId = review.candidateId;
            auto created = DropoutRepository(m_database).create(row, on);
            if (!created)
                return created.error();
            caseId = created->id;
        }
        if (auto added = CampaignRepository(m_database).addCase(review.campaignId, caseId, review.line, on); !added)
            return added.error();
        auto changed =
            m_records.update(QStringLiteral("dropout_reviews"), review.id,
                             {{QStringLiteral("decision"),
                               decision == Decision::Link ? QStringLiteral("linked") : QStringLiteral("separate")},
                              {QStringLiteral("decided_on"), DropoutRepository::dateValue(on)},
                              {QStringLiteral("case_id"), caseId}});
        if (!changed)
            return changed.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return caseId;
}
