// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutsPage.h"
#include "io/ExportFileDialog.h"
#include "AssignDialog.h"
#include "CampaignFiguresView.h"
#include "DropoutCaseView.h"
#include "DropoutFilterBar.h"
#include "DropoutImportDialog.h"
#include "DropoutReviewPanel.h"
#include "ReportCaseDialog.h"

#include "domain/Module.h"
#include "dropouts/DropoutExporter.h"
#include "dropouts/DropoutListModel.h"
#include "dropouts/DropoutRepository.h"
#include "pages/EmptyStatePage.h"
#include "shell/ErrorPresenter.h"
#include "shell/ListDetailSplitter.h"
#include "shell/RecordListView.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

DropoutsPage::DropoutsPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_model(new DropoutListModel(workspace.database(), this)),
      m_stack(new QStackedWidget(this)), m_tabs(new QTabWidget(this)), m_filters(new DropoutFilterBar(this)),
      m_count(new QLabel(this)), m_list(new RecordListView(this)), m_case(new DropoutCaseView(workspace, this)),
      m_review(new DropoutReviewPanel(workspace, this)), m_figures(new CampaignFiguresView(workspace, this))
{
    setObjectName(QStringLiteral("dropoutsPage"));
    auto *title = new QLabel(Modules::label(Module::Dropouts), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(createToolbar());

    m_empty = new EmptyStatePage(QStringLiteral("dropouts"), tr("No dropout case yet"),
                                 tr("Import the list of a campaign de repérage (SIEI list, a school's list) or report "
                                    "a young person who left school. To try the module first, open the demonstration "
                                    "database."),
                                 this);
    m_empty->setAction(tr("Import a list…"));
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &DropoutsPage::importList);
    auto *report = new QPushButton(tr("Report a young person…"), m_empty);
    report->setObjectName(QStringLiteral("emptyReportButton"));
    connect(report, &QPushButton::clicked, this, &DropoutsPage::reportCase);
    auto *demo = new QPushButton(tr("Open the demonstration"), m_empty);
    demo->setObjectName(QStringLiteral("emptyDemoButton"));
    connect(demo, &QPushButton::clicked, this, &DropoutsPage::demoRequested);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(report);
    more->addWidget(demo);
    more->addStretch(1);
    // The other ways to start sit right under the main one, above the empty state's closing stretch.
    if (auto *emptyLayout = qobject_cast<QBoxLayout *>(m_empty->layout()))
        emptyLayout->insertLayout(emptyLayout->count() - 1, more);

    m_tabs->setObjectName(QStringLiteral("dropoutTabs"));
    m_tabs->addTab(createCasesTab(), tr("Cases"));
    m_tabs->addTab(m_review, tr("To review"));
    m_tabs->addTab(m_figures, tr("Campaign figures"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    connect(m_review, &DropoutReviewPanel::decided, this, [this] { reload(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    reload();
}

QWidget *DropoutsPage::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *importButton = new QPushButton(tr("Import a list…"), bar);
    importButton->setObjectName(QStringLiteral("importListButton"));
    importButton->setToolTip(tr("Import the young people of a campaign de repérage from a CSV file"));
    connect(importButton, &QPushButton::clicked, this, &DropoutsPage::importList);
    auto *report = new QPushButton(tr("Report a young person…"), bar);
    report->setObjectName(QStringLiteral("reportCaseButton"));
    report->setToolTip(tr("A school, a family or a partner tells you about one young person"));
    connect(report, &QPushButton::clicked, this, &DropoutsPage::reportCase);
    auto *exportButton = new QPushButton(tr("Export…"), bar);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("The cases…"), this, &DropoutsPage::exportCases);
    exportMenu->addAction(tr("The campaign figures…"), this, &DropoutsPage::exportFigures);
    exportButton->setMenu(exportMenu);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(importButton);
    layout->addWidget(report);
    layout->addWidget(exportButton);
    return bar;
}

QWidget *DropoutsPage::createCasesTab()
{
    connect(m_filters, &DropoutFilterBar::filterChanged, this, &DropoutsPage::applyFilter);
    m_count->setObjectName(QStringLiteral("caseCount"));
    m_assignSelection = new QPushButton(tr("Assign the selection to…"), this);
    m_assignSelection->setObjectName(QStringLiteral("assignSelectionButton"));
    m_assignSelection->setToolTip(tr("Give the selected cases to an adviser"));
    connect(m_assignSelection, &QPushButton::clicked, this, &DropoutsPage::assignSelection);

    m_list->setModel(m_model);
    m_list->setObjectName(QStringLiteral("caseList"));
    m_list->setAccessibleName(tr("Dropout cases"));
    // Ctrl and Shift select several cases, to give them to an adviser at once.
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setSortIndicator(DropoutListModel::NameColumn, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    const int em = fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {
        {DropoutListModel::NameColumn, 22},       {DropoutListModel::AgeColumn, 5},
        {DropoutListModel::SchoolColumn, 20},     {DropoutListModel::CommuneColumn, 14},
        {DropoutListModel::StatusColumn, 16},     {DropoutListModel::AdviserColumn, 16},
        {DropoutListModel::LastAttemptColumn, 12}};
    for (const auto &[column, characters] : widths)
        columns->resizeSection(column, characters * em + 12);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selecting || !current.isValid())
                    return;
                m_case->setCase(current.data(DropoutListModel::IdRole).toString());
            });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DropoutsPage::updateCounts);
    connect(m_case, &DropoutCaseView::caseChanged, this, &DropoutsPage::caseChanged);
    connect(m_case, &DropoutCaseView::dossierRequested, this, &DropoutsPage::dossierRequested);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_assignSelection);
    listLayout->addLayout(countRow);
    listLayout->addWidget(m_list, 1);

    auto *splitter = new ListDetailSplitter(listBox, m_case, 600, 500, this);
    splitter->setObjectName(QStringLiteral("casesSplitter"));

    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filters);
    layout->addWidget(splitter, 1);
    return box;
}

void DropoutsPage::reload()
{
    const QString keep = m_case->caseId();
    m_filters->fillChoices(m_workspace.database());
    m_model->reload(m_workspace.database());
    m_model->setFilter(m_filters->filter());
    m_review->reload();
    m_figures->reload();
    const bool any = m_model->totalCount() > 0 || m_model->filter() != DropoutFilter() || m_review->pendingCount() > 0;
    m_stack->setCurrentIndex(any ? 1 : 0);
    updateCounts();
    if (!keep.isEmpty())
        selectInList(keep);
    else if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        m_case->setCase({});
}

void DropoutsPage::openCase(const QString &id)
{
    if (m_model->rowOf(id) < 0 && m_model->filter() != DropoutFilter())
        m_filters->clear();
    m_stack->setCurrentIndex(1);
    m_tabs->setCurrentIndex(CasesTab);
    selectInList(id);
}

QString DropoutsPage::selectedId() const
{
    return m_case->caseId();
}

QStringList DropoutsPage::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(DropoutListModel::IdRole).toString();
    return ids;
}

bool DropoutsPage::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void DropoutsPage::applyFilter()
{
    DropoutFilter filter = m_filters->filter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    updateCounts();
    if (m_model->rowOf(m_case->caseId()) >= 0)
        selectInList(m_case->caseId());
}

void DropoutsPage::updateCounts()
{
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    QString text = tr("%n case(s)", nullptr, int(m_model->totalCount()));
    if (selected > 1)
        text += tr(", %n selected", nullptr, selected);
    m_count->setText(text);
    m_assignSelection->setEnabled(selected > 0);
    const int pending = m_review->pendingCount();
    m_tabs->setTabText(ReviewTab, pending > 0 ? tr("To review (%1)").arg(pending) : tr("To review"));
}

void DropoutsPage::selectInList(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_selecting = true;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_selecting = false;
    }
    m_case->setCase(id); // shown even when the filters hide it from the list
}

void DropoutsPage::caseChanged(const QString &id)
{
    // The status, adviser and last attempt show in the list: read it again, keeping the case in view.
    m_model->reload();
    m_filters->fillChoices(m_workspace.database());
    m_figures->reload();
    updateCounts();
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_selecting = true;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_selecting = false;
    }
}

void DropoutsPage::importList()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    DropoutImportDialog dialog(*database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_filters->setCampaign(dialog.campaignId());
}

void DropoutsPage::reportCase()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    ReportCaseDialog dialog(*database, m_workspace.userName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    openCase(dialog.caseId());
}

void DropoutsPage::assignSelection()
{
    Database *database = m_workspace.database();
    const QStringList ids = selectedIds();
    if (!database || ids.isEmpty())
        return;
    AssignDialog dialog(*database, m_workspace.userName(), int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto assigned = DropoutRepository(*database).assign(ids, dialog.adviser());
    if (!assigned) {
        ErrorPresenter::show(this, tr("Cases not assigned"), assigned.error());
        return;
    }
    reload();
}

void DropoutsPage::exportCases()
{
    exportData(false);
}

void DropoutsPage::exportFigures()
{
    exportData(true);
}

void DropoutsPage::exportData(bool figures)
{
    if (!m_workspace.database())
        return;
    const QString title = figures ? tr("Export the campaign figures") : tr("Export the dropout cases");
    const QString name = figures ? tr("campaign-figures-%1.xlsx") : tr("dropout-cases-%1.xlsx");
    const auto target =
        ExportFileDialog::ask(this, title, name, {TabularExport::Format::Xlsx, TabularExport::Format::Csv});
    if (!target)
        return;
    const QString &path = target->path;
    exportTo(path, figures);
}

void DropoutsPage::exportTo(const QString &path, bool figures)
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    const QString title = figures ? tr("Export the campaign figures") : tr("Export the dropout cases");
    auto format = TabularExport::formatFromPath(path);
    if (!format) {
        ErrorPresenter::show(this, title, format.error());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = DropoutExporter(*database).write(
        path, *format, figures ? DropoutExporter::Content::Figures : DropoutExporter::Content::Cases);
    QApplication::restoreOverrideCursor();
    if (!written) {
        ErrorPresenter::show(this, title, written.error());
        return;
    }
    QMessageBox::information(this, title,
                             tr("%n row(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}
