// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiariesPage.h"

#include "AgendaPage.h"
#include "BeneficiaryFilterBar.h"
#include "DossierView.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/dialogs/BeneficiaryFormDialog.h"
#include "domain/Module.h"
#include "pages/EmptyStatePage.h"
#include "storage/Workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include "shell/ListDetailSplitter.h"
#include "shell/RecordListView.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The columns the core can sort on an index; the others keep the current order.
bool isSortable(int column)
{
    switch (column) {
    case BeneficiaryListModel::NameColumn:
    case BeneficiaryListModel::AgeColumn:
    case BeneficiaryListModel::ReferentColumn:
    case BeneficiaryListModel::LastContactColumn:
    case BeneficiaryListModel::NextAppointmentColumn:
        return true;
    default:
        return false;
    }
}
} // namespace

BeneficiariesPage::BeneficiariesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new BeneficiaryListModel(workspace.database(), this)),
      m_stack(new QStackedWidget(this)), m_views(new QStackedWidget(this)), m_filters(new BeneficiaryFilterBar(this)),
      m_list(new RecordListView(this)), m_dossier(new DossierView(workspace, this)),
      m_agenda(new AgendaPage(workspace, this))
{
    setObjectName(QStringLiteral("beneficiariesPage"));
    QWidget *header = createHeader();
    createEmptyState();
    m_main = createDossiers();
    m_views->addWidget(m_main);
    m_views->addWidget(m_agenda);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_views);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &BeneficiaryFilterBar::filterChanged, this, &BeneficiariesPage::applyFilter);
    connect(m_dossier, &DossierView::dossierChanged, this, [this](const QString &id) {
        refreshChoices();
        refreshList(id);
    });
    connect(m_dossier, &DossierView::openDossierRequested, this, &BeneficiariesPage::openRecord);
    connect(m_agenda, &AgendaPage::openDossierRequested, this, &BeneficiariesPage::openRecord);
    createShortcuts();
    reload();
}

QWidget *BeneficiariesPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *title = new QLabel(Modules::label(Module::Beneficiaries), header);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_dossiersButton = new QPushButton(tr("Dossiers"), header);
    m_dossiersButton->setObjectName(QStringLiteral("dossiersSwitch"));
    m_agendaButton = new QPushButton(tr("Agenda"), header);
    m_agendaButton->setObjectName(QStringLiteral("agendaSwitch"));
    auto *views = new QButtonGroup(header);
    for (QPushButton *button : {m_dossiersButton, m_agendaButton}) {
        button->setCheckable(true);
        views->addButton(button);
    }
    m_dossiersButton->setChecked(true);
    connect(m_dossiersButton, &QPushButton::clicked, this, &BeneficiariesPage::showDossiers);
    connect(m_agendaButton, &QPushButton::clicked, this, &BeneficiariesPage::showAgenda);

    auto *importButton = new QPushButton(tr("Import…"), header);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Import dossiers from a spreadsheet (CSV, XLSX)"));
    m_exportButton = new QPushButton(tr("Export…"), header);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Export the dossiers that the filters show"));
    auto *newButton = new QPushButton(tr("New dossier"), header);
    newButton->setObjectName(QStringLiteral("newDossierButton"));
    newButton->setToolTip(
        tr("New dossier (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    newButton->setDefault(false);
    connect(importButton, &QPushButton::clicked, this, &BeneficiariesPage::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { emit exportRequested(m_model->filter()); });
    connect(newButton, &QPushButton::clicked, this, &BeneficiariesPage::createDossier);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addSpacing(24);
    layout->addWidget(m_dossiersButton);
    layout->addWidget(m_agendaButton);
    layout->addStretch(1);
    layout->addWidget(importButton);
    layout->addSpacing(6);
    layout->addWidget(m_exportButton);
    layout->addSpacing(12);
    layout->addWidget(newButton);
    return header;
}

QWidget *BeneficiariesPage::createDossiers()
{
    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("beneficiaryList"));
    m_list->setAccessibleName(tr("Dossiers"));
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(BeneficiaryListModel::NameColumn, Qt::AscendingOrder);
    const QList<std::pair<int, int>> widths = {
        {BeneficiaryListModel::NameColumn, 170},        {BeneficiaryListModel::AgeColumn, 48},
        {BeneficiaryListModel::ProgrammeColumn, 72},    {BeneficiaryListModel::ReferentColumn, 140},
        {BeneficiaryListModel::LastContactColumn, 110}, {BeneficiaryListModel::NextAppointmentColumn, 150},
        {BeneficiaryListModel::CommuneColumn, 130}};
    for (const auto &[column, width] : widths)
        m_list->setColumnWidth(column, width);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &BeneficiariesPage::onSortIndicatorChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                const QString id = current.data(BeneficiaryListModel::IdRole).toString();
                if (id != m_dossier->dossierId())
                    m_dossier->showDossier(id);
            });

    auto *splitter = new ListDetailSplitter(m_list, m_dossier, 460, 690, this);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    return box;
}

void BeneficiariesPage::createEmptyState()
{
    m_empty = new EmptyStatePage(QStringLiteral("beneficiaries"), tr("No dossier yet"),
                                 tr("The dossiers of the young people you follow will be listed here. Create the "
                                    "first one, import a list, or, to discover Sillage first, open the "
                                    "demonstration database."),
                                 this);
    m_empty->setAction(tr("Create a dossier"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &BeneficiariesPage::createDossier);
    auto *demo = new QPushButton(tr("Open the demonstration database"), m_empty);
    demo->setObjectName(QStringLiteral("linkButton"));
    connect(demo, &QPushButton::clicked, this, &BeneficiariesPage::demoRequested);
    // EmptyStatePage offers one action: the second goes right under it, before the bottom stretch.
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_empty->layout()))
        layout->insertWidget(layout->count() - 1, demo, 0, Qt::AlignHCenter);
}

void BeneficiariesPage::createShortcuts()
{
    // Window shortcuts of hidden widgets do not fire: Ctrl+N works while the page shows, Ctrl+F while the list does.
    auto *newDossier = new QShortcut(QKeySequence::New, this);
    connect(newDossier, &QShortcut::activated, this, &BeneficiariesPage::createDossier);
    auto *find = new QShortcut(QKeySequence::Find, m_filters);
    connect(find, &QShortcut::activated, m_filters, &BeneficiaryFilterBar::focusFilters);
}

void BeneficiariesPage::reload()
{
    const QString opened = openedRecord();
    m_selecting = true;
    // The model first: it may still point to a database that was just closed, and new choices in the filters
    // (a référent gone with the old database) read the list again.
    m_model->reload(m_workspace.database());
    refreshChoices();
    m_selecting = false;
    m_filters->setCount(m_model->totalCount());
    showEmptyStateIfEmpty();
    m_dossier->clear();
    if (!opened.isEmpty() && m_model->rowOf(opened) >= 0)
        openRecord(opened);
    else if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    if (m_agenda->isVisible())
        m_agenda->reload();
}

bool BeneficiariesPage::hasAnyDossier() const
{
    if (m_model->totalCount() > 0)
        return true;
    if (!m_workspace.database())
        return false;
    auto count = BeneficiaryRepository(*m_workspace.database()).count();
    return count && *count > 0;
}

void BeneficiariesPage::refreshChoices()
{
    Database *database = m_workspace.database();
    if (!database) {
        m_filters->setChoices({}, {});
        return;
    }
    BeneficiaryRepository repository(*database);
    auto referents = repository.referents();
    auto communes = repository.communes();
    m_filters->setChoices(referents ? *referents : QStringList(), communes ? *communes : QStringList());
}

void BeneficiariesPage::applyFilter(const BeneficiaryFilter &filter)
{
    const QString opened = openedRecord();
    m_selecting = true;
    m_model->setFilter(filter);
    m_selecting = false;
    m_filters->setCount(m_model->totalCount());
    m_list->scrollToTop();
    if (!opened.isEmpty() && m_model->rowOf(opened) >= 0)
        selectInList(opened);
    else if (m_model->rowCount() > 0)
        m_list->selectRow(0);
    else
        m_dossier->clear(tr("No dossier matches these filters."));
}

void BeneficiariesPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    QHeaderView *columns = m_list->horizontalHeader();
    if (!isSortable(column)) {
        const QSignalBlocker blocker(columns);
        columns->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    const QString opened = openedRecord();
    m_selecting = true;
    m_model->sort(column, order);
    m_selecting = false;
    m_list->scrollToTop();
    selectInList(opened);
}

void BeneficiariesPage::refreshList(const QString &keepId)
{
    const int scrolled = m_list->verticalScrollBar()->value();
    m_selecting = true;
    m_model->reload(m_workspace.database());
    selectInList(keepId);
    m_selecting = false;
    m_list->verticalScrollBar()->setValue(scrolled);
    m_filters->setCount(m_model->totalCount());
    showEmptyStateIfEmpty();
}

void BeneficiariesPage::showEmptyStateIfEmpty()
{
    const bool any = hasAnyDossier();
    m_exportButton->setEnabled(any);
    if (!any && m_views->currentWidget() != m_agenda)
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentWidget(m_views);
}

void BeneficiariesPage::selectInList(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    if (row >= 0) {
        m_list->selectRow(row);
        m_list->scrollTo(m_model->index(row, 0));
    } else {
        m_list->selectionModel()->clear();
    }
    m_selecting = wasSelecting;
}

void BeneficiariesPage::openRecord(const QString &id)
{
    showDossiers();
    selectInList(id);
    m_dossier->showDossier(id);
}

QString BeneficiariesPage::openedRecord() const
{
    return m_dossier->dossierId();
}

bool BeneficiariesPage::isShowingAgenda() const
{
    return m_views->currentWidget() == m_agenda;
}

void BeneficiariesPage::showDossiers()
{
    m_dossiersButton->setChecked(true);
    m_views->setCurrentWidget(m_main);
    showEmptyStateIfEmpty();
}

void BeneficiariesPage::showAgenda()
{
    m_agendaButton->setChecked(true);
    m_views->setCurrentWidget(m_agenda);
    showEmptyStateIfEmpty();
}

void BeneficiariesPage::createDossier()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    BeneficiaryFormDialog dialog(*database, std::nullopt, this);
    QString existingId;
    connect(&dialog, &BeneficiaryFormDialog::openExistingRequested, this,
            [&existingId](const QString &id) { existingId = id; });
    const bool saved = dialog.exec() == QDialog::Accepted;
    const QString id = saved ? dialog.savedId() : existingId;
    if (id.isEmpty())
        return;
    if (saved) {
        refreshChoices();
        refreshList({});
    }
    openRecord(id);
}
