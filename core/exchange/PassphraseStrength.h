// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

/**
 * How hard a passphrase would be to guess, as zxcvbn estimates it (dictionary words, keyboard walks, dates, repeats,
 * the site's and the user's own names), told in words a coordinator understands.
 *
 * An exchange file travels by USB key or e-mail and may be attacked offline: Argon2id makes each guess slow, but a
 * short or common passphrase falls anyway. The bar for "acceptable" is therefore set on the estimated entropy, not
 * on character classes, which push people towards "Azerty1!" passwords that are weak and hard to remember.
 */
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level { Empty, TooWeak, Weak, Fair, Strong };

    /// personalWords: names an attacker would try first (site, user, town); they count as known words.
    static PassphraseStrength evaluate(const QString &passphrase, const QStringList &personalWords = {});

    double bits() const { return m_bits; }
    Level level() const { return m_level; }
    /// Below Weak the passphrase is refused: a few hours of guessing would find it.
    bool isAcceptable() const { return m_level >= Level::Weak; }
    /// 0 to 100, for a gauge.
    int percent() const;
    /// "Trop faible", "Faible", "Correcte", "Forte".
    QString label() const;
    /// What to do to make it stronger, or why it is good.
    QString advice() const;

    static constexpr double weakBits = 36;
    static constexpr double fairBits = 50;
    static constexpr double strongBits = 70;

private:
    double m_bits = 0;
    Level m_level = Level::Empty;
};
