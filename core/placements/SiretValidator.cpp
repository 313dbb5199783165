// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiretValidator.h"

#include <algorithm>

namespace {

// La Poste registers all its post offices under one SIREN, more establishments than the NIC's Luhn key leaves
// room for, so INSEE gives them a NIC that makes the sum of the 14 digits a multiple of 5 instead.
const QLatin1String laPosteSiren("356000000");
const QLatin1String laPosteHeadOffice("35600000000048");

bool isSeparator(QChar c)
{
    // Spreadsheets and letterheads write "732 829 320 00074" with ordinary, non-breaking or thin spaces, or dots.
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool allDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

bool luhn(const QString &digits)
{
    int sum = 0;
    bool doubled = false;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it) {
        int value = it->digitValue();
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9;
        }
        sum += value;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

int digitSum(const QString &digits)
{
    int sum = 0;
    for (const QChar c : digits)
        sum += c.digitValue();
    return sum;
}

} // namespace

QString SiretValidator::normalised(const QString &siret)
{
    QString kept;
    kept.reserve(siret.size());
    for (const QChar c : siret) {
        if (!isSeparator(c))
            kept.append(c);
    }
    return kept;
}

bool SiretValidator::hasValidCheck(const QString &digits)
{
    // Under La Poste's SIREN the sum rule replaces Luhn, so a Luhn-valid number there is a typing mistake, except
    // the head office, whose NIC predates the rule and keeps its Luhn key.
    if (digits.startsWith(laPosteSiren))
        return digits == laPosteHeadOffice || digitSum(digits) % 5 == 0;
    return luhn(digits);
}

bool SiretValidator::isValid(const QString &siret)
{
    const QString digits = normalised(siret);
    return digits.size() == length && allDigits(digits) && hasValidCheck(digits);
}

QString SiretValidator::problem(const QString &siret)
{
    const QString digits = normalised(siret);
    if (digits.isEmpty())
        return tr("Enter the SIRET: 14 digits.");
    if (!allDigits(digits))
        return tr("A SIRET contains only digits (spaces and dots are allowed between them).");
    if (digits.size() != length)
        return tr("A SIRET has 14 digits; this one has %n.", nullptr, static_cast<int>(digits.size()));
    if (!hasValidCheck(digits))
        return tr("This SIRET does not exist: its check digit is wrong. Check for a typing mistake.");
    return {};
}
