// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"

#include "beneficiaries/ActionRepository.h"
#include "shell/ErrorPresenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

ActionDialog::ActionDialog(Database &database, const QString &beneficiaryId,
                           const std::optional<FollowUpAction> &existing, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_existing(existing),
      m_theme(new QComboBox(this)), m_title(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_due(tr("D&ue date:"), this)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(existing ? tr("Action") : tr("New action"));
    m_theme->setObjectName(QStringLiteral("theme"));
    fillTerms(m_theme, Vocabulary::List::ActionTheme, tr("Choose a theme"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("e.g. Update the CV"));
    m_status->setObjectName(QStringLiteral("status"));
    fillTerms(m_status, Vocabulary::List::ActionStatus);
    m_due.checkBox()->setObjectName(QStringLiteral("hasDueDate"));
    m_due.dateEdit()->setObjectName(QStringLiteral("dueDate"));

    QFormLayout *form = newForm();
    addRow(form, tr("T&heme:"), m_theme);
    addRow(form, tr("&Action:"), m_title);
    addRow(form, tr("S&tatus:"), m_status);
    m_due.addTo(form);
    setBody(form);

    const FollowUpAction action = existing.value_or(FollowUpAction{});
    selectCode(m_theme, action.theme);
    m_title->setText(action.title);
    selectCode(m_status, action.status);
    m_due.setDate(action.dueOn, QDate::currentDate().addDays(14));
    trackChanges();
    setMinimumWidth(480);
    m_theme->setFocus();
}

bool ActionDialog::save()
{
    FollowUpAction action = m_existing.value_or(FollowUpAction{});
    action.beneficiaryId = m_beneficiaryId;
    action.theme = currentCode(m_theme);
    action.title = m_title->text().trimmed();
    action.status = currentCode(m_status);
    action.dueOn = m_due.date();
    if (!showProblems(ActionRepository::problems(action)))
        return false;
    ActionRepository actions(database());
    if (m_existing) {
        if (auto saved = actions.update(action); !saved) {
            ErrorPresenter::show(this, tr("Save the action"), saved.error());
            return false;
        }
        m_savedId = action.id;
        return true;
    }
    auto added = actions.add(action);
    if (!added) {
        ErrorPresenter::show(this, tr("Add the action"), added.error());
        return false;
    }
    m_savedId = added->id;
    return true;
}
