// SPDX-License-Identifier: GPL-3.0-or-later
#include "CloseDossierDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "shell/ErrorPresenter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CloseDossierDialog::CloseDossierDialog(Database &database, const QString &beneficiaryId, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiaryId(beneficiaryId), m_reason(new QComboBox(this)),
      m_closedOn(newDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("closeDossierDialog"));
    setWindowTitle(tr("Close the dossier"));
    QString name;
    if (auto found = BeneficiaryRepository(database).find(beneficiaryId); found && found->has_value())
        name = found->value().displayName();
    auto *intro = new QLabel(
        name.isEmpty() ? tr("The young person leaves the follow-up.") : tr("%1 leaves the follow-up.").arg(name), this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reason"));
    fillTerms(m_reason, Vocabulary::List::CloseReason, tr("Choose the reason"));
    m_closedOn->setObjectName(QStringLiteral("closedOn"));
    m_closedOn->setMaximumDate(QDate::currentDate());

    QFormLayout *form = newForm();
    addRow(form, tr("&Reason:"), m_reason);
    addRow(form, tr("&On:"), m_closedOn);
    auto *body = new QVBoxLayout;
    body->addWidget(intro);
    body->addLayout(form);
    body->addWidget(newHint(tr("The dossier stays in the database and can be reopened."), this));
    setBody(body);
    saveButton()->setText(tr("C&lose the dossier"));
    saveButton()->setMinimumWidth(saveButton()->sizeHint().width() + 24);
    trackChanges();
    setMinimumWidth(460);
    m_reason->setFocus();
}

bool CloseDossierDialog::save()
{
    const QString reason = currentCode(m_reason);
    if (reason.isEmpty()) {
        showProblems({tr("Choose the reason why the young person leaves the follow-up.")});
        m_reason->setFocus();
        return false;
    }
    showProblems({});
    if (auto closed = BeneficiaryRepository(database()).close(m_beneficiaryId, reason, m_closedOn->date()); !closed) {
        ErrorPresenter::show(this, tr("Close the dossier"), closed.error());
        return false;
    }
    return true;
}
