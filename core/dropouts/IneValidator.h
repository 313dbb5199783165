// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Checks the form of an INE (identifiant national élève), the 11-character number that follows a pupil from school
 * to university. Only the form is checked: the ministry does not publish how the last letters are computed, so an
 * INE of the right shape may still be wrong, and the matcher never trusts an INE alone against a different name.
 *
 * Accepted forms, after removing spaces and turning letters to capitals:
 * - INE-RNIE (répertoire national, since 2018): 9 digits then 2 letters, "123456789AB";
 * - INE-BEA (Base élèves académique, before 2018) and the universities' INE: 10 digits then 1 letter, "1234567890A";
 * - INE of apprentices: 4 digits, "A", 5 digits, then 1 letter, "1234A12345B".
 */
class IneValidator
{
    Q_DECLARE_TR_FUNCTIONS(IneValidator)

public:
    /// Spaces removed, letters in capitals: the form stored and compared.
    static QString normalized(const QString &text);
    static bool isValid(const QString &text);
    /// Why the INE is refused, in the user's language; empty when it is valid or empty.
    static QString problem(const QString &text);
};
