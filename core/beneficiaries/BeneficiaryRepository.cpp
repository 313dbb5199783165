// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {
const QString table = QStringLiteral("beneficiaries");
}

BeneficiaryRepository::BeneficiaryRepository(Database &database)
    : m_database(database), m_records(database), m_search(database), m_settings(database)
{
}

Result<Beneficiary> BeneficiaryRepository::create(Beneficiary beneficiary)
{
    if (beneficiary.lastName.trimmed().isEmpty() || beneficiary.firstName.trimmed().isEmpty())
        return Error(Error::Kind::BadInput, tr("A dossier needs a last name and a first name."));
    auto saved = m_database.write([&]() -> Result<void> {
        auto number = m_settings.nextDossierNumber(QDate::currentDate().year());
        if (!number)
            return number.error();
        beneficiary.dossierNumber = *number;
        auto id = m_records.insert(table, {
                                              {QStringLiteral("dossier_number"), beneficiary.dossierNumber},
                                              {QStringLiteral("last_name"), beneficiary.lastName.trimmed()},
                                              {QStringLiteral("first_name"), beneficiary.firstName.trimmed()},
                                              {QStringLiteral("usage_name"), beneficiary.usageName.trimmed()},
                                              {QStringLiteral("birth_date"), beneficiary.birthDate},
                                              {QStringLiteral("sex"), sexCode(beneficiary.sex)},
                                              {QStringLiteral("ine"), beneficiary.ine},
                                              {QStringLiteral("phone"), beneficiary.phone},
                                              {QStringLiteral("email"), beneficiary.email},
                                              {QStringLiteral("address"), beneficiary.address},
                                              {QStringLiteral("postcode"), beneficiary.postcode},
                                              {QStringLiteral("commune"), beneficiary.commune},
                                              {QStringLiteral("referent"), beneficiary.referent},
                                          });
        if (!id)
            return id.error();
        beneficiary.id = *id;
        return m_search.index(searchEntryFor(beneficiary));
    });
    if (!saved)
        return saved.error();
    return beneficiary;
}

Result<std::optional<Beneficiary>> BeneficiaryRepository::find(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT dossier_number, last_name, first_name, usage_name, birth_date, sex, ine, "
                                 "phone, email, address, postcode, commune, referent FROM beneficiaries "
                                 "WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a dossier")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Beneficiary>();
    Beneficiary b;
    b.id = id;
    b.dossierNumber = query.value(0).toString();
    b.lastName = query.value(1).toString();
    b.firstName = query.value(2).toString();
    b.usageName = query.value(3).toString();
    b.birthDate = query.value(4).toDate();
    b.sex = sexFromCode(query.value(5).toString());
    b.ine = query.value(6).toString();
    b.phone = query.value(7).toString();
    b.email = query.value(8).toString();
    b.address = query.value(9).toString();
    b.postcode = query.value(10).toString();
    b.commune = query.value(11).toString();
    b.referent = query.value(12).toString();
    return std::optional<Beneficiary>(b);
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
    entry.body = QStringList{beneficiary.usageName, beneficiary.ine, beneficiary.email}.join(QLatin1Char(' '));
    return entry;
}
