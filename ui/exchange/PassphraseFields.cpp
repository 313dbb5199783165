// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseFields.h"

#include "exchange/PassphraseStrength.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStyle>

PassphraseFields::PassphraseFields(QWidget *parent)
    : QWidget(parent), m_first(new QLineEdit(this)), m_second(new QLineEdit(this)), m_gauge(new QProgressBar(this)),
      m_level(new QLabel(this)), m_advice(new QLabel(this))
{
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_second->setObjectName(QStringLiteral("passphraseAgain"));
    for (QLineEdit *field : {m_first, m_second}) {
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(320);
        connect(field, &QLineEdit::textChanged, this, &PassphraseFields::evaluate);
    }
    m_first->setAccessibleName(tr("Passphrase"));
    m_second->setAccessibleName(tr("Passphrase again"));

    // One eye shows both fields: checking a long passphrase letter by letter is what people need before sending it.
    auto *show = m_first->addAction(QIcon(QStringLiteral(":/icons/show.svg")), QLineEdit::TrailingPosition);
    show->setObjectName(QStringLiteral("showPassphrase"));
    show->setCheckable(true);
    show->setToolTip(tr("Show the passphrase"));
    connect(show, &QAction::toggled, this, [this](bool visible) {
        for (QLineEdit *field : {m_first, m_second})
            field->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_gauge->setObjectName(QStringLiteral("passphraseGauge"));
    m_gauge->setRange(0, 100);
    m_gauge->setTextVisible(false);
    m_gauge->setMaximumHeight(8);
    m_gauge->setAccessibleName(tr("Passphrase strength"));
    m_level->setObjectName(QStringLiteral("passphraseLevel"));
    m_advice->setObjectName(QStringLiteral("passphraseAdvice"));
    m_advice->setWordWrap(true);

    auto *strength = new QHBoxLayout;
    strength->addWidget(m_gauge, 1);
    strength->addWidget(m_level);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Passphrase:"), m_first);
    layout->addRow(tr("&Again:"), m_second);
    layout->addRow(tr("Strength:"), strength);
    layout->addRow(QString(), m_advice);
    evaluate();
}

void PassphraseFields::setPersonalWords(const QStringList &words)
{
    m_personalWords = words;
    evaluate();
}

QString PassphraseFields::passphrase() const
{
    return m_first->text();
}

bool PassphraseFields::isAcceptable() const
{
    return problem().isEmpty();
}

QString PassphraseFields::problem() const
{
    const PassphraseStrength strength = PassphraseStrength::evaluate(m_first->text(), m_personalWords);
    if (strength.level() == PassphraseStrength::Level::Empty)
        return tr("Choose a passphrase.");
    if (!strength.isAcceptable())
        return tr("The passphrase is too easy to guess.");
    if (m_second->text() != m_first->text())
        return m_second->text().isEmpty() ? tr("Type the passphrase a second time.")
                                          : tr("The two passphrases are not the same.");
    return {};
}

void PassphraseFields::evaluate()
{
    const PassphraseStrength strength = PassphraseStrength::evaluate(m_first->text(), m_personalWords);
    m_gauge->setValue(strength.percent());
    // The level is written in words beside the gauge: its colour is never the only sign.
    m_gauge->setProperty("strength", int(strength.level()));
    m_gauge->style()->unpolish(m_gauge);
    m_gauge->style()->polish(m_gauge);
    m_level->setText(strength.label());
    m_gauge->setAccessibleDescription(strength.label());
    QString advice = strength.advice();
    if (!m_second->text().isEmpty() && m_second->text() != m_first->text())
        advice = tr("The two passphrases are not the same.");
    m_advice->setText(advice);
    emit changed();
}
