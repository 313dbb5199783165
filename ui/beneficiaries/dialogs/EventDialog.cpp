// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventDialog.h"

#include "beneficiaries/JournalRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

EventDialog::EventDialog(Database &database, const QString &beneficiaryId, const std::optional<JournalEvent> &existing,
                         QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_type(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_occurredAt(newDateTimeEdit(
          QDateTime(QDate::currentDate(), QTime(QTime::currentTime().hour(), QTime::currentTime().minute())), this)),
      m_duration(new QSpinBox(this)), m_summary(new QPlainTextEdit(this)), m_privateNote(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(existing ? tr("Journal entry") : tr("New journal entry"));
    m_type->setObjectName(QStringLiteral("type"));
    fillTerms(m_type, Vocabulary::List::EventType);
    m_mode->setObjectName(QStringLiteral("mode"));
    fillTerms(m_mode, Vocabulary::List::EventMode);
    m_occurredAt->setObjectName(QStringLiteral("occurredAt"));
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(5);
    m_duration->setValue(30);
    //: Minutes, after a duration.
    m_duration->setSuffix(tr(" min"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was said, decided, planned…"));
    m_privateNote->setObjectName(QStringLiteral("privateNote"));
    m_privateNote->setTabChangesFocus(true);
    m_privateNote->setMaximumHeight(m_privateNote->fontMetrics().lineSpacing() * 5 + 12);

    QFormLayout *form = newForm();
    addRow(form, tr("&Kind:"), m_type);
    addRow(form, tr("&Mode:"), m_mode);
    auto *when = new QWidget(this);
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->addWidget(m_occurredAt);
    auto *durationLabel = new QLabel(tr("D&uration:"), this);
    durationLabel->setBuddy(m_duration);
    m_duration->setAccessibleName(tr("Duration"));
    whenLayout->addSpacing(12);
    whenLayout->addWidget(durationLabel);
    whenLayout->addWidget(m_duration);
    whenLayout->addStretch(1);
    addRow(form, tr("&Date:"), m_occurredAt, when);

    auto *summary = new QWidget(this);
    auto *summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->setSpacing(2);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addWidget(newHint(tr("Shared with your colleagues who follow this young person."), this));
    addRow(form, tr("Summar&y:"), m_summary, summary);

    auto *note = new QWidget(this);
    auto *noteLayout = new QVBoxLayout(note);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->setSpacing(2);
    noteLayout->addWidget(m_privateNote);
    auto *noteHint = new QLabel(tr("Only you will see this note.") + QLatin1Char('\n') +
                                    tr("Do not write sensitive data in it: health, religion, justice…"),
                                this);
    noteHint->setObjectName(QStringLiteral("notice"));
    noteHint->setWordWrap(true);
    noteHint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    noteLayout->addWidget(noteHint);
    m_privateNote->setAccessibleDescription(noteHint->text());
    QLabel *noteLabel = addRow(form, tr("&Private note:"), m_privateNote, note);

    if (existing) {
        m_type->setCurrentIndex(qMax(0, m_type->findData(existing->type)));
        m_mode->setCurrentIndex(qMax(0, m_mode->findData(existing->mode)));
        m_occurredAt->setDateTime(existing->occurredAt);
        m_duration->setValue(existing->durationMinutes);
        m_summary->setPlainText(existing->summary);
        m_privateNote->setPlainText(existing->privateNote);
        // The repository never hands out a colleague's note: an empty field here would only mislead.
        if (existing->author != database.currentUser()) {
            noteLabel->setVisible(false);
            note->setVisible(false);
            m_showsPrivateNote = false;
            const QString author = existing->author.isEmpty() ? tr("a colleague") : existing->author;
            form->addRow(newHint(tr("Written by %1. Their private note, if any, stays theirs.").arg(author), this));
        }
    }
    setBody(form);
    setTabOrder(m_occurredAt, m_duration);
    trackChanges();
    resize(640, sizeHint().height());
    m_type->setFocus();
}

bool EventDialog::save()
{
    JournalEvent event = m_existing.value_or(JournalEvent{});
    event.beneficiaryId = m_beneficiaryId;
    event.type = currentCode(m_type);
    event.mode = currentCode(m_mode);
    event.occurredAt = m_occurredAt->dateTime();
    event.durationMinutes = m_duration->value();
    event.summary = m_summary->toPlainText().trimmed();
    if (m_showsPrivateNote)
        event.privateNote = m_privateNote->toPlainText().trimmed();
    if (!showProblems(JournalRepository::problems(event)))
        return false;
    JournalRepository journal(database());
    if (m_existing) {
        if (auto saved = journal.update(event); !saved) {
            ErrorPresenter::show(this, tr("Save the journal entry"), saved.error());
            return false;
        }
        m_savedId = event.id;
        return true;
    }
    auto added = journal.add(event);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the journal entry"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
