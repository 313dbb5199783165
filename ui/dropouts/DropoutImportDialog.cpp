// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutImportDialog.h"

#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutImporter.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"
#include "io/ImportPreviewWidget.h"
#include "io/ImportProblemList.h"
#include "shell/ErrorPresenter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {

/// Planning a long list matches every row against the base; the cursor says the window is busy, not frozen.
class WaitCursor
{
public:
    WaitCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QGuiApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

enum Page { EmptyPage, PlanPage };

} // namespace

DropoutImportDialog::DropoutImportDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_campaign(new QComboBox(this)), m_pathField(new QLineEdit(this)),
      m_readAgain(new QPushButton(tr("&Read again"), this)), m_pages(new QStackedWidget(this)),
      m_emptyState(new QLabel(this)), m_preview(new ImportPreviewWidget(this)), m_problemsTitle(new QLabel(this)),
      m_problems(new ImportProblemList(this)), m_problemsPanel(new QWidget(this)), m_counts(new QLabel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Import a dropout list"));
    setObjectName(QStringLiteral("dropoutImportDialog"));

    auto *intro = new QLabel(tr("Import the young people of a list (SIEI list, a school's list) saved as CSV. Each "
                                "row is matched against the cases and dossiers already known: a match is linked, "
                                "never duplicated. Nothing is written until you click “Import”."),
                             this);
    intro->setWordWrap(true);

    // A list received again (a monthly SIEI list) goes into its campaign; a new name makes a new campaign.
    m_campaign->setObjectName(QStringLiteral("campaignField"));
    m_campaign->setEditable(true);
    m_campaign->setInsertPolicy(QComboBox::NoInsert);
    m_campaign->setMinimumContentsLength(24);
    if (auto campaigns = CampaignRepository(database).list())
        for (const Campaign &campaign : std::as_const(*campaigns))
            m_campaign->addItem(campaign.name, campaign.id);
    m_campaign->setCurrentIndex(-1);
    m_campaign->lineEdit()->setPlaceholderText(tr("e.g. SIEI %1").arg(QDate::currentDate().toString(u"yyyy-MM")));
    // Each name is matched against the campaigns and every row again: once the typing pauses, not at each key.
    m_replan = new QTimer(this);
    m_replan->setSingleShot(true);
    m_replan->setInterval(300);
    connect(m_replan, &QTimer::timeout, this, [this] { planAgain(m_overrides); });
    connect(m_campaign, &QComboBox::currentTextChanged, m_replan, qOverload<>(&QTimer::start));
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);

    m_pathField->setObjectName(QStringLiteral("filePath"));
    m_pathField->setReadOnly(true);
    m_pathField->setPlaceholderText(tr("No file chosen"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathField);
    auto *choose = new QPushButton(tr("C&hoose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &DropoutImportDialog::chooseFile);
    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    m_readAgain->setToolTip(tr("Read the file again after correcting it in your spreadsheet"));
    m_readAgain->setAutoDefault(false);
    m_readAgain->setEnabled(false);
    connect(m_readAgain, &QPushButton::clicked, this, &DropoutImportDialog::readFile);
    auto *top = new QGridLayout;
    top->addWidget(campaignLabel, 0, 0);
    top->addWidget(m_campaign, 0, 1, 1, 3);
    top->addWidget(fileLabel, 1, 0);
    top->addWidget(m_pathField, 1, 1);
    top->addWidget(choose, 1, 2);
    top->addWidget(m_readAgain, 1, 3);
    top->setColumnStretch(1, 1);

    m_emptyState->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setText(tr("Choose the file of the list. Its first rows and what the import would do will show "
                             "here."));
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(createPlanPage());
    connect(m_preview, &ImportPreviewWidget::overridesChanged, this, &DropoutImportDialog::planAgain);

    m_counts->setObjectName(QStringLiteral("importSummary"));
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_status->setObjectName(QStringLiteral("hint"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &DropoutImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_counts->hide();
    m_status->hide();

    // Roomy on a large screen, whole on a 1366×768 laptop.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    setMinimumSize(720, 520);
    resize(qMin(1180, screen.width() - 40), qMin(720, screen.height() - 40));
}

DropoutImportDialog::~DropoutImportDialog() = default;

QWidget *DropoutImportDialog::createPlanPage()
{
    m_problemsTitle->setObjectName(QStringLiteral("sectionTitle"));
    auto *problemsLayout = new QVBoxLayout(m_problemsPanel);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(4);
    problemsLayout->addWidget(m_problemsTitle);
    problemsLayout->addWidget(m_problems, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_problemsPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void DropoutImportDialog::setFile(const QString &path)
{
    if (path != m_path)
        m_overrides.clear();
    m_path = path;
    m_pathField->setText(QDir::toNativeSeparators(path));
    m_pathField->setToolTip(m_pathField->text());
    m_readAgain->setEnabled(!path.isEmpty());
    readFile();
}

void DropoutImportDialog::setCampaignName(const QString &name)
{
    m_campaign->setCurrentText(name);
    m_replan->stop();
    planAgain(m_overrides);
}

QString DropoutImportDialog::campaignName() const
{
    return m_campaign->currentText().simplified();
}

void DropoutImportDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the list to import"), folder,
                                                      tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void DropoutImportDialog::readFile()
{
    if (m_path.isEmpty())
        return;
    const WaitCursor wait;
    auto data = CsvReader::readFile(m_path);
    if (!data) {
        m_data.reset();
        m_plan.reset();
        m_preview->clear();
        showFileError(data.error());
        return;
    }
    // The column choices were made for the columns shown; a file whose columns changed starts afresh.
    if (m_data && data->header != m_data->header)
        m_overrides.clear();
    m_data = std::make_unique<TabularData>(std::move(data).value());
    planAgain(m_overrides);
}

void DropoutImportDialog::planAgain(const QMap<int, QString> &overrides)
{
    if (!m_data)
        return;
    m_overrides = overrides;
    if (campaignName().isEmpty()) {
        m_plan.reset();
        showUnnamed();
        return;
    }
    const WaitCursor wait;
    // The file as already read: a column choice or a campaign name changes nothing in the rows read.
    auto planned = DropoutImporter(m_database).plan(*m_data, campaignName(), m_overrides);
    if (!planned) {
        m_plan.reset();
        showFileError(planned.error());
        return;
    }
    m_plan = std::make_unique<DropoutImportPlan>(std::move(planned).value());
    showPlan();
}

void DropoutImportDialog::showUnnamed()
{
    const QList<FieldSpec> fields = DropoutImporter::fields();
    const ColumnMatcher matcher(fields);
    const ColumnMapping mapping = matcher.match(m_data->header, m_overrides);
    m_preview->setContent(*m_data, fields, mapping, m_overrides);
    m_problems->setContent({}, {}, m_data->header);
    m_problemsPanel->hide();
    m_counts->setText(tr("%n row(s) read; what the import would do shows once the campaign is named", nullptr,
                         int(m_data->rows.size())));
    m_counts->show();
    m_import->setEnabled(false);
    m_import->setText(tr("&Import"));
    showStatus(tr("Name the campaign this list belongs to, or choose one already received."), true);
    m_pages->setCurrentIndex(PlanPage);
}

void DropoutImportDialog::showPlan()
{
    using Outcome = DropoutImportRow::Outcome;
    const DropoutImportPlan &plan = *m_plan;
    m_preview->setContent(plan.data, DropoutImporter::fields(), plan.mapping, m_overrides);
    m_preview->markProblems(plan.problems);

    // Rows that create no case of their own are listed with why, so the report says what became of every line.
    QList<TabularProblem> skipped;
    for (const DropoutImportRow &row : plan.rows) {
        if (row.outcome == Outcome::AlreadyOpen)
            skipped.append({row.line, 0, tr("Already followed: %1").arg(row.match.reason)});
        else if (row.outcome == Outcome::ToReview)
            skipped.append({row.line, 0, tr("To review: %1").arg(row.match.reason)});
        else if (row.outcome == Outcome::DuplicateInFile)
            skipped.append({row.line, 0, tr("Same young person as line %1 of the file.").arg(row.duplicateOf)});
        else if (row.outcome == Outcome::LinkedToDossier)
            skipped.append({row.line, 0, tr("New case, linked to a dossier: %1").arg(row.match.reason)});
    }
    m_preview->markSkipped(skipped);
    m_problems->setContent(plan.problems, skipped, plan.data.header);
    const int listed = int(plan.problems.size() + skipped.size());
    m_problemsTitle->setText(tr("Problems and matches by line (%n)", nullptr, listed));
    m_problemsPanel->setVisible(listed > 0);

    const int created = plan.count(Outcome::New);
    const int linked = plan.count(Outcome::LinkedToDossier);
    const int open = plan.count(Outcome::AlreadyOpen) + plan.count(Outcome::DuplicateInFile);
    const int review = plan.count(Outcome::ToReview);
    const int rejected = plan.count(Outcome::Rejected);
    if (plan.mapping.isUsable())
        m_counts->setText(QStringList{tr("%n new case(s)", nullptr, created),
                                      tr("%n linked to a dossier", nullptr, linked),
                                      tr("%n already followed", nullptr, open), tr("%n to review", nullptr, review),
                                      tr("%n rejected", nullptr, rejected)}
                              .join(QStringLiteral(" · ")));
    else
        m_counts->setText(tr("%n row(s) to check once the columns are chosen", nullptr, int(plan.data.rows.size())));
    m_counts->show();

    const bool anything = created + linked + open + review > 0;
    m_import->setEnabled(plan.canRun() && anything);
    m_import->setText(created + linked > 0 ? tr("&Import %n case(s)", nullptr, created + linked) : tr("&Import"));
    if (!plan.mapping.isUsable())
        showStatus(tr("Choose above the column of each required field (marked *), one column per field. Nothing "
                      "can be imported until then."),
                   true);
    else if (!plan.problems.isEmpty())
        showStatus(tr("Nothing can be imported while the file has problems (%n listed). Correct them in your "
                      "spreadsheet, save the file, then click “Read again”.",
                      nullptr, int(plan.problems.size())),
                   true);
    else if (!anything)
        showStatus(tr("The file holds no young person to import."), true);
    else
        showStatus(tr("Nothing is written until you click “Import”. Rows to review wait in the review list."), false);
    m_pages->setCurrentIndex(PlanPage);
}

void DropoutImportDialog::showFileError(const Error &error)
{
    QString text = error.message();
    if (!error.hint().isEmpty())
        text += QLatin1Char('\n') + error.hint();
    m_emptyState->setText(text);
    m_pages->setCurrentIndex(EmptyPage);
    m_counts->hide();
    m_import->setEnabled(false);
    m_import->setText(tr("&Import"));
    showStatus(tr("This file cannot be imported. Choose another file, or correct it and click “Read again”."), true);
}

void DropoutImportDialog::showStatus(const QString &text, bool blocking)
{
    const QString name = blocking ? QStringLiteral("notice") : QStringLiteral("hint");
    if (m_status->objectName() != name) {
        // The style sheet picks the look by name.
        m_status->setObjectName(name);
        m_status->style()->unpolish(m_status);
        m_status->style()->polish(m_status);
    }
    m_status->setText(text);
    m_status->show();
}

void DropoutImportDialog::runImport()
{
    if (m_replan->isActive()) {
        // The name was changed an instant ago: the import goes where the name now says.
        m_replan->stop();
        planAgain(m_overrides);
    }
    if (!m_plan || !m_import->isEnabled())
        return;
    auto created = [this] {
        const WaitCursor wait;
        return DropoutImporter(m_database).run(*m_plan, QFileInfo(m_path).fileName());
    }();
    if (!created) {
        ErrorPresenter::show(this, tr("Import refused"), created.error());
        return;
    }
    m_imported = *created;
    if (auto campaign = CampaignRepository(m_database).findByName(m_plan->campaignName);
        campaign && campaign->has_value())
        m_campaignId = campaign->value().id;
    const int review = m_plan->count(DropoutImportRow::Outcome::ToReview);
    QMessageBox done(QMessageBox::Information, tr("Import done"),
                     tr("%n case(s) created from “%1”.", nullptr, m_imported).arg(QFileInfo(m_path).fileName()),
                     QMessageBox::Ok, this);
    if (review > 0)
        done.setInformativeText(
            tr("%n row(s) look like someone already known: decide in the “To review” tab.", nullptr, review));
    done.exec();
    accept();
}
