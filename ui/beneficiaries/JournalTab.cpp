// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "beneficiaries/JournalRepository.h"
#include "beneficiaries/dialogs/EventDialog.h"
#include "domain/Vocabulary.h"

#include <QDialog>
#include <QPushButton>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

JournalTab::JournalTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_panel(
          new ItemTablePanel(tr("Journal"), {tr("Date"), tr("Type"), tr("Mode"), tr("Duration"), tr("Summary")}, this))
{
    m_panel->setObjectName(QStringLiteral("journalPanel"));
    m_panel->view()->setObjectName(QStringLiteral("journalTable"));
    m_panel->setAddText(tr("Add an event…"));
    m_panel->addButton()->setObjectName(QStringLiteral("addEventButton"));
    m_panel->setEmptyText(tr("Nothing in the journal yet. Record each interview, call or workshop with “Add an "
                             "event…”: the list then shows the last contact."));
    connect(m_panel, &ItemTablePanel::addRequested, this, &JournalTab::addEvent);
    connect(m_panel, &ItemTablePanel::editRequested, this, &JournalTab::editEvent);
    connect(m_panel, &ItemTablePanel::removeRequested, this, &JournalTab::removeEvent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_panel);
}

void JournalTab::refresh()
{
    const QString selected = m_panel->currentId();
    m_panel->clear();
    m_events.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto events = JournalRepository(*database()).list(dossier().id);
    if (!events) {
        m_panel->setEmptyText(events.error().message());
        m_panel->finish();
        return;
    }
    m_events = *events;
    for (const JournalEvent &event : std::as_const(m_events)) {
        // The marker comes first so that a long summary, elided at the end, never hides it.
        QString summary = DossierFormat::firstLine(event.summary);
        if (!event.privateNote.isEmpty())
            summary = tr("(private note)") + (summary.isEmpty() ? QString() : QStringLiteral(" ") + summary);
        const QList<QStandardItem *> items =
            m_panel->appendRow(event.id, {DossierFormat::dateTime(event.occurredAt),
                                          Vocabulary::label(Vocabulary::List::EventType, event.type),
                                          Vocabulary::label(Vocabulary::List::EventMode, event.mode),
                                          DossierFormat::duration(event.durationMinutes), summary});
        QString tip = event.summary.trimmed();
        if (!event.author.isEmpty())
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + tr("Written by %1").arg(event.author);
        if (!event.privateNote.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Your private note: %1").arg(event.privateNote);
        items.last()->setToolTip(tip);
    }
    m_panel->finish(selected);
}

void JournalTab::addEvent()
{
    if (!database())
        return;
    EventDialog dialog(*database(), dossier().id, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_panel->select(dialog.savedId());
    emit changed();
}

void JournalTab::editEvent(const QString &id)
{
    const JournalEvent *event = findItem(m_events, id);
    if (!event)
        return;
    EventDialog dialog(*database(), dossier().id, *event, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

void JournalTab::removeEvent(const QString &id)
{
    const JournalEvent *event = findItem(m_events, id);
    if (!event)
        return;
    const QString what = tr("%1 of %2")
                             .arg(Vocabulary::label(Vocabulary::List::EventType, event->type),
                                  DossierFormat::dateTime(event->occurredAt));
    if (!confirmRemoval(tr("Delete an event"), tr("Delete “%1” from the journal?").arg(what)))
        return;
    if (auto removed = JournalRepository(*database()).remove(id); !removed) {
        showError(tr("Delete an event"), removed.error());
        return;
    }
    refresh();
    emit changed();
}
