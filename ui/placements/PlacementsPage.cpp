// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementsPage.h"
#include "AssessmentDialog.h"
#include "CompaniesPage.h"
#include "DuplicatePlacementDialog.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/dialogs/BeneficiaryPickerDialog.h"
#include "domain/Module.h"
#include "domain/Vocabulary.h"
#include "pages/EmptyStatePage.h"
#include "placements/CompanyRepository.h"
#include "placements/ConventionDocument.h"
#include "placements/ConventionParties.h"
#include "placements/PlacementFilterChoices.h"
#include "placements/PlacementFormDialog.h"
#include "placements/PlacementListModel.h"
#include "placements/PlacementRepository.h"
#include "placements/PlacementWorkflow.h"
#include "placements/TutorRepository.h"
#include "shell/ErrorPresenter.h"
#include "shell/ListDetailSplitter.h"
#include "shell/RecordListView.h"
#include "shell/RecordNavigator.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

PlacementsPage::PlacementsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_tabs(new QTabWidget(this)),
      m_model(new PlacementListModel(workspace.database(), this)), m_stack(new QStackedWidget(this)),
      m_status(new QComboBox(this)), m_count(new QLabel(this)), m_list(new RecordListView(this))
{
    setObjectName(QStringLiteral("placementsPage"));
    auto *title = new QLabel(Modules::label(Module::Placements), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    m_empty = new EmptyStatePage(QStringLiteral("placements"), tr("No immersion yet"),
                                 tr("The immersions of the young people you follow will be listed here. Create one "
                                    "from a young person's dossier, or here."),
                                 this);
    m_empty->setAction(tr("New immersion…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &PlacementsPage::newPlacement);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createMain());

    m_companies = new CompaniesPage(workspace, this);
    // A company renamed or a tutor changed shows at once in the immersions that name them.
    connect(m_companies, &CompaniesPage::directoryChanged, this, &PlacementsPage::reload);
    m_tabs->setObjectName(QStringLiteral("placementTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_stack, tr("&Conventions"));
    m_tabs->addTab(m_companies, tr("&Host companies"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    reload();
}

namespace {

// The earliest date of the date filters stands for "no limit": QDateEdit shows it with its special value text.
const QDate noDateLimit(2000, 1, 1);

QDate dateLimit(const QDateEdit *edit)
{
    return edit->date() == noDateLimit ? QDate() : edit->date();
}

} // namespace

QWidget *PlacementsPage::createFilters()
{
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"), QString());
    const QStringList statuses = PlacementWorkflow::statuses();
    for (const QString &status : statuses)
        m_status->addItem(PlacementWorkflow::label(status), status);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->setAccessibleName(tr("Type of immersion"));
    m_type->addItem(tr("All types"), QString());
    const QList<Term> types = Vocabulary::terms(Vocabulary::List::PlacementType);
    for (const Term &type : types)
        m_type->addItem(type.label, type.code);

    // The companies and advisers come from the immersions themselves; an adviser types a few letters to find one.
    m_company = new QComboBox(this);
    m_company->setObjectName(QStringLiteral("companyFilter"));
    m_company->setAccessibleName(tr("Company"));
    m_company->setMinimumContentsLength(16);
    m_company->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_prescriber = new QComboBox(this);
    m_prescriber->setObjectName(QStringLiteral("prescriberFilter"));
    m_prescriber->setAccessibleName(tr("Adviser"));
    m_prescriber->setMinimumContentsLength(12);
    m_prescriber->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    auto *startLabel = new QLabel(tr("Start between"), this);
    m_startFrom = new QDateEdit(this);
    m_startFrom->setObjectName(QStringLiteral("startFromFilter"));
    m_startFrom->setAccessibleName(tr("Start from"));
    m_startTo = new QDateEdit(this);
    m_startTo->setObjectName(QStringLiteral("startToFilter"));
    m_startTo->setAccessibleName(tr("Start until"));
    for (QDateEdit *edit : {m_startFrom, m_startTo}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDateLimit);
        edit->setSpecialValueText(tr("any date"));
        edit->setDate(noDateLimit);
        connect(edit, &QDateEdit::dateChanged, this, &PlacementsPage::applyFilter);
    }
    startLabel->setBuddy(m_startFrom);
    auto *andLabel = new QLabel(tr("and"), this);
    andLabel->setBuddy(m_startTo);

    auto *create = new QPushButton(tr("New immersion…"), this);
    create->setObjectName(QStringLiteral("newPlacementButton"));
    create->setToolTip(tr("Choose the young person, then fill in the convention"));
    connect(create, &QPushButton::clicked, this, &PlacementsPage::newPlacement);

    auto *clear = new QPushButton(tr("Show all"), this);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    clear->setToolTip(tr("Clear the filters"));
    connect(clear, &QPushButton::clicked, this, &PlacementsPage::clearFilters);

    for (QComboBox *combo : {m_status, m_type, m_company, m_prescriber})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlacementsPage::applyFilter);
    m_count->setObjectName(QStringLiteral("placementCount"));

    // Two rows, so that the page stays within a 1366-pixel laptop screen beside the sidebar.
    auto *bar = new QWidget(this);
    auto *rows = new QGridLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setHorizontalSpacing(6);
    rows->setVerticalSpacing(6);
    auto *first = new QHBoxLayout;
    first->setSpacing(6);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_type, m_company, m_prescriber})
        first->addWidget(widget);
    first->addStretch(1);
    first->addWidget(create);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    for (QWidget *widget : std::initializer_list<QWidget *>{startLabel, m_startFrom, andLabel, m_startTo, clear})
        second->addWidget(widget);
    second->addStretch(1);
    second->addWidget(m_count);
    rows->addLayout(first, 0, 0);
    rows->addLayout(second, 1, 0);
    return bar;
}

QWidget *PlacementsPage::createMain()
{
    QWidget *filters = createFilters();

    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("placementList"));
    m_list->setAccessibleName(tr("Immersions"));
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setSortIndicator(PlacementListModel::StartColumn, Qt::DescendingOrder);
    // Names are read first; dates and statuses take what they need; the job gets the rest.
    columns->setSectionResizeMode(QHeaderView::Interactive);
    for (int column : {PlacementListModel::TypeColumn, PlacementListModel::StartColumn, PlacementListModel::EndColumn,
                       PlacementListModel::StatusColumn})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(PlacementListModel::YoungPersonColumn, 150);
    m_list->setColumnWidth(PlacementListModel::CompanyColumn, 150);
    m_list->setColumnWidth(PlacementListModel::JobColumn, 150);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                showPlacement(current.data(PlacementListModel::IdRole).toString());
            });

    auto *splitter = new ListDetailSplitter(m_list, createDetail(), 640, 440, this);

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
    m_duplicate = new QPushButton(tr("Duplicate…"), m_detail);
    m_duplicate->setObjectName(QStringLiteral("duplicatePlacementButton"));
    m_duplicate->setToolTip(tr("Start a new convention from this one, with other dates"));
    connect(m_duplicate, &QPushButton::clicked, this, &PlacementsPage::duplicatePlacement);
    m_convention = new QPushButton(tr("Convention (PDF)…"), m_detail);
    m_convention->setObjectName(QStringLiteral("conventionButton"));
    m_convention->setToolTip(tr("Save the convention to sign as a PDF file"));
    connect(m_convention, &QPushButton::clicked, this, &PlacementsPage::writeConvention);
    m_careerSheet = new QPushButton(tr("Career sheet"), m_detail);
    m_careerSheet->setObjectName(QStringLiteral("careerSheetButton"));
    m_careerSheet->setToolTip(tr("Open the sheet of the target job in the Careers module"));
    connect(m_careerSheet, &QPushButton::clicked, this, [this] {
        if (!m_romeCode.isEmpty())
            RecordNavigator::instance()->open(Module::Careers, m_romeCode);
    });
    m_print = new QPushButton(tr("Print…"), m_detail);
    m_print->setObjectName(QStringLiteral("printConventionButton"));
    m_print->setToolTip(tr("Print the convention to sign"));
    connect(m_print, &QPushButton::clicked, this, &PlacementsPage::printConvention);
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
    auto *actions = new QGridLayout;
    actions->setSpacing(6);
    actions->addWidget(m_editPlacement, 0, 0);
    actions->addWidget(m_duplicate, 0, 1);
    actions->addWidget(m_assessment, 0, 2);
    actions->addWidget(m_convention, 1, 0);
    actions->addWidget(m_print, 1, 1);
    actions->addWidget(m_careerSheet, 1, 2);
    actions->setColumnStretch(3, 1);
    layout->addLayout(actions);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    return m_detail;
}

void PlacementsPage::reload()
{
    m_companies->reload();
    const QString keep = m_selectedId;
    fillFilterChoices();
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

void PlacementsPage::fillFilterChoices()
{
    Database *database = m_workspace.database();
    m_fillingFilters = true;
    const QString company = m_company->currentData().toString();
    const QString prescriber = m_prescriber->currentData().toString();
    m_company->clear();
    m_company->addItem(tr("All companies"), QString());
    m_prescriber->clear();
    m_prescriber->addItem(tr("All advisers"), QString());
    if (database) {
        PlacementFilterChoices choices(*database);
        if (auto companies = choices.companies()) {
            for (const PlacementCompanyChoice &choice : std::as_const(*companies))
                m_company->addItem(choice.name, choice.id);
        }
        if (auto prescribers = choices.prescribers()) {
            for (const QString &name : std::as_const(*prescribers))
                m_prescriber->addItem(name, name);
        }
    }
    // A choice that is gone (another database) falls back to "all", and the filter follows.
    m_company->setCurrentIndex(std::max(0, m_company->findData(company)));
    m_prescriber->setCurrentIndex(std::max(0, m_prescriber->findData(prescriber)));
    m_fillingFilters = false;
    PlacementFilter filter = m_model->filter();
    filter.companyId = m_company->currentData().toString();
    filter.prescriber = m_prescriber->currentData().toString();
    if (filter != m_model->filter())
        m_model->setFilter(filter);
}

void PlacementsPage::clearFilters()
{
    m_fillingFilters = true;
    for (QComboBox *combo : {m_status, m_type, m_company, m_prescriber})
        combo->setCurrentIndex(0);
    m_startFrom->setDate(noDateLimit);
    m_startTo->setDate(noDateLimit);
    m_fillingFilters = false;
    applyFilter();
}

void PlacementsPage::openCompany(const QString &id)
{
    m_tabs->setCurrentWidget(m_companies);
    m_companies->selectCompany(id);
}

void PlacementsPage::openRecord(const QString &id)
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    // The search lists companies and immersions under this module; the id tells which one it is.
    auto placement = PlacementRepository(*database).find(id);
    if (placement && placement->has_value())
        openPlacement(id);
    else
        openCompany(id);
}

void PlacementsPage::newPlacement()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    BeneficiaryPickerDialog picker(*database, tr("New immersion: for whom?"), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    PlacementFormDialog form(*database, picker.selectedId(), std::nullopt, this);
    if (form.exec() != QDialog::Accepted)
        return;
    reload();
    openPlacement(form.savedId());
}

void PlacementsPage::openPlacement(const QString &id)
{
    m_tabs->setCurrentWidget(m_stack);
    if (m_model->rowOf(id) < 0 && m_model->filter() != PlacementFilter())
        clearFilters();
    m_stack->setCurrentIndex(1);
    selectInList(id);
}

void PlacementsPage::applyFilter()
{
    if (m_fillingFilters)
        return;
    PlacementFilter filter;
    filter.status = m_status->currentData().toString();
    filter.type = m_type->currentData().toString();
    filter.companyId = m_company->currentData().toString();
    filter.prescriber = m_prescriber->currentData().toString();
    filter.startFrom = dateLimit(m_startFrom);
    filter.startTo = dateLimit(m_startTo);
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
    m_duplicate->setEnabled(false);
    m_careerSheet->setEnabled(false);
    m_romeCode.clear();
    m_convention->setEnabled(false);
    m_print->setEnabled(false);
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
    m_duplicate->setEnabled(true);
    m_romeCode = placement.romeCode;
    m_careerSheet->setEnabled(!m_romeCode.isEmpty());
    m_convention->setEnabled(true);
    m_print->setEnabled(true);
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
    auto parties = ConventionParties::gather(*database, m_selectedId);
    if (!parties) {
        ErrorPresenter::show(this, tr("Convention not written"), parties.error());
        return;
    }
    const QString suggested = QDir::home().filePath(
        tr("Convention %1.pdf").arg(parties->beneficiary.displayName()).replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Convention (PDF)"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = ConventionDocument(*parties).writePdf(path);
    if (!written) {
        ErrorPresenter::show(this, tr("Convention not written"), written.error());
        return;
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(
            tr("Convention saved (%n page(s)): %1", nullptr, *written).arg(QDir::toNativeSeparators(path)), 8000);
}

void PlacementsPage::printConvention()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    auto parties = ConventionParties::gather(*database, m_selectedId);
    if (!parties) {
        ErrorPresenter::show(this, tr("Convention not printed"), parties.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Convention %1").arg(parties->beneficiary.displayName()));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the convention"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConventionDocument(*parties).print(&printer);
}

void PlacementsPage::duplicatePlacement()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    auto found = PlacementRepository(*database).find(m_selectedId);
    if (!found || !found->has_value()) {
        if (!found)
            ErrorPresenter::show(this, tr("Immersion not duplicated"), found.error());
        return;
    }
    DuplicatePlacementDialog dialog(*database, found->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    openPlacement(dialog.createdId());
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
