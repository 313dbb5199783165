// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextNormalizer.h"

namespace TextNormalizer {

QString foldForMatching(const QString &text)
{
    // Canonical decomposition splits "é" into "e" and a combining accent, which is then dropped. Ligatures have no
    // decomposition and are spelled out by hand.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: // œ
        case 0x0152: // Œ
            folded += QLatin1String("oe");
            break;
        case 0x00E6: // æ
        case 0x00C6: // Æ
            folded += QLatin1String("ae");
            break;
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            break;
        default:
            folded += c.toLower();
        }
    }
    return folded;
}

QString compactKey(const QString &text)
{
    QString key;
    for (const QChar c : foldForMatching(text)) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

} // namespace TextNormalizer
