// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryRepository.h"
#include "storage/AuditLog.h"

#include "BeneficiaryValidator.h"
#include "DuplicateGuard.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("beneficiaries");

const QString selectColumns = QStringLiteral(
    "id, dossier_number, last_name, first_name, usage_name, birth_date, sex, ine, external_id, phone, email, "
    "address, postcode, commune, qpv, zrr, rqth, education_level, driving_licence, vehicle, mobility_note, "
    "legal_rep_name, legal_rep_phone, legal_rep_email, legal_rep_link, referent, status, close_reason, closed_on");

Beneficiary fromRow(const QSqlQuery &q)
{
    Beneficiary b;
    int i = 0;
    b.id = q.value(i++).toString();
    b.dossierNumber = q.value(i++).toString();
    b.lastName = q.value(i++).toString();
    b.firstName = q.value(i++).toString();
    b.usageName = q.value(i++).toString();
    b.birthDate = q.value(i++).toDate();
    b.sex = BeneficiaryRepository::sexFromCode(q.value(i++).toString());
    b.ine = q.value(i++).toString();
    b.externalId = q.value(i++).toString();
    b.phone = q.value(i++).toString();
    b.email = q.value(i++).toString();
    b.address = q.value(i++).toString();
    b.postcode = q.value(i++).toString();
    b.commune = q.value(i++).toString();
    b.qpv = q.value(i++).toBool();
    b.zrr = q.value(i++).toBool();
    b.rqth = q.value(i++).toBool();
    b.educationLevel = q.value(i++).toString();
    b.drivingLicence = q.value(i++).toBool();
    b.vehicle = q.value(i++).toBool();
    b.mobilityNote = q.value(i++).toString();
    b.legalRepresentativeName = q.value(i++).toString();
    b.legalRepresentativePhone = q.value(i++).toString();
    b.legalRepresentativeEmail = q.value(i++).toString();
    b.legalRepresentativeLink = q.value(i++).toString();
    b.referent = q.value(i++).toString();
    b.status = q.value(i++).toString();
    b.closeReason = q.value(i++).toString();
    b.closedOn = q.value(i++).toDate();
    return b;
}

} // namespace

BeneficiaryRepository::BeneficiaryRepository(Database &database)
    : m_database(database), m_records(database), m_search(database), m_settings(database)
{
}

QVariantMap BeneficiaryRepository::editableValues(const Beneficiary &b)
{
    return {
        {QStringLiteral("last_name"), b.lastName.trimmed()},
        {QStringLiteral("first_name"), b.firstName.trimmed()},
        {QStringLiteral("usage_name"), b.usageName.trimmed()},
        {QStringLiteral("birth_date"), b.birthDate},
        {QStringLiteral("sex"), sexCode(b.sex)},
        {QStringLiteral("ine"), b.ine.trimmed().toUpper()},
        {QStringLiteral("external_id"), b.externalId.trimmed()},
        {QStringLiteral("phone"), BeneficiaryValidator::normalisedPhone(b.phone)},
        {QStringLiteral("email"), b.email.trimmed()},
        {QStringLiteral("address"), b.address.trimmed()},
        {QStringLiteral("postcode"), b.postcode.trimmed()},
        {QStringLiteral("commune"), b.commune.trimmed()},
        {QStringLiteral("qpv"), int(b.qpv)},
        {QStringLiteral("zrr"), int(b.zrr)},
        {QStringLiteral("rqth"), int(b.rqth)},
        {QStringLiteral("education_level"), b.educationLevel},
        {QStringLiteral("driving_licence"), int(b.drivingLicence)},
        {QStringLiteral("vehicle"), int(b.vehicle)},
        {QStringLiteral("mobility_note"), b.mobilityNote.trimmed()},
        {QStringLiteral("legal_rep_name"), b.legalRepresentativeName.trimmed()},
        {QStringLiteral("legal_rep_phone"), BeneficiaryValidator::normalisedPhone(b.legalRepresentativePhone)},
        {QStringLiteral("legal_rep_email"), b.legalRepresentativeEmail.trimmed()},
        {QStringLiteral("legal_rep_link"), b.legalRepresentativeLink},
        {QStringLiteral("sort_key"), DuplicateGuard::sortKey(b.lastName, b.firstName)},
        {QStringLiteral("duplicate_key"), DuplicateGuard::identityKey(b.lastName, b.firstName, b.birthDate)},
    };
}

Result<Beneficiary> BeneficiaryRepository::create(Beneficiary beneficiary, DuplicatePolicy policy)
{
    if (const auto problems = BeneficiaryValidator::problems(beneficiary); !problems.isEmpty())
        return FieldProblem::refusal(problems);
    if (policy == DuplicatePolicy::Refuse) {
        auto duplicates = DuplicateGuard(m_database).candidatesFor(beneficiary);
        if (!duplicates)
            return duplicates.error();
        if (!duplicates->isEmpty()) {
            const DuplicateCandidate &existing = duplicates->constFirst();
            return Error(Error::Kind::BadInput,
                         tr("A dossier already exists for this person: %1, %2 (%3).")
                             .arg(existing.displayName, existing.dossierNumber, existing.reason),
                         tr("Open the existing dossier rather than creating a second one."));
        }
    }
    auto saved = m_database.write([&]() -> Result<void> {
        auto number = m_settings.nextDossierNumber(QDate::currentDate().year());
        if (!number)
            return number.error();
        beneficiary.dossierNumber = *number;
        QVariantMap values = editableValues(beneficiary);
        values.insert(QStringLiteral("dossier_number"), beneficiary.dossierNumber);
        values.insert(QStringLiteral("referent"), beneficiary.referent.trimmed());
        values.insert(QStringLiteral("status"), QStringLiteral("active"));
        auto id = m_records.insert(table, values);
        if (!id)
            return id.error();
        beneficiary.id = *id;
        beneficiary.status = QStringLiteral("active");
        return reindex(beneficiary);
    });
    if (!saved)
        return saved.error();
    return beneficiary;
}

Result<QStringList> BeneficiaryRepository::update(const Beneficiary &beneficiary)
{
    if (const auto problems = BeneficiaryValidator::problems(beneficiary); !problems.isEmpty())
        return FieldProblem::refusal(problems);
    QStringList changed;
    auto saved = m_database.write([&]() -> Result<void> {
        auto fields = m_records.update(table, beneficiary.id, editableValues(beneficiary));
        if (!fields)
            return fields.error();
        changed = *fields;
        auto stored = find(beneficiary.id);
        if (!stored)
            return stored.error();
        return changed.isEmpty() || !stored->has_value() ? Result<void>() : reindex(stored->value());
    });
    if (!saved)
        return saved.error();
    changed.removeAll(QStringLiteral("sort_key"));
    changed.removeAll(QStringLiteral("duplicate_key"));
    return changed;
}

Result<void> BeneficiaryRepository::reindex(const Beneficiary &beneficiary)
{
    return m_search.index(searchEntryFor(beneficiary));
}

Result<std::optional<Beneficiary>> BeneficiaryRepository::find(const QString &id) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM beneficiaries WHERE id = ? AND deleted_at IS NULL").arg(selectColumns));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a dossier")); !done)
        return done.error();
    std::optional<Beneficiary> found;
    if (query.next())
        found = fromRow(query);
    query.finish();
    return found;
}

Result<void> BeneficiaryRepository::reindex(const QString &id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return m_search.remove(Module::Beneficiaries, id);
    return reindex(found->value());
}

Result<qint64> BeneficiaryRepository::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM beneficiaries WHERE deleted_at IS NULL"));
    if (auto done = Sql::exec(query, tr("counting dossiers")); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

Result<void> BeneficiaryRepository::changeReferent(const QString &id, const QString &referent, const QDate &on)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error(Error::Kind::NotFound, tr("This dossier no longer exists."));
    const QString previous = current->value().referent;
    if (previous == referent.trimmed())
        return {};
    return m_database.write([&]() -> Result<void> {
        auto changed = m_records.update(table, id, {{QStringLiteral("referent"), referent.trimmed()}});
        if (!changed)
            return changed.error();
        auto logged =
            m_records.insert(QStringLiteral("referent_changes"), {{QStringLiteral("beneficiary_id"), id},
                                                                  {QStringLiteral("referent"), referent.trimmed()},
                                                                  {QStringLiteral("previous_referent"), previous},
                                                                  {QStringLiteral("changed_on"), on}});
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<QList<ReferentChange>> BeneficiaryRepository::referentHistory(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT changed_on, previous_referent, referent, updated_by FROM referent_changes "
                                 "WHERE beneficiary_id = ? AND deleted_at IS NULL ORDER BY changed_on, created_at"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading the history of référents")); !done)
        return done.error();
    QList<ReferentChange> history;
    while (query.next())
        history << ReferentChange{query.value(0).toDate(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString()};
    return history;
}

Result<void> BeneficiaryRepository::setStatus(const QString &id, const QVariantMap &values)
{
    return m_database.write([&]() -> Result<void> {
        auto changed = m_records.update(table, id, values);
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<void> BeneficiaryRepository::close(const QString &id, const QString &reason, const QDate &on)
{
    if (!Vocabulary::contains(Vocabulary::List::CloseReason, reason))
        return Error(Error::Kind::BadInput, tr("Choose the reason why the young person leaves the follow-up."));
    return setStatus(id, {{QStringLiteral("status"), QStringLiteral("closed")},
                          {QStringLiteral("close_reason"), reason},
                          {QStringLiteral("closed_on"), on}});
}

Result<void> BeneficiaryRepository::reopen(const QString &id)
{
    return setStatus(id, {{QStringLiteral("status"), QStringLiteral("active")},
                          {QStringLiteral("close_reason"), QStringLiteral("")},
                          {QStringLiteral("closed_on"), QVariant(QMetaType::fromType<QDate>())}});
}

Result<QStringList> BeneficiaryRepository::distinct(const QString &column) const
{
    QSqlQuery query(m_database.connection());
    // column is one of two names from this file, never user input; its values are read from its index of live
    // dossiers (schema 10).
    query.prepare(QStringLiteral("SELECT value FROM (%1) WHERE value <> '' ORDER BY value COLLATE NOCASE")
                      .arg(Sql::liveValues(QStringLiteral("beneficiaries"), column)));
    if (auto done = Sql::exec(query, tr("reading the lists of the filters")); !done)
        return done.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Result<QStringList> BeneficiaryRepository::referents() const
{
    return distinct(QStringLiteral("referent"));
}

Result<QStringList> BeneficiaryRepository::communes() const
{
    return distinct(QStringLiteral("commune"));
}

QString BeneficiaryRepository::sexCode(Beneficiary::Sex sex)
{
    switch (sex) {
    case Beneficiary::Sex::Female:
        return QStringLiteral("F");
    case Beneficiary::Sex::Male:
        return QStringLiteral("M");
    case Beneficiary::Sex::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Beneficiary::Sex BeneficiaryRepository::sexFromCode(const QString &code)
{
    if (code == QLatin1String("F"))
        return Beneficiary::Sex::Female;
    if (code == QLatin1String("M"))
        return Beneficiary::Sex::Male;
    return Beneficiary::Sex::Unknown;
}

SearchEntry BeneficiaryRepository::searchEntryFor(const Beneficiary &beneficiary)
{
    SearchEntry entry;
    entry.module = Module::Beneficiaries;
    entry.recordId = beneficiary.id;
    entry.title = beneficiary.displayName();
    QStringList context = {beneficiary.dossierNumber};
    if (!beneficiary.commune.isEmpty())
        context << beneficiary.commune;
    if (beneficiary.birthDate.isValid())
        context << beneficiary.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    entry.subtitle = context.join(QStringLiteral(" · "));
    // Private notes are never indexed: a colleague's search must not reveal them.
    entry.body = QStringList{beneficiary.usageName, beneficiary.ine, beneficiary.email, beneficiary.externalId}.join(
        QLatin1Char(' '));
    return entry;
}

Result<void> BeneficiaryRepository::recordView(const QString &id)
{
    return m_database.write(
        [&] { return AuditLog(m_database).record(QStringLiteral("beneficiaries"), id, QStringLiteral("view")); });
}
