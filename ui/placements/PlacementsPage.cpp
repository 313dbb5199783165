// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementsPage.h"
#include "AssessmentDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "domain/Module.h"
#include "domain/Vocabulary.h"
#include "pages/EmptyStatePage.h"
#include "placements/CompanyRepository.h"
#include "placements/ConventionDocument.h"
#include "placements/PlacementFormDialog.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementWorkflow.h"
#include "placements/TutorRepository.h"
#include "shell/ErrorPresenter.h"
#include "storage/DataSettings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

PlacementsPage::PlacementsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new PlacementListModel(workspace.database(), this)),
      m_stack(new QStackedWidget(this)), m_status(new QComboBox(this)), m_count(new QLabel(this)),
      m_list(new QTableView(this))
{
    setObjectName(QStringLiteral("placementsPage"));
    auto *title = new QLabel(Modules::label(Module::Placements), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_empty = new EmptyStatePage(QStringLiteral("placements"), tr("No immersion yet"),
                                 tr("The immersions of the young people you follow will be listed here. An "
                                    "immersion is created from a young person's dossier."),
                                 this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createMain());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    reload();
}

QWidget *PlacementsPage::createMain()
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    const QStringList statuses = PlacementWorkflow::statuses();
    for (const QString &status : statuses)
        m_status->addItem(PlacementWorkflow::label(status), status);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlacementsPage::applyFilter);
    m_count->setObjectName(QStringLiteral("placementCount"));

    auto *filters = new QWidget(this);
    auto *filtersLayout = new QHBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->setSpacing(6);
    filtersLayout->addWidget(m_status);
    filtersLayout->addStretch(1);
    filtersLayout->addWidget(m_count);

    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("placementList"));
    m_list->setAccessibleName(tr("Immersions"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSortIndicator(PlacementListModel::StartColumn, Qt::DescendingOrder);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                showPlacement(current.data(PlacementListModel::IdRole).toString());
            });

    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(createDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(filters);
    layout->addWidget(splitter, 1);
    return box;
}

QWidget *PlacementsPage::createDetail()
{
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("placementDetail"));
    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("placementName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(m_detail);
    m_summary->setObjectName(QStringLiteral("placementSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_moves = new QWidget(m_detail);
    m_movesLayout = new QHBoxLayout(m_moves);
    m_movesLayout->setContentsMargins(0, 0, 0, 0);
    m_movesLayout->setSpacing(6);
    m_editPlacement = new QPushButton(tr("Edit…"), m_detail);
    m_editPlacement->setObjectName(QStringLiteral("editPlacementButton"));
    m_editPlacement->setToolTip(tr("Change the immersion while its convention is not signed"));
    connect(m_editPlacement, &QPushButton::clicked, this, &PlacementsPage::editPlacement);
    m_convention = new QPushButton(tr("Convention (PDF)…"), m_detail);
    m_convention->setObjectName(QStringLiteral("conventionButton"));
    connect(m_convention, &QPushButton::clicked, this, &PlacementsPage::writeConvention);
    m_assessment = new QPushButton(tr("Assessment…"), m_detail);
    m_assessment->setObjectName(QStringLiteral("assessmentButton"));
    m_assessment->setToolTip(tr("Attendance, job offer, tutor feedback and skills assessed"));
    connect(m_assessment, &QPushButton::clicked, this, &PlacementsPage::openAssessment);

    m_history = new QTableWidget(0, 4, m_detail);
    m_history->setObjectName(QStringLiteral("placementHistory"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Status"), tr("Justification"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);

    auto *historyTitle = new QLabel(tr("Status history"), m_detail);
    historyTitle->setObjectName(QStringLiteral("sectionTitle"));

    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_moves);
    layout->addWidget(m_editPlacement, 0, Qt::AlignLeft);
    layout->addWidget(m_convention, 0, Qt::AlignLeft);
    layout->addWidget(m_assessment, 0, Qt::AlignLeft);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    return m_detail;
}

void PlacementsPage::reload()
{
    const QString keep = m_selectedId;
    m_model->reload(m_workspace.database());
    updateCount();
    PlacementFilter all;
    const bool any = m_model->totalCount() > 0 || m_model->filter() != all;
    m_stack->setCurrentIndex(any ? 1 : 0);
    if (!keep.isEmpty() && m_model->rowOf(keep) < 0)
        showPlacement(keep); // still shown, even when the filter hides it from the list
    else if (!keep.isEmpty())
        selectInList(keep);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showPlacement({});
}

void PlacementsPage::applyFilter()
{
    PlacementFilter filter = m_model->filter();
    filter.status = m_status->currentData().toString();
    m_model->setFilter(filter);
    updateCount();
    if (m_model->rowOf(m_selectedId) >= 0)
        selectInList(m_selectedId);
}

void PlacementsPage::updateCount()
{
    m_count->setText(tr("%n immersion(s)", nullptr, int(m_model->totalCount())));
}

void PlacementsPage::selectInList(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_selecting = true;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_selecting = false;
    }
    showPlacement(id);
}

void PlacementsPage::showPlacement(const QString &id)
{
    m_selectedId.clear();
    m_name->clear();
    m_summary->clear();
    m_history->setRowCount(0);
    while (QLayoutItem *item = m_movesLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // The button clicked may be the one that asked for this: it goes once its signal is over.
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    m_editPlacement->setEnabled(false);
    m_convention->setEnabled(false);
    m_assessment->hide();
    Database *database = m_workspace.database();
    if (id.isEmpty() || !database)
        return;
    auto found = PlacementRepository(*database).find(id);
    if (!found || !found->has_value())
        return;
    const Placement placement = found->value();
    m_selectedId = id;

    auto person = BeneficiaryRepository(*database).find(placement.beneficiaryId);
    m_name->setText(person && person->has_value() ? person->value().displayName() : QString());
    QString company;
    QString tutor;
    if (!placement.companyId.isEmpty()) {
        auto companyFound = CompanyRepository(*database).find(placement.companyId);
        if (companyFound && companyFound->has_value())
            company = companyFound->value().name;
        auto tutors = TutorRepository(*database).list(placement.companyId);
        if (tutors) {
            for (const Tutor &candidate : tutors.value())
                if (candidate.id == placement.tutorId)
                    tutor = candidate.firstName + QLatin1Char(' ') + candidate.lastName;
        }
    }
    const QLocale locale;
    const QString none = tr("—");
    const QStringList lines = {tr("Type: %1").arg(Vocabulary::label(Vocabulary::List::PlacementType, placement.type)),
                               tr("Company: %1").arg(company.isEmpty() ? none : company),
                               tr("Tutor: %1").arg(tutor.isEmpty() ? none : tutor),
                               tr("Job: %1").arg(placement.jobLabel.isEmpty() ? none : placement.jobLabel),
                               tr("Dates: %1 to %2")
                                   .arg(locale.toString(placement.startOn, QLocale::ShortFormat),
                                        locale.toString(placement.endOn, QLocale::ShortFormat)),
                               tr("Hours per week: %1").arg(locale.toString(placement.schedule.total())),
                               tr("Status: %1").arg(PlacementWorkflow::label(placement.status))};
    m_summary->setText(lines.join(QLatin1Char('\n')));

    const QStringList next = PlacementWorkflow::nextStatuses(placement.status);
    for (const QString &status : next) {
        auto *button = new QPushButton(PlacementWorkflow::label(status), m_moves);
        button->setObjectName(QStringLiteral("move_") + status);
        connect(button, &QPushButton::clicked, this, [this, status] { moveTo(status); });
        m_movesLayout->addWidget(button);
    }
    m_movesLayout->addStretch(1);
    m_editPlacement->setEnabled(placement.status == QLatin1String("draft") ||
                                placement.status == QLatin1String("ready_to_sign"));
    m_convention->setEnabled(true);
    m_assessment->setVisible(placement.status == QStringLiteral("ended") ||
                             placement.status == QStringLiteral("assessed"));

    auto history = PlacementRepository(*database).history(id);
    if (!history) {
        ErrorPresenter::show(this, tr("Status history"), history.error());
        return;
    }
    m_history->setRowCount(int(history->size()));
    for (int row = 0; row < history->size(); ++row) {
        const PlacementStatusChange &change = history->at(row);
        m_history->setItem(row, 0, new QTableWidgetItem(locale.toString(change.changedOn, QLocale::ShortFormat)));
        m_history->setItem(row, 1, new QTableWidgetItem(PlacementWorkflow::label(change.toStatus)));
        m_history->setItem(row, 2, new QTableWidgetItem(change.justification));
        m_history->setItem(row, 3, new QTableWidgetItem(change.changedBy));
    }
}

void PlacementsPage::moveTo(const QString &status)
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    QString justification;
    if (PlacementWorkflow::needsJustification(status)) {
        bool accepted = false;
        justification = QInputDialog::getMultiLineText(
            this, PlacementWorkflow::label(status), tr("Why? This goes into the young person's file."), {}, &accepted);
        if (!accepted)
            return;
    }
    const QString id = m_selectedId;
    auto moved = PlacementRepository(*database).move(id, status, justification.trimmed());
    if (!moved)
        ErrorPresenter::show(this, tr("Status not changed"), moved.error());
    reload();
}

void PlacementsPage::editPlacement()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    auto found = PlacementRepository(*database).find(m_selectedId);
    if (!found || !found->has_value()) {
        if (!found)
            ErrorPresenter::show(this, tr("Edit the immersion"), found.error());
        return;
    }
    PlacementFormDialog dialog(*database, found->value().beneficiaryId, found->value(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void PlacementsPage::writeConvention()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    auto found = PlacementRepository(*database).find(m_selectedId);
    if (!found || !found->has_value()) {
        if (!found)
            ErrorPresenter::show(this, tr("Convention not written"), found.error());
        return;
    }
    ConventionParties parties;
    parties.placement = found->value();
    auto person = BeneficiaryRepository(*database).find(parties.placement.beneficiaryId);
    if (!person) {
        ErrorPresenter::show(this, tr("Convention not written"), person.error());
        return;
    }
    if (person->has_value())
        parties.beneficiary = person->value();
    if (!parties.placement.companyId.isEmpty()) {
        auto company = CompanyRepository(*database).find(parties.placement.companyId);
        if (company && company->has_value())
            parties.company = company->value();
        auto tutors = TutorRepository(*database).list(parties.placement.companyId);
        if (tutors) {
            for (const Tutor &tutor : tutors.value())
                if (tutor.id == parties.placement.tutorId)
                    parties.tutor = tutor;
        }
    }
    parties.siteName = DataSettings(*database).siteName();
    parties.adviserName = parties.placement.prescriber;

    const QString suggested = QDir::home().filePath(
        tr("Convention %1.pdf").arg(parties.beneficiary.displayName()).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Convention (PDF)"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = ConventionDocument(parties).writePdf(path);
    if (!written)
        ErrorPresenter::show(this, tr("Convention not written"), written.error());
}

void PlacementsPage::openAssessment()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    AssessmentDialog dialog(*database, m_selectedId, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
