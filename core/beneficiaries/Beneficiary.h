// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** A young person's dossier: identity and contact, as the Jeunes module stores it. */
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
    QString phone;
    QString email;
    QString address;
    QString postcode;
    QString commune;
    QString referent;

    QString displayName() const { return lastName.toUpper() + QLatin1Char(' ') + firstName; }
};
