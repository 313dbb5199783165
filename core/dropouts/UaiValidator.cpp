// SPDX-License-Identifier: GPL-3.0-or-later
#include "UaiValidator.h"

#include <QRegularExpression>

QString UaiValidator::normalized(const QString &text)
{
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace())
            compact += c.toUpper();
    }
    return compact;
}

QChar UaiValidator::keyFor(const QString &digits)
{
    static const QRegularExpression sevenDigits(QStringLiteral("^[0-9]{7}$"));
    if (!sevenDigits.match(digits).hasMatch())
        return {};
    static const QLatin1String alphabet("ABCDEFGHJKLMNPRSTUVWXYZ");
    return QLatin1Char(alphabet.at(digits.toInt() % 23));
}

bool UaiValidator::isValid(const QString &text)
{
    const QString uai = normalized(text);
    return uai.size() == 8 && !keyFor(uai.left(7)).isNull() && keyFor(uai.left(7)) == uai.at(7);
}

QString UaiValidator::problem(const QString &text)
{
    const QString uai = normalized(text);
    if (uai.isEmpty() || isValid(uai))
        return {};
    const QChar key = keyFor(uai.left(7));
    if (uai.size() != 8 || key.isNull() || !uai.at(7).isLetter())
        return tr("The UAI \"%1\" should be 7 digits and a letter.").arg(uai);
    return tr("The UAI \"%1\" has a wrong key letter: check the code (%2 would be %3).")
        .arg(uai, uai.left(7), uai.left(7) + key);
}
