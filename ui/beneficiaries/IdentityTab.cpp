// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityTab.h"

#include "DossierFormat.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "domain/Vocabulary.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

IdentityTab::IdentityTab(Workspace &workspace, QWidget *parent) : DossierTab(workspace, parent)
{
    // Two columns of groups, so that a laptop screen shows the whole dossier without scrolling. They are box
    // layouts rather than a grid: a box layout gives wrapped labels the height they need for their width.
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    m_identity = addGroup(tr("Identity"), left);
    m_situation = addGroup(tr("Situation"), left);
    m_followUp = addGroup(tr("Follow-up"), left);
    m_contact = addGroup(tr("Contact"), right);
    m_representative = addGroup(tr("Legal representative"), right);
    left->addStretch(1);
    right->addStretch(1);

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(12, 12, 12, 12);
    columns->setSpacing(12);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QFormLayout *IdentityTab::addGroup(const QString &title, QVBoxLayout *column)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    column->addWidget(group);
    return form;
}

void IdentityTab::addRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *field = new QLabel(value.isEmpty() ? tr("not given") : value);
    if (value.isEmpty())
        field->setObjectName(QStringLiteral("hint"));
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setTextFormat(Qt::PlainText);
    form->addRow(label, field);
}

void IdentityTab::refresh()
{
    for (QFormLayout *form : {m_identity, m_contact, m_representative, m_situation, m_followUp}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    const Beneficiary &b = dossier();
    if (b.id.isEmpty())
        return;

    addRow(m_identity, tr("Last name"), b.lastName);
    addRow(m_identity, tr("First name"), b.firstName);
    if (!b.usageName.isEmpty())
        addRow(m_identity, tr("Usage name"), b.usageName);
    const QString age = DossierFormat::age(b.birthDate);
    addRow(m_identity, tr("Born on"),
           b.birthDate.isValid() ? tr("%1 (%2)").arg(DossierFormat::date(b.birthDate), age) : QString());
    addRow(m_identity, tr("Sex"), Vocabulary::label(Vocabulary::List::Sex, BeneficiaryRepository::sexCode(b.sex)));
    addRow(m_identity, tr("INE"), b.ine);
    addRow(m_identity, tr("External id"), b.externalId);
    addRow(m_identity, tr("Dossier no."), b.dossierNumber);

    addRow(m_contact, tr("Phone"), b.phone);
    addRow(m_contact, tr("E-mail"), b.email);
    addRow(m_contact, tr("Address"), b.address);
    addRow(m_contact, tr("Town"), QStringList{b.postcode, b.commune}.join(QLatin1Char(' ')).trimmed());
    addRow(m_contact, tr("QPV"), DossierFormat::yesNo(b.qpv));
    addRow(m_contact, tr("ZRR"), DossierFormat::yesNo(b.zrr));

    addRow(m_representative, tr("Name"), b.legalRepresentativeName);
    addRow(m_representative, tr("Link"),
           b.legalRepresentativeLink.isEmpty()
               ? QString()
               : Vocabulary::label(Vocabulary::List::LegalRepresentativeLink, b.legalRepresentativeLink));
    addRow(m_representative, tr("Phone"), b.legalRepresentativePhone);
    addRow(m_representative, tr("E-mail"), b.legalRepresentativeEmail);

    addRow(m_situation, tr("Education level"),
           b.educationLevel.isEmpty() ? QString()
                                      : Vocabulary::label(Vocabulary::List::EducationLevel, b.educationLevel));
    addRow(m_situation, tr("Driving licence"), DossierFormat::yesNo(b.drivingLicence));
    addRow(m_situation, tr("Vehicle"), DossierFormat::yesNo(b.vehicle));
    addRow(m_situation, tr("Mobility"), b.mobilityNote);
    addRow(m_situation, tr("RQTH"), DossierFormat::yesNo(b.rqth));

    fillFollowUp(b);
}

void IdentityTab::fillFollowUp(const Beneficiary &b)
{
    addRow(m_followUp, tr("Adviser"), b.referent);
    addRow(m_followUp, tr("Status"), Vocabulary::label(Vocabulary::List::BeneficiaryStatus, b.status));
    if (b.status != QLatin1String("active")) {
        addRow(m_followUp, tr("Exit"),
               tr("%1, %2").arg(DossierFormat::date(b.closedOn),
                                Vocabulary::label(Vocabulary::List::CloseReason, b.closeReason)));
    }
    QStringList history;
    if (database()) {
        auto changes = BeneficiaryRepository(*database()).referentHistory(b.id);
        if (!changes) {
            history << changes.error().message();
        } else {
            for (const ReferentChange &change : std::as_const(*changes)) {
                QString line = tr("%1: %2").arg(DossierFormat::date(change.changedOn), change.referent);
                if (!change.previousReferent.isEmpty())
                    line += QStringLiteral(" ") + tr("(instead of %1)").arg(change.previousReferent);
                history << line;
            }
        }
    }
    if (history.isEmpty())
        history << tr("no change since the dossier was opened");
    addRow(m_followUp, tr("Advisers over time"), history.join(QLatin1Char('\n')));
}
