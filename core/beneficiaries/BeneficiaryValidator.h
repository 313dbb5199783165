// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Beneficiary.h"
#include "domain/FieldProblem.h"

#include <QCoreApplication>
#include <QList>

/**
 * The checks of a dossier's fields, shared by the form, the import and the command line: names present, birth
 * date giving an age of 15 to 30, French phone numbers, e-mail, INE form, postcode and commune.
 */
class BeneficiaryValidator
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryValidator)

public:
    static constexpr int minimumAge = 15;
    static constexpr int maximumAge = 30;

    /// Every problem, in the order of the form; empty when the dossier can be saved.
    static QList<FieldProblem> problems(const Beneficiary &person, const QDate &today = QDate::currentDate());

    static constexpr int maximumTextLength = 200;

    /// Letters, spaces, hyphens, apostrophes and dots, starting with a letter, 80 characters at most.
    static bool isPlausibleName(const QString &name);
    static bool isValidPhone(const QString &phone);
    static bool isValidEmail(const QString &email);
    /// 11 characters: 10 digits or letters, then a letter.
    static bool isValidIne(const QString &ine);
    static bool isValidPostcode(const QString &postcode);
    /// "06 12 34 56 78" from "0612345678", "+33612345678" or "06.12.34.56.78"; other text unchanged.
    static QString normalisedPhone(const QString &phone);
};
