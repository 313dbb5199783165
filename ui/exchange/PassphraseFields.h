// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

/**
 * A new passphrase typed twice, hidden unless the user asks to see it, with its strength as a gauge, a word and a
 * piece of advice (PassphraseStrength). It is acceptable only when both entries match and it is strong enough.
 */
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseFields(QWidget *parent = nullptr);

    /// Names an attacker would try first (site, user); they weaken a passphrase that contains them.
    void setPersonalWords(const QStringList &words);

    QString passphrase() const;
    bool isAcceptable() const;
    /// Why the passphrase cannot be used yet; empty when it can.
    QString problem() const;

    QLineEdit *firstField() const { return m_first; }
    QLineEdit *secondField() const { return m_second; }

signals:
    void changed();

private:
    void evaluate();

    QLineEdit *m_first;
    QLineEdit *m_second;
    QProgressBar *m_gauge;
    QLabel *m_level;
    QLabel *m_advice;
    QStringList m_personalWords;
};
