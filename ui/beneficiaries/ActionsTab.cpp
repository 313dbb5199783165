// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionsTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "beneficiaries/ActionRepository.h"
#include "beneficiaries/dialogs/ActionDialog.h"
#include "domain/Vocabulary.h"

#include <QDialog>
#include <QPushButton>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

ActionsTab::ActionsTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_panel(new ItemTablePanel(tr("Actions and objectives"),
                                 {tr("Theme"), tr("Action"), tr("Status"), tr("Due"), tr("Done on")}, this))
{
    m_panel->setObjectName(QStringLiteral("actionsPanel"));
    m_panel->view()->setObjectName(QStringLiteral("actionsTable"));
    m_panel->setAddText(tr("Add an action…"));
    m_done = m_panel->addSelectionButton(tr("Mark done"));
    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_panel->setEmptyText(tr("No action yet. Agree on the next steps with the young person and add them with “Add "
                             "an action…”, with a due date to be reminded of them."));
    connect(m_panel, &ItemTablePanel::addRequested, this, &ActionsTab::addNewAction);
    connect(m_panel, &ItemTablePanel::editRequested, this, &ActionsTab::editAction);
    connect(m_panel, &ItemTablePanel::removeRequested, this, &ActionsTab::removeAction);
    connect(m_panel, &ItemTablePanel::currentChanged, this, &ActionsTab::updateDoneButton);
    connect(m_done, &QPushButton::clicked, this, [this] { markDone(m_panel->currentId()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_panel);
}

void ActionsTab::refresh()
{
    const QString selected = m_panel->currentId();
    m_panel->clear();
    m_actions.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto actions = ActionRepository(*database()).list(dossier().id);
    if (!actions) {
        m_panel->setEmptyText(actions.error().message());
        m_panel->finish();
        return;
    }
    m_actions = *actions;
    const QDate today = QDate::currentDate();
    for (const FollowUpAction &action : std::as_const(m_actions)) {
        const bool late = ActionRepository::isOpen(action.status) && action.dueOn.isValid() && action.dueOn < today;
        const QString status = Vocabulary::label(Vocabulary::List::ActionStatus, action.status);
        // Lateness is said in words and in bold, not by a colour alone.
        const QList<QStandardItem *> items =
            m_panel->appendRow(action.id, {Vocabulary::label(Vocabulary::List::ActionTheme, action.theme), action.title,
                                           late ? tr("Late (%1)").arg(status) : status,
                                           DossierFormat::date(action.dueOn), DossierFormat::date(action.doneOn)});
        items.at(1)->setToolTip(action.title);
        if (late) {
            for (QStandardItem *item : items) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
    }
    m_panel->finish(selected);
    updateDoneButton();
}

void ActionsTab::updateDoneButton()
{
    const FollowUpAction *action = findItem(m_actions, m_panel->currentId());
    m_done->setEnabled(action && ActionRepository::isOpen(action->status));
}

void ActionsTab::addNewAction()
{
    if (!database())
        return;
    ActionDialog dialog(*database(), dossier().id, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_panel->select(dialog.savedId());
    emit changed();
}

void ActionsTab::editAction(const QString &id)
{
    const FollowUpAction *action = findItem(m_actions, id);
    if (!action)
        return;
    ActionDialog dialog(*database(), dossier().id, *action, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit changed();
}

void ActionsTab::markDone(const QString &id)
{
    const FollowUpAction *found = findItem(m_actions, id);
    if (!found || !ActionRepository::isOpen(found->status))
        return;
    FollowUpAction action = *found;
    action.status = QStringLiteral("done");
    action.doneOn = QDate::currentDate();
    if (auto updated = ActionRepository(*database()).update(action); !updated) {
        showError(tr("Mark an action done"), updated.error());
        return;
    }
    refresh();
    emit changed();
}

void ActionsTab::removeAction(const QString &id)
{
    const FollowUpAction *action = findItem(m_actions, id);
    if (!action)
        return;
    if (!confirmRemoval(tr("Delete an action"), tr("Delete the action “%1”?").arg(action->title)))
        return;
    if (auto removed = ActionRepository(*database()).remove(id); !removed) {
        showError(tr("Delete an action"), removed.error());
        return;
    }
    refresh();
    emit changed();
}
