// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "beneficiaries/Beneficiary.h"

class Database;

/** Builds dossiers for tests: sensible defaults, and only what a test cares about spelled out. */
class BeneficiaryBuilder
{
public:
    BeneficiaryBuilder();

    BeneficiaryBuilder &named(const QString &firstName, const QString &lastName);
    BeneficiaryBuilder &bornOn(const QDate &date);
    BeneficiaryBuilder &livingIn(const QString &commune, const QString &postcode);
    BeneficiaryBuilder &followedBy(const QString &referent);

    Beneficiary build() const { return m_beneficiary; }
    /// Stores it through the repository; fails the running test when that is refused.
    Beneficiary createIn(Database &database) const;

private:
    Beneficiary m_beneficiary;
};
