// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiariesPage.h"

#include "EmptyStatePage.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "storage/Workspace.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString sexLabel(Beneficiary::Sex sex)
{
    switch (sex) {
    case Beneficiary::Sex::Female:
        return BeneficiariesPage::tr("Female");
    case Beneficiary::Sex::Male:
        return BeneficiariesPage::tr("Male");
    case Beneficiary::Sex::Unknown:
        break;
    }
    return BeneficiariesPage::tr("Not given");
}

} // namespace

BeneficiariesPage::BeneficiariesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new BeneficiaryListModel(workspace.database(), this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyStatePage(QStringLiteral("beneficiaries"), tr("No dossier yet"),
                                 tr("The dossiers of the young people you follow will be listed here. To discover "
                                    "Sillage first, open the demonstration database."),
                                 this)),
      m_list(new QTableView(this)), m_title(new QLabel(this)), m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("beneficiariesPage"));
    m_empty->setAction(tr("Open the demonstration database"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &BeneficiariesPage::demoRequested);

    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("beneficiaryList"));
    m_list->setAccessibleName(tr("Dossiers"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(BeneficiaryListModel::NameColumn, QHeaderView::Stretch);
    m_list->setWordWrap(false);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDossier(current.data(BeneficiaryListModel::IdRole).toString());
            });

    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("dossierCard"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(m_title);
    cardLayout->addLayout(m_form);
    cardLayout->addStretch(1);
    m_form->setLabelAlignment(Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

void BeneficiariesPage::reload()
{
    m_model->reload(m_workspace.database());
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    m_openedId.clear();
    m_title->setText(tr("Select a dossier in the list."));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (m_model->rowCount() > 0)
        m_list->selectRow(0);
}

void BeneficiariesPage::openRecord(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_list->clearSelection();
    showDossier(id);
}

void BeneficiariesPage::showDossier(const QString &id)
{
    if (!m_workspace.database())
        return;
    auto found = BeneficiaryRepository(*m_workspace.database()).find(id);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    if (!found || !found->has_value()) {
        m_title->setText(tr("This dossier no longer exists."));
        return;
    }
    m_openedId = id;
    const Beneficiary &b = found->value();
    const QLocale locale;
    m_title->setText(b.displayName());
    auto addRow = [this](const QString &label, const QString &value) {
        auto *valueLabel = new QLabel(value.isEmpty() ? tr("not given") : value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(label, valueLabel);
    };
    addRow(tr("Dossier no."), b.dossierNumber);
    addRow(tr("Born on"), b.birthDate.isValid() ? locale.toString(b.birthDate, QLocale::LongFormat) : QString());
    addRow(tr("Sex"), sexLabel(b.sex));
    addRow(tr("Phone"), b.phone);
    addRow(tr("E-mail"), b.email);
    addRow(tr("Address"), QStringList{b.address, b.postcode + QLatin1Char(' ') + b.commune}.join(QLatin1Char('\n')));
    addRow(tr("Adviser"), b.referent);
}
