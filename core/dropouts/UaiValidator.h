// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * Checks a UAI (unité administrative immatriculée, formerly RNE), the code of a school: 7 digits and a key letter.
 * The key is the 7-digit number modulo 23, read in the alphabet without I, O and Q ("ABCDEFGHJKLMNPRSTUVWXYZ"), as
 * the ministry's directory computes it; "0140017T" is valid, "0140017A" is not. A wrong key is almost always a
 * typing slip, so it is refused rather than stored.
 */
class UaiValidator
{
    Q_DECLARE_TR_FUNCTIONS(UaiValidator)

public:
    /// Spaces removed, letter in capitals.
    static QString normalized(const QString &text);
    /// The key letter of 7 digits; a null QChar when digits are not 7 digits.
    static QChar keyFor(const QString &digits);
    static bool isValid(const QString &text);
    /// Why the UAI is refused, in the user's language; empty when it is valid or empty.
    static QString problem(const QString &text);
};
