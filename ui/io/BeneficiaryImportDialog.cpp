// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryImportDialog.h"

#include "ImportPreviewWidget.h"
#include "ImportProblemList.h"
#include "beneficiaries/BeneficiaryImporter.h"
#include "shell/ErrorPresenter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace {

/// Planning 50 000 rows takes a few seconds; the cursor says the window is busy, not frozen.
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

BeneficiaryImportDialog::BeneficiaryImportDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_pathField(new QLineEdit(this)),
      m_readAgain(new QPushButton(tr("&Read again"), this)), m_pages(new QStackedWidget(this)),
      m_emptyState(new QLabel(this)), m_preview(new ImportPreviewWidget(this)), m_problemsTitle(new QLabel(this)),
      m_problems(new ImportProblemList(this)), m_problemsPanel(new QWidget(this)), m_counts(new QLabel(this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Import dossiers"));
    setObjectName(QStringLiteral("beneficiaryImportDialog"));

    auto *intro = new QLabel(tr("Import young people from a spreadsheet saved as CSV (Excel: “CSV UTF-8” or “CSV”). "
                                "Columns are recognised by their titles; check them below. Nothing is written "
                                "until you click “Import”."),
                             this);
    intro->setWordWrap(true);

    auto *fileRow = createFileRow();
    m_emptyState->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setText(tr("Choose the file to import. Its first rows and what the import would do will show here."));
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(createPlanPage());
    connect(m_preview, &ImportPreviewWidget::overridesChanged, this, &BeneficiaryImportDialog::planAgain);

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
    connect(buttons, &QDialogButtonBox::accepted, this, &BeneficiaryImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
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

BeneficiaryImportDialog::~BeneficiaryImportDialog() = default;

QHBoxLayout *BeneficiaryImportDialog::createFileRow()
{
    m_pathField->setObjectName(QStringLiteral("filePath"));
    m_pathField->setReadOnly(true);
    m_pathField->setPlaceholderText(tr("No file chosen"));
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathField);
    auto *choose = new QPushButton(tr("&Choose a file…"), this);
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, &BeneficiaryImportDialog::chooseFile);
    choose->setFocus();
    m_readAgain->setObjectName(QStringLiteral("readAgainButton"));
    m_readAgain->setToolTip(tr("Read the file again after correcting it in your spreadsheet"));
    m_readAgain->setAutoDefault(false);
    m_readAgain->setEnabled(false);
    connect(m_readAgain, &QPushButton::clicked, this, &BeneficiaryImportDialog::readFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathField, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_readAgain);
    return fileRow;
}

QWidget *BeneficiaryImportDialog::createPlanPage()
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
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void BeneficiaryImportDialog::setFile(const QString &path)
{
    if (path != m_path)
        m_overrides.clear();
    m_path = path;
    m_pathField->setText(QDir::toNativeSeparators(path));
    m_pathField->setToolTip(m_pathField->text());
    m_readAgain->setEnabled(!path.isEmpty());
    readFile();
}

void BeneficiaryImportDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the file to import"), folder,
                                                      tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void BeneficiaryImportDialog::readFile()
{
    if (m_path.isEmpty())
        return;
    const WaitCursor wait;
    BeneficiaryImporter importer(m_database);
    auto planned = importer.plan(m_path, m_overrides);
    if (!planned) {
        m_plan.reset();
        m_preview->clear();
        showFileError(planned.error());
        return;
    }
    auto plan = std::make_unique<ImportPlan>(std::move(planned).value());
    // The column choices were made for the columns shown; a file whose columns changed starts afresh.
    if (!m_overrides.isEmpty() && m_plan && plan->data.header != m_plan->data.header) {
        m_overrides.clear();
        *plan = importer.plan(std::move(plan->data));
    }
    m_plan = std::move(plan);
    showPlan();
}

void BeneficiaryImportDialog::planAgain(const QMap<int, QString> &overrides)
{
    if (!m_plan)
        return;
    m_overrides = overrides;
    const WaitCursor wait;
    // The file as already read: the choice of a column changes nothing in the rows read.
    *m_plan = BeneficiaryImporter(m_database).plan(m_plan->data, m_overrides);
    showPlan();
}

void BeneficiaryImportDialog::showPlan()
{
    const ImportPlan &plan = *m_plan;
    m_preview->setContent(plan.data, BeneficiaryImporter::fields(), plan.mapping, m_overrides);
    m_preview->markProblems(plan.problems);

    QList<TabularProblem> skipped;
    for (const ImportedRow &row : plan.rows) {
        if (row.outcome == ImportedRow::Outcome::DuplicateOfDossier)
            skipped.append(
                {row.line, 0, tr("Skipped: same person as %1, already in the database.").arg(row.duplicateOf)});
        else if (row.outcome == ImportedRow::Outcome::DuplicateInFile)
            skipped.append({row.line, 0, tr("Skipped: same person as %1 of the file.").arg(row.duplicateOf)});
    }
    m_preview->markSkipped(skipped);
    m_problems->setContent(plan.problems, skipped, plan.data.header);
    const int listed = int(plan.problems.size() + skipped.size());
    m_problemsTitle->setText(tr("Problems and skipped lines (%n)", nullptr, listed));
    m_problemsPanel->setVisible(listed > 0);

    const int created = plan.count(ImportedRow::Outcome::New);
    const int known = plan.count(ImportedRow::Outcome::DuplicateOfDossier);
    const int twice = plan.count(ImportedRow::Outcome::DuplicateInFile);
    const int refused = plan.count(ImportedRow::Outcome::Rejected);
    if (plan.mapping.isUsable())
        m_counts->setText(
            QStringList{tr("%n new dossier(s)", nullptr, created), tr("%n already in the database", nullptr, known),
                        tr("%n repeated in the file", nullptr, twice), tr("%n rejected", nullptr, refused)}
                .join(QStringLiteral(" · ")));
    else
        // The rows are only checked once every field has its column.
        m_counts->setText(tr("%n row(s) to check once the columns are chosen", nullptr, int(plan.data.rows.size())));
    m_counts->show();

    const bool canImport = plan.canRun() && created > 0;
    m_import->setEnabled(canImport);
    m_import->setText(created > 0 ? tr("&Import %n dossier(s)", nullptr, created) : tr("&Import"));
    if (!plan.mapping.isUsable())
        showStatus(tr("Choose above the column of each required field (marked *), one column per field. Nothing "
                      "can be imported until then."),
                   true);
    else if (!plan.problems.isEmpty())
        showStatus(tr("Nothing can be imported while the file has problems (%n listed). Correct them in your "
                      "spreadsheet, save the file, then click “Read again”.",
                      nullptr, int(plan.problems.size())),
                   true);
    else if (created == 0)
        showStatus(tr("Everyone in the file already has a dossier: there is nothing to import."), true);
    else
        showStatus(skipped.isEmpty() ? tr("Nothing is written until you click “Import”.")
                                     : tr("Nothing is written until you click “Import”. Skipped lines are not "
                                          "imported."),
                   false);
    m_pages->setCurrentIndex(PlanPage);
}

void BeneficiaryImportDialog::showFileError(const Error &error)
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

void BeneficiaryImportDialog::showStatus(const QString &text, bool blocking)
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

void BeneficiaryImportDialog::runImport()
{
    if (!m_plan || !m_import->isEnabled())
        return;
    auto created = [this] {
        const WaitCursor wait;
        return BeneficiaryImporter(m_database).run(*m_plan, m_path);
    }();
    if (!created) {
        ErrorPresenter::show(this, tr("Import refused"), created.error());
        return;
    }
    m_imported = *created;
    QMessageBox done(QMessageBox::Information, tr("Import done"),
                     tr("%n dossier(s) created from “%1”.", nullptr, m_imported).arg(QFileInfo(m_path).fileName()),
                     QMessageBox::Ok, this);
    const int skipped =
        m_plan->count(ImportedRow::Outcome::DuplicateOfDossier) + m_plan->count(ImportedRow::Outcome::DuplicateInFile);
    if (skipped > 0)
        done.setInformativeText(
            tr("%n line(s) skipped: the person already had a dossier or came earlier in the file.", nullptr, skipped));
    done.exec();
    accept();
}
