// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutMatcher.h"

#include "DropoutRepository.h"
#include "IneValidator.h"
#include "beneficiaries/DuplicateGuard.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString openCase = QStringLiteral("deleted_at IS NULL AND status NOT IN ('solution', 'closed')");

/// "lefevre|eloise|": every identity key of that name, whatever the birth date.
QString namePrefix(const QString &lastName, const QString &firstName)
{
    return DuplicateGuard::identityKey(lastName, firstName, {});
}

QDate dateInKey(const QString &key)
{
    return QDate::fromString(key.section(QLatin1Char('|'), 2, 2), Qt::ISODate);
}

} // namespace

DropoutMatcher::DropoutMatcher(Database &database) : m_database(database) {}

bool DropoutMatcher::datesLookAlike(const QDate &a, const QDate &b)
{
    if (!a.isValid() || !b.isValid() || a == b)
        return false;
    if (a.day() == b.month() && a.month() == b.day() && a.year() == b.year())
        return true;
    const QString x = a.toString(QStringLiteral("ddMMyyyy"));
    const QString y = b.toString(QStringLiteral("ddMMyyyy"));
    int differences = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        differences += x.at(i) != y.at(i) ? 1 : 0;
    return differences == 1;
}

Result<DropoutMatch> DropoutMatcher::match(const DropoutCase &row, const QString &campaignId) const
{
    if (!campaignId.isEmpty()) {
        auto inCampaign = matchInCampaign(row, campaignId);
        if (!inCampaign || inCampaign->kind != DropoutMatch::Kind::None)
            return inCampaign;
    }
    auto open = matchOpenCase(row);
    if (!open || open->kind != DropoutMatch::Kind::None)
        return open;
    auto dossier = matchDossier(row);
    if (!dossier || dossier->kind != DropoutMatch::Kind::None)
        return dossier;
    return matchUncertain(row);
}

Result<DropoutMatch> DropoutMatcher::matchInCampaign(const DropoutCase &row, const QString &campaignId) const
{
    const QString ine = IneValidator::normalized(row.ine);
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT c.id FROM dropout_campaign_cases m JOIN dropout_cases c ON c.id = m.case_id "
                       "WHERE m.campaign_id = ? AND m.deleted_at IS NULL AND c.deleted_at IS NULL "
                       "AND (c.identity_key = ? OR (c.ine <> '' AND c.ine = ?)) LIMIT 1"));
    query.addBindValue(campaignId);
    query.addBindValue(DropoutRepository::identityKey(row));
    query.addBindValue(ine);
    if (auto done = Sql::exec(query, tr("matching the list with its campaign")); !done)
        return done.error();
    DropoutMatch found;
    if (query.next()) {
        found.kind = DropoutMatch::Kind::InCampaign;
        found.caseId = query.value(0).toString();
        found.reason = tr("already in this campaign");
    }
    query.finish();
    if (found.kind != DropoutMatch::Kind::None)
        return found;
    QSqlQuery &reviews = m_database.prepared(QStringLiteral(
        "SELECT id FROM dropout_reviews WHERE campaign_id = ? AND identity_key = ? AND deleted_at IS NULL LIMIT 1"));
    reviews.addBindValue(campaignId);
    reviews.addBindValue(DropoutRepository::identityKey(row));
    if (auto done = Sql::exec(reviews, tr("matching the list with its campaign")); !done)
        return done.error();
    if (reviews.next()) {
        found.kind = DropoutMatch::Kind::AlreadyReviewed;
        found.reason = tr("already in this campaign's review list");
    }
    reviews.finish();
    return found;
}

Result<DropoutMatch> DropoutMatcher::matchOpenCase(const DropoutCase &row) const
{
    const QString ine = IneValidator::normalized(row.ine);
    const QString key = DropoutRepository::identityKey(row);
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT id, ine, identity_key FROM dropout_cases WHERE %1 AND "
                       "((ine <> '' AND ine = ?) OR identity_key = ?) ORDER BY ine = ? DESC, received_on LIMIT 1")
            .arg(openCase));
    query.addBindValue(ine);
    query.addBindValue(key);
    query.addBindValue(ine);
    if (auto done = Sql::exec(query, tr("matching the list with the open cases")); !done)
        return done.error();
    DropoutMatch found;
    if (query.next()) {
        const QString otherIne = query.value(1).toString();
        found.caseId = query.value(0).toString();
        if (!ine.isEmpty() && otherIne == ine) {
            found.kind = DropoutMatch::Kind::OpenCase;
            found.reason = tr("same INE");
        } else if (!ine.isEmpty() && !otherIne.isEmpty()) {
            found.kind = DropoutMatch::Kind::Review;
            found.reason = tr("same name and birth date, but another INE");
        } else {
            found.kind = DropoutMatch::Kind::OpenCase;
            found.reason = tr("same name and birth date");
        }
    }
    query.finish();
    return found;
}

Result<DropoutMatch> DropoutMatcher::matchDossier(const DropoutCase &row) const
{
    const QString ine = IneValidator::normalized(row.ine);
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT id, ine FROM beneficiaries WHERE deleted_at IS NULL AND "
                       "((ine <> '' AND ine = ?) OR duplicate_key = ?) ORDER BY ine = ? DESC LIMIT 1"));
    query.addBindValue(ine);
    query.addBindValue(DropoutRepository::identityKey(row));
    query.addBindValue(ine);
    if (auto done = Sql::exec(query, tr("matching the list with the dossiers")); !done)
        return done.error();
    DropoutMatch found;
    if (query.next()) {
        const QString otherIne = query.value(1).toString();
        found.beneficiaryId = query.value(0).toString();
        if (!ine.isEmpty() && otherIne == ine) {
            found.kind = DropoutMatch::Kind::Dossier;
            found.reason = tr("same INE");
        } else if (!ine.isEmpty() && !otherIne.isEmpty()) {
            found.kind = DropoutMatch::Kind::Review;
            found.reason = tr("same name and birth date, but another INE");
        } else {
            found.kind = DropoutMatch::Kind::Dossier;
            found.reason = tr("same name and birth date");
        }
    }
    query.finish();
    return found;
}

Result<DropoutMatch> DropoutMatcher::matchUncertain(const DropoutCase &row) const
{
    // Every key of the same name (or of the name swapped) shares its prefix: a range the index on the key serves.
    const QStringList prefixes = {namePrefix(row.lastName, row.firstName), namePrefix(row.firstName, row.lastName)};
    const QString swappedKey = DuplicateGuard::identityKey(row.firstName, row.lastName, row.birthDate);
    const QString ownKey = DropoutRepository::identityKey(row);
    struct Source
    {
        QString sql;
        bool isCase;
    };
    const QList<Source> sources = {
        {QStringLiteral("SELECT id, identity_key FROM dropout_cases WHERE %1 AND identity_key >= ? AND "
                        "identity_key < ?")
             .arg(openCase),
         true},
        {QStringLiteral("SELECT id, duplicate_key FROM beneficiaries WHERE deleted_at IS NULL AND duplicate_key >= ? "
                        "AND duplicate_key < ?"),
         false},
    };
    for (const Source &source : sources) {
        for (const QString &prefix : prefixes) {
            QSqlQuery &query = m_database.prepared(source.sql);
            query.addBindValue(prefix);
            query.addBindValue(prefix + QLatin1Char('~'));
            if (auto done = Sql::exec(query, tr("matching the list")); !done)
                return done.error();
            DropoutMatch found;
            while (query.next() && found.kind == DropoutMatch::Kind::None) {
                const QString key = query.value(1).toString();
                if (key == swappedKey && key != ownKey)
                    found.reason = tr("same name with last and first names swapped, same birth date");
                else if (prefix == prefixes.constFirst() && datesLookAlike(dateInKey(key), row.birthDate))
                    found.reason = tr("same name, birth dates that differ by one digit or by day and month swapped");
                else
                    continue;
                found.kind = DropoutMatch::Kind::Review;
                (source.isCase ? found.caseId : found.beneficiaryId) = query.value(0).toString();
            }
            query.finish();
            if (found.kind != DropoutMatch::Kind::None)
                return found;
        }
    }
    return DropoutMatch{};
}
