// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryBuilder.h"

#include "beneficiaries/BeneficiaryRepository.h"

#include <QTest>

BeneficiaryBuilder::BeneficiaryBuilder()
{
    m_beneficiary.firstName = QStringLiteral("Camille");
    m_beneficiary.lastName = QStringLiteral("Martin");
    m_beneficiary.birthDate = QDate::currentDate().addYears(-19);
    m_beneficiary.commune = QStringLiteral("Caen");
    m_beneficiary.postcode = QStringLiteral("14000");
}

BeneficiaryBuilder &BeneficiaryBuilder::named(const QString &firstName, const QString &lastName)
{
    m_beneficiary.firstName = firstName;
    m_beneficiary.lastName = lastName;
    return *this;
}

BeneficiaryBuilder &BeneficiaryBuilder::bornOn(const QDate &date)
{
    m_beneficiary.birthDate = date;
    return *this;
}

BeneficiaryBuilder &BeneficiaryBuilder::livingIn(const QString &commune, const QString &postcode)
{
    m_beneficiary.commune = commune;
    m_beneficiary.postcode = postcode;
    return *this;
}

BeneficiaryBuilder &BeneficiaryBuilder::followedBy(const QString &referent)
{
    m_beneficiary.referent = referent;
    return *this;
}

Beneficiary BeneficiaryBuilder::createIn(Database &database) const
{
    // Tests that need the duplicate guard call the repository themselves; a builder's default person may be created
    // several times.
    auto created = BeneficiaryRepository(database).create(m_beneficiary, BeneficiaryRepository::DuplicatePolicy::Allow);
    if (!created) {
        QTest::qFail(qPrintable(created.error().fullText()), __FILE__, __LINE__);
        return m_beneficiary;
    }
    return *created;
}
