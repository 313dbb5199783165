// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttemptDialog.h"

#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>

AttemptDialog::AttemptDialog(QWidget *parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)), m_channel(new QComboBox(this)),
      m_outcome(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("attemptDialog"));
    setWindowTitle(tr("Log a contact attempt"));
    m_date->setObjectName(QStringLiteral("dateField"));
    m_date->setCalendarPopup(true);
    m_channel->setObjectName(QStringLiteral("channelField"));
    for (const Term &term : Vocabulary::terms(Vocabulary::List::ContactChannel))
        m_channel->addItem(term.label, term.code);
    m_outcome->setObjectName(QStringLiteral("outcomeField"));
    for (const Term &term : Vocabulary::terms(Vocabulary::List::ContactOutcome))
        m_outcome->addItem(term.label, term.code);
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was said, when to call again. No health or family details."));
    m_note->setMaximumHeight(90);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AttemptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    resize(420, sizeHint().height());
}

ContactAttempt AttemptDialog::attempt() const
{
    ContactAttempt attempt;
    attempt.on = m_date->date();
    attempt.channel = m_channel->currentData().toString();
    attempt.outcome = m_outcome->currentData().toString();
    attempt.note = m_note->toPlainText().trimmed();
    return attempt;
}

void AttemptDialog::accept()
{
    // An attempt is what was done, never what is planned.
    if (m_date->date() > QDate::currentDate()) {
        QMessageBox::warning(this, windowTitle(), tr("An attempt cannot be dated in the future."));
        m_date->setFocus();
        return;
    }
    QDialog::accept();
}
