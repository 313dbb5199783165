// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Checks the SIRET of a host company (14 digits: the SIREN of the company, then the NIC of the establishment) before
 * it goes into the directory, so that a typing mistake is caught while the adviser still has the paper in hand.
 */
class SiretValidator
{
    Q_DECLARE_TR_FUNCTIONS(SiretValidator)

public:
    static constexpr int length = 14;

    /// True when the SIRET, once normalised, has 14 digits and a valid check (Luhn, or the La Poste rule).
    static bool isValid(const QString &siret);
    /// The SIRET without the separators people type ("123 456 789 00012", "123.456.789.00012" → "12345678900012").
    /// Other characters are kept, so that a letter is still reported rather than silently dropped.
    static QString normalised(const QString &siret);
    /// What is wrong with the SIRET, as one sentence in the user's language; empty when it is valid.
    static QString problem(const QString &siret);

private:
    static bool hasValidCheck(const QString &digits);
};
