// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompaniesPage.h"

#include "CompanyDialog.h"
#include "TutorDialog.h"
#include "domain/Vocabulary.h"
#include "pages/EmptyStatePage.h"
#include "placements/CompanyDirectoryModel.h"
#include "placements/CompanyHistory.h"
#include "placements/CompanyRepository.h"
#include "placements/PlacementWorkflow.h"
#include "placements/TutorRepository.h"
#include "shell/ErrorPresenter.h"
#include "shell/ListDetailSplitter.h"
#include "shell/RecordListView.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum TutorColumn { TutorNameColumn, TutorFunctionColumn, TutorPhoneColumn, TutorEmailColumn, TutorColumnCount };
enum HistoryColumn {
    HistoryPersonColumn,
    HistoryDatesColumn,
    HistoryJobColumn,
    HistoryStatusColumn,
    HistoryOutcomeColumn,
    HistoryColumnCount
};

QTableWidget *newTable(int columns, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

QLabel *newSectionTitle(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("sectionTitle"));
    return title;
}

} // namespace

CompaniesPage::CompaniesPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new CompanyDirectoryModel(workspace.database(), this)),
      m_stack(new QStackedWidget(this)), m_search(new QLineEdit(this)), m_domain(new QComboBox(this)),
      m_count(new QLabel(this)), m_newCompany(new QPushButton(tr("New company…"), this)),
      m_list(new RecordListView(this))
{
    setObjectName(QStringLiteral("companiesPage"));
    m_empty = new EmptyStatePage(QStringLiteral("placements"), tr("No company in the directory yet"),
                                 tr("Host companies are kept here with their tutors, so that each one is typed "
                                    "once and found again for the next immersion."),
                                 this);
    m_empty->setAction(tr("New company…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &CompaniesPage::newCompany);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(createMain());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    reload();
}

QWidget *CompaniesPage::createMain()
{
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setPlaceholderText(tr("Search by name or commune"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &CompaniesPage::applyFilter);

    m_domain->setObjectName(QStringLiteral("domainFilter"));
    m_domain->setAccessibleName(tr("ROME domain"));
    m_domain->addItem(tr("All ROME domains"), QString());
    for (const Term &term : Vocabulary::terms(Vocabulary::List::RomeGrandDomain))
        m_domain->addItem(QStringLiteral("%1 — %2").arg(term.code, term.label), term.code);
    m_domain->setToolTip(tr("Companies that declared the domain or hosted an immersion in it"));
    connect(m_domain, &QComboBox::currentIndexChanged, this, &CompaniesPage::applyFilter);
    m_count->setObjectName(QStringLiteral("companyCount"));
    m_newCompany->setObjectName(QStringLiteral("newCompanyButton"));
    connect(m_newCompany, &QPushButton::clicked, this, &CompaniesPage::newCompany);

    auto *filters = new QWidget(this);
    auto *filtersLayout = new QHBoxLayout(filters);
    filtersLayout->setContentsMargins(0, 0, 0, 0);
    filtersLayout->setSpacing(6);
    // The grands domaines have long names: the combo shows the start, its list shows them whole.
    m_domain->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_domain->setMinimumContentsLength(24);
    m_search->setMinimumWidth(260);
    filtersLayout->addWidget(m_search, 1);
    filtersLayout->addWidget(m_domain);
    filtersLayout->addWidget(m_count);
    filtersLayout->addStretch(1);
    filtersLayout->addWidget(m_newCompany);

    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("companyList"));
    m_list->setAccessibleName(tr("Host companies"));
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setStretchLastSection(false);
    // The name is what an adviser reads: it takes the room the short columns leave.
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(CompanyDirectoryModel::NameColumn, QHeaderView::Stretch);
    // The SIRET is in the detail beside; the list keeps the columns that tell companies apart at a glance.
    m_list->hideColumn(CompanyDirectoryModel::SiretColumn);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                showCompany(current.data(CompanyDirectoryModel::IdRole).toString());
            });
    connect(m_list, &QTableView::doubleClicked, this, &CompaniesPage::editCompany);

    auto *splitter = new ListDetailSplitter(m_list, createDetail(), 620, 460, this);

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(filters);
    layout->addWidget(splitter, 1);
    return box;
}

QWidget *CompaniesPage::createDetail()
{
    m_detail = new QWidget(this);
    m_detail->setObjectName(QStringLiteral("companyDetail"));
    m_name = new QLabel(m_detail);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(m_detail);
    m_details->setObjectName(QStringLiteral("companyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editCompany = new QPushButton(tr("Edit…"), m_detail);
    m_editCompany->setObjectName(QStringLiteral("editCompanyButton"));
    m_editCompany->setToolTip(tr("Change the company's details and domains"));
    connect(m_editCompany, &QPushButton::clicked, this, &CompaniesPage::editCompany);
    m_removeCompany = new QPushButton(tr("Remove from the directory…"), m_detail);
    m_removeCompany->setObjectName(QStringLiteral("removeCompanyButton"));
    connect(m_removeCompany, &QPushButton::clicked, this, &CompaniesPage::removeCompany);

    m_summary = new QLabel(m_detail);
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_history = newTable(HistoryColumnCount, QStringLiteral("companyHistory"), m_detail);
    m_history->setAccessibleName(tr("Immersions hosted"));
    m_history->setHorizontalHeaderLabels({tr("Young person"), tr("Dates"), tr("Job"), tr("Status"), tr("Outcome")});

    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    auto *companyButtons = new QHBoxLayout;
    companyButtons->addWidget(m_editCompany);
    companyButtons->addWidget(m_removeCompany);
    companyButtons->addStretch(1);
    layout->addLayout(companyButtons);
    layout->addWidget(newSectionTitle(tr("Tutors"), m_detail));
    layout->addWidget(createTutors(m_detail), 2);
    layout->addWidget(newSectionTitle(tr("Immersions hosted"), m_detail));
    layout->addWidget(m_summary);
    layout->addWidget(m_history, 3);
    return m_detail;
}

QWidget *CompaniesPage::createTutors(QWidget *parent)
{
    m_tutors = newTable(TutorColumnCount, QStringLiteral("tutorList"), parent);
    m_tutors->setAccessibleName(tr("Tutors"));
    m_tutors->setHorizontalHeaderLabels({tr("Name"), tr("Function"), tr("Phone"), tr("E-mail")});
    connect(m_tutors, &QTableWidget::itemSelectionChanged, this, &CompaniesPage::updateTutorButtons);
    connect(m_tutors, &QTableWidget::cellDoubleClicked, this, &CompaniesPage::editTutor);
    m_addTutor = new QPushButton(tr("Add a tutor…"), parent);
    m_addTutor->setObjectName(QStringLiteral("addTutorButton"));
    connect(m_addTutor, &QPushButton::clicked, this, &CompaniesPage::addTutor);
    m_editTutor = new QPushButton(tr("Edit the tutor…"), parent);
    m_editTutor->setObjectName(QStringLiteral("editTutorButton"));
    connect(m_editTutor, &QPushButton::clicked, this, &CompaniesPage::editTutor);
    m_removeTutor = new QPushButton(tr("Remove the tutor"), parent);
    m_removeTutor->setObjectName(QStringLiteral("removeTutorButton"));
    connect(m_removeTutor, &QPushButton::clicked, this, &CompaniesPage::removeTutor);

    auto *box = new QWidget(parent);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(m_addTutor);
    buttons->addWidget(m_editTutor);
    buttons->addWidget(m_removeTutor);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tutors, 1);
    layout->addLayout(buttons);
    return box;
}

bool CompaniesPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void CompaniesPage::reload()
{
    const QString keep = m_selectedId;
    m_model->reload(m_workspace.database());
    updateCount();
    qint64 companies = 0;
    if (Database *database = m_workspace.database()) {
        auto counted = CompanyRepository(*database).count();
        companies = counted ? *counted : 0;
    }
    // The empty state is for an empty directory, not for a search that finds nothing.
    m_stack->setCurrentIndex(companies > 0 ? 1 : 0);
    if (!keep.isEmpty())
        selectCompany(keep);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showCompany({});
}

void CompaniesPage::applyFilter()
{
    CompanyDirectoryFilter filter;
    filter.text = m_search->text();
    filter.domain = m_domain->currentData().toString();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    updateCount();
    // The company shown stays shown while the adviser refines the search; the first match takes its place once the
    // filter hides it.
    if (m_model->rowOf(m_selectedId) >= 0)
        selectCompany(m_selectedId);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showCompany({});
}

void CompaniesPage::updateCount()
{
    m_count->setText(tr("%n company(ies)", nullptr, m_model->rowCount()));
}

void CompaniesPage::selectCompany(const QString &id)
{
    const int row = m_model->rowOf(id);
    m_selecting = true;
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    else
        m_list->clearSelection();
    m_selecting = false;
    showCompany(id);
}

void CompaniesPage::showCompany(const QString &id)
{
    m_selectedId.clear();
    m_name->clear();
    m_details->clear();
    m_tutors->setRowCount(0);
    m_history->setRowCount(0);
    m_summary->clear();
    m_editCompany->setEnabled(false);
    m_removeCompany->setEnabled(false);
    m_addTutor->setEnabled(false);
    updateTutorButtons();
    Database *database = m_workspace.database();
    if (id.isEmpty() || !database)
        return;
    auto found = CompanyRepository(*database).find(id);
    if (!found || !found->has_value()) {
        if (!found)
            ErrorPresenter::show(this, tr("Host company"), found.error());
        return;
    }
    const Company company = found->value();
    m_selectedId = id;
    m_name->setText(company.name);
    m_details->setText(detailsText(company));
    m_editCompany->setEnabled(true);
    m_addTutor->setEnabled(true);
    showTutors(id);
    showHistory(id);
    // A company named in a convention stays, so that the convention keeps its partner: say so before the click.
    const bool hosted = m_history->rowCount() > 0;
    m_removeCompany->setEnabled(!hosted);
    m_removeCompany->setToolTip(hosted ? tr("A company named in an immersion stays in the directory")
                                       : tr("Remove this company and its tutors from the directory"));
}

QString CompaniesPage::detailsText(const Company &company)
{
    QStringList lines;
    if (!company.siret.isEmpty())
        lines << tr("SIRET: %1").arg(company.siret);
    if (!company.nafCode.isEmpty())
        lines << tr("NAF code: %1").arg(company.nafCode);
    const QString place =
        QStringList{company.address, QStringList{company.postcode, company.commune}.join(QLatin1Char(' ')).trimmed()}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    if (!place.isEmpty())
        lines << tr("Address: %1").arg(place);
    const QString contact = QStringList{company.contactName, company.contactPhone, company.contactEmail}
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(" · "));
    if (!contact.isEmpty())
        lines << tr("Contact: %1").arg(contact);
    QStringList domains;
    for (const QString &code : company.romeDomains) {
        // A grand domaine is named; a domaine professionnel is shown as its code, which advisers read on ROME sheets.
        domains << (Vocabulary::contains(Vocabulary::List::RomeGrandDomain, code)
                        ? QStringLiteral("%1 — %2").arg(code,
                                                        Vocabulary::label(Vocabulary::List::RomeGrandDomain, code))
                        : code);
    }
    lines << tr("ROME domains: %1").arg(domains.isEmpty() ? tr("none declared") : domains.join(QStringLiteral(", ")));
    if (!company.activity.isEmpty())
        lines << tr("Activity: %1").arg(company.activity);
    return lines.join(QLatin1Char('\n'));
}

void CompaniesPage::showTutors(const QString &companyId)
{
    m_tutors->setRowCount(0);
    auto tutors = TutorRepository(*m_workspace.database()).list(companyId);
    if (!tutors) {
        ErrorPresenter::show(this, tr("Tutors"), tutors.error());
        return;
    }
    m_tutors->setRowCount(int(tutors->size()));
    for (int row = 0; row < tutors->size(); ++row) {
        const Tutor &tutor = tutors->at(row);
        auto *name = new QTableWidgetItem(
            QStringList{tutor.lastName.toUpper(), tutor.firstName}.join(QLatin1Char(' ')).trimmed());
        name->setData(Qt::UserRole, tutor.id);
        m_tutors->setItem(row, TutorNameColumn, name);
        m_tutors->setItem(row, TutorFunctionColumn, new QTableWidgetItem(tutor.function));
        m_tutors->setItem(row, TutorPhoneColumn, new QTableWidgetItem(tutor.phone));
        m_tutors->setItem(row, TutorEmailColumn, new QTableWidgetItem(tutor.email));
    }
    m_tutors->resizeColumnsToContents();
    updateTutorButtons();
}

void CompaniesPage::showHistory(const QString &companyId)
{
    auto immersions = CompanyHistory(*m_workspace.database()).immersions(companyId);
    if (!immersions) {
        ErrorPresenter::show(this, tr("Immersions hosted"), immersions.error());
        return;
    }
    m_summary->setText(CompanyHistory::summaryText(CompanyHistory::summarise(*immersions)));
    const QLocale locale;
    m_history->setRowCount(int(immersions->size()));
    for (int row = 0; row < immersions->size(); ++row) {
        const CompanyImmersion &immersion = immersions->at(row);
        auto *person = new QTableWidgetItem(immersion.youngPerson);
        person->setData(Qt::UserRole, immersion.placementId);
        m_history->setItem(row, HistoryPersonColumn, person);
        m_history->setItem(row, HistoryDatesColumn,
                           new QTableWidgetItem(tr("%1 to %2")
                                                    .arg(locale.toString(immersion.startOn, QLocale::ShortFormat),
                                                         locale.toString(immersion.endOn, QLocale::ShortFormat))));
        m_history->setItem(row, HistoryJobColumn, new QTableWidgetItem(immersion.job));
        m_history->setItem(row, HistoryStatusColumn, new QTableWidgetItem(PlacementWorkflow::label(immersion.status)));
        m_history->setItem(row, HistoryOutcomeColumn, new QTableWidgetItem(CompanyHistory::outcome(immersion)));
    }
    m_history->resizeColumnsToContents();
}

QString CompaniesPage::currentTutorId() const
{
    const int row = m_tutors->currentRow();
    if (row < 0 || !m_tutors->item(row, TutorNameColumn) || m_tutors->selectedItems().isEmpty())
        return {};
    return m_tutors->item(row, TutorNameColumn)->data(Qt::UserRole).toString();
}

void CompaniesPage::updateTutorButtons()
{
    const bool chosen = !currentTutorId().isEmpty();
    m_editTutor->setEnabled(chosen);
    m_removeTutor->setEnabled(chosen);
}

void CompaniesPage::newCompany()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    CompanyDialog dialog(*database, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A new company is shown even when the current search would hide it: the adviser has just typed it.
    m_selectedId = dialog.savedId();
    reload();
    emit directoryChanged();
}

void CompaniesPage::editCompany()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    auto found = CompanyRepository(*database).find(m_selectedId);
    if (!found || !found->has_value()) {
        if (!found)
            ErrorPresenter::show(this, tr("Edit the company"), found.error());
        return;
    }
    CompanyDialog dialog(*database, found->value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit directoryChanged();
}

void CompaniesPage::addTutor()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    TutorDialog dialog(*database, m_selectedId, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showTutors(m_selectedId);
    emit directoryChanged();
}

void CompaniesPage::editTutor()
{
    Database *database = m_workspace.database();
    const QString tutorId = currentTutorId();
    if (m_selectedId.isEmpty() || tutorId.isEmpty() || !database)
        return;
    auto tutors = TutorRepository(*database).list(m_selectedId);
    if (!tutors) {
        ErrorPresenter::show(this, tr("Edit the tutor"), tutors.error());
        return;
    }
    for (const Tutor &tutor : std::as_const(*tutors)) {
        if (tutor.id != tutorId)
            continue;
        TutorDialog dialog(*database, m_selectedId, tutor, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        showTutors(m_selectedId);
        emit directoryChanged();
        return;
    }
}

bool CompaniesPage::confirmRemoval(const QString &title, const QString &text, const QString &detail)
{
    QMessageBox question(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("removeQuestion"));
    question.setInformativeText(detail);
    QPushButton *remove = question.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    QPushButton *keep = question.addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    // Keeping is what Enter and Esc do: removing takes a deliberate click.
    question.setDefaultButton(keep);
    question.setEscapeButton(keep);
    question.exec();
    return question.clickedButton() == remove;
}

void CompaniesPage::removeCompany()
{
    Database *database = m_workspace.database();
    if (m_selectedId.isEmpty() || !database)
        return;
    if (!confirmRemoval(tr("Remove the company"),
                        tr("Remove %1 and its tutors from the directory?").arg(m_name->text()), QString()))
        return;
    if (auto removed = CompanyRepository(*database).remove(m_selectedId); !removed) {
        ErrorPresenter::show(this, tr("Company not removed"), removed.error());
        return;
    }
    m_selectedId.clear();
    reload();
    emit directoryChanged();
}

void CompaniesPage::removeTutor()
{
    Database *database = m_workspace.database();
    const QString tutorId = currentTutorId();
    if (m_selectedId.isEmpty() || tutorId.isEmpty() || !database)
        return;
    const QString name = m_tutors->item(m_tutors->currentRow(), TutorNameColumn)->text();
    if (!confirmRemoval(tr("Remove the tutor"), tr("Remove %1 from the tutors?").arg(name),
                        tr("A tutor named in an immersion stays, so that the convention keeps its signatory.")))
        return;
    if (auto removed = TutorRepository(*database).remove(tutorId); !removed) {
        ErrorPresenter::show(this, tr("Tutor not removed"), removed.error());
        return;
    }
    showTutors(m_selectedId);
    emit directoryChanged();
}
