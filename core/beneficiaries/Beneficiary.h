// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** A young person's dossier: identity, contact, legal representative, situation, as the Jeunes module stores it. */
struct Beneficiary
{
    enum class Sex { Unknown, Female, Male };

    QString id;
    QString dossierNumber;
    QString lastName;
    QString firstName;
    QString usageName;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    QString ine;
    QString externalId; ///< I-Milo or another tool's identifier.
    QString phone;
    QString email;
    QString address;
    QString postcode;
    QString commune;
    bool qpv = false; ///< Lives in a quartier prioritaire de la politique de la ville.
    bool zrr = false; ///< Lives in a zone de revitalisation rurale.
    bool rqth = false;
    QString educationLevel; ///< Code of Vocabulary::List::EducationLevel.
    bool drivingLicence = false;
    bool vehicle = false;
    QString mobilityNote;
    QString legalRepresentativeName;
    QString legalRepresentativePhone;
    QString legalRepresentativeEmail;
    QString legalRepresentativeLink; ///< Code of Vocabulary::List::LegalRepresentativeLink.
    QString referent;
    QString status = QStringLiteral("active"); ///< Code of Vocabulary::List::BeneficiaryStatus.
    QString closeReason;
    QDate closedOn;

    QString displayName() const { return lastName.toUpper() + QLatin1Char(' ') + firstName; }
    /// Age in whole years on the given day; -1 when the birth date is unknown.
    int ageOn(const QDate &day) const;
};
