// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeReferentDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "shell/ErrorPresenter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ChangeReferentDialog::ChangeReferentDialog(Database &database, const Beneficiary &beneficiary, QWidget *parent)
    : DossierDialog(database, parent), m_beneficiary(beneficiary), m_referent(new QComboBox(this)),
      m_changedOn(newDateEdit(QDate::currentDate(), this))
{
    setObjectName(QStringLiteral("changeReferentDialog"));
    setWindowTitle(tr("Change of adviser"));
    auto *intro = new QLabel(tr("Who follows %1 from now on?").arg(beneficiary.displayName()), this);
    intro->setWordWrap(true);
    auto *current = new QLabel(beneficiary.referent.isEmpty() ? tr("Nobody yet") : beneficiary.referent, this);
    current->setObjectName(QStringLiteral("currentReferent"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referent->setObjectName(QStringLiteral("referent"));
    m_referent->setEditable(true);
    m_referent->setInsertPolicy(QComboBox::NoInsert);
    if (auto referents = BeneficiaryRepository(database).referents(); referents) {
        QStringList others = *referents;
        others.removeAll(beneficiary.referent);
        m_referent->addItems(others);
    }
    m_referent->setCurrentText(QString());
    m_changedOn->setObjectName(QStringLiteral("changedOn"));
    m_changedOn->setMaximumDate(QDate::currentDate());

    QFormLayout *form = newForm();
    form->addRow(tr("Current adviser:"), current);
    addRow(form, tr("&New adviser:"), m_referent);
    addRow(form, tr("&From:"), m_changedOn);
    auto *body = new QVBoxLayout;
    body->addWidget(intro);
    body->addLayout(form);
    body->addWidget(newHint(tr("The previous adviser stays in the dossier's history."), this));
    setBody(body);
    trackChanges();
    setMinimumWidth(460);
    m_referent->setFocus();
}

QString ChangeReferentDialog::referent() const
{
    return m_referent->currentText().trimmed();
}

bool ChangeReferentDialog::save()
{
    const QString chosen = referent();
    if (chosen.isEmpty()) {
        showProblems({tr("Give the name of the new adviser.")});
        m_referent->setFocus();
        return false;
    }
    if (chosen == m_beneficiary.referent) {
        showProblems({tr("%1 already follows this young person.").arg(chosen)});
        m_referent->setFocus();
        return false;
    }
    showProblems({});
    auto changed = BeneficiaryRepository(database()).changeReferent(m_beneficiary.id, chosen, m_changedOn->date());
    if (!changed) {
        ErrorPresenter::show(this, tr("Change of adviser"), changed.error());
        return false;
    }
    return true;
}
