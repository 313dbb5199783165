// SPDX-License-Identifier: GPL-3.0-or-later
#include "IneValidator.h"

#include <QRegularExpression>

QString IneValidator::normalized(const QString &text)
{
    QString compact;
    for (const QChar c : text) {
        if (!c.isSpace())
            compact += c.toUpper();
    }
    return compact;
}

bool IneValidator::isValid(const QString &text)
{
    static const QRegularExpression forms(
        QStringLiteral("^(?:[0-9]{9}[A-Z]{2}|[0-9]{10}[A-Z]|[0-9]{4}A[0-9]{5}[A-Z])$"));
    return forms.match(normalized(text)).hasMatch();
}

QString IneValidator::problem(const QString &text)
{
    const QString ine = normalized(text);
    if (ine.isEmpty() || isValid(ine))
        return {};
    if (ine.size() != 11)
        return tr("The INE \"%1\" should have 11 characters, not %2.").arg(ine).arg(ine.size());
    return tr("The INE \"%1\" is not in a known form (9 digits and 2 letters, or 10 digits and 1 letter).").arg(ine);
}
