// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include "domain/TextNormalizer.h"

#include <QRegularExpression>

#include <zxcvbn.h>

#include <vector>

namespace {

// zxcvbn's dictionaries are English: the French words people reach for first are added to the personal ones.
const QStringList &commonFrenchWords()
{
    static const QStringList words = {
        QStringLiteral("motdepasse"),  QStringLiteral("bonjour"),   QStringLiteral("soleil"),
        QStringLiteral("azerty"),      QStringLiteral("jeunes"),    QStringLiteral("jeune"),
        QStringLiteral("mission"),     QStringLiteral("locale"),    QStringLiteral("conseiller"),
        QStringLiteral("conseillere"), QStringLiteral("immersion"), QStringLiteral("decrochage"),
        QStringLiteral("sillage"),     QStringLiteral("echange"),   QStringLiteral("france"),
        QStringLiteral("paris"),       QStringLiteral("chouchou"),  QStringLiteral("doudou"),
        QStringLiteral("loulou"),      QStringLiteral("marseille"), QStringLiteral("nicolas"),
        QStringLiteral("camille"),     QStringLiteral("secret"),    QStringLiteral("bienvenue"),
        QStringLiteral("cio"),         QStringLiteral("metier"),    QStringLiteral("emploi"),
    };
    return words;
}

} // namespace

PassphraseStrength PassphraseStrength::evaluate(const QString &passphrase, const QStringList &personalWords)
{
    PassphraseStrength strength;
    if (passphrase.isEmpty())
        return strength;

    // zxcvbn compares bytes: the words are given both as typed and folded (no accents, lower case), like the
    // passphrase itself may be.
    QList<QByteArray> words;
    for (const QStringList &list : {commonFrenchWords(), personalWords}) {
        for (const QString &word : list) {
            for (const QString &part :
                 word.split(QRegularExpression(QStringLiteral("[\\s\\-_'’.,]+")), Qt::SkipEmptyParts)) {
                if (part.size() < 3)
                    continue;
                words << part.toLower().toUtf8() << TextNormalizer::foldForMatching(part).toUtf8();
            }
        }
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : std::as_const(words))
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    const QByteArray utf8 = passphrase.toUtf8();
    strength.m_bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    strength.m_level = strength.m_bits < weakBits     ? Level::TooWeak
                       : strength.m_bits < fairBits   ? Level::Weak
                       : strength.m_bits < strongBits ? Level::Fair
                                                      : Level::Strong;
    return strength;
}

int PassphraseStrength::percent() const
{
    return qBound(0, int(m_bits * 100 / (strongBits + 10)), 100);
}

QString PassphraseStrength::label() const
{
    switch (m_level) {
    case Level::Empty:
        return tr("No passphrase");
    case Level::TooWeak:
        return tr("Too weak");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

QString PassphraseStrength::advice() const
{
    switch (m_level) {
    case Level::Empty:
        return tr("Choose a passphrase that you will give the other site by another way (telephone, in person).");
    case Level::TooWeak:
        return tr("Too easy to guess. Use four or five ordinary words that do not go together, such as "
                  "« cerise tracteur ombre facile ».");
    case Level::Weak:
        return tr("Could be guessed by a determined person. Add a word or two.");
    case Level::Fair:
        return tr("Good for an exchange file; one more word would make it strong.");
    case Level::Strong:
        return tr("Hard to guess, even with a lot of computing power.");
    }
    return {};
}
