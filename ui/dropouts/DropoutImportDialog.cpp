// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutImportDialog.h"

#include "dropouts/CampaignRepository.h"
#include "dropouts/DropoutImporter.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"
#include "io/ImportPreviewWidget.h"
#include "io/WaitCursor.h"
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

DropoutImportDialog::DropoutImportDialog(Database &database, QWidget *parent)
    : ImportDialogFrame(tr("Import the young people of a list (SIEI list, a school's list) saved as CSV. Each row is "
                           "matched against the cases and dossiers already known: a match is linked, never "
                           "duplicated. Nothing is written until you click “Import”."),
                        tr("Choose the list to import"), parent),
      m_database(database), m_campaign(new QComboBox(this))
{
    setWindowTitle(tr("Import a dropout list"));
    setObjectName(QStringLiteral("dropoutImportDialog"));

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

    addFieldRow(campaignLabel, m_campaign);
}

DropoutImportDialog::~DropoutImportDialog() = default;

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
    const ColumnMapping mapping = ColumnMatcher(fields).match(m_data->header, m_overrides);
    showRows(*m_data, fields, mapping, {}, {}, QString());
    m_counts->setText(tr("%n row(s) read; what the import would do shows once the campaign is named", nullptr,
                         int(m_data->rows.size())));
    m_counts->show();
    disableImport();
    showStatus(tr("Name the campaign this list belongs to, or choose one already received."), true);
}

void DropoutImportDialog::showPlan()
{
    using Outcome = DropoutImportRow::Outcome;
    const DropoutImportPlan &plan = *m_plan;
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
    showRows(plan.data, DropoutImporter::fields(), plan.mapping, plan.problems, skipped,
             tr("Problems and matches by line (%n)", nullptr, int(plan.problems.size() + skipped.size())));

    const int created = plan.count(Outcome::New);
    const int linked = plan.count(Outcome::LinkedToDossier);
    const int open = plan.count(Outcome::AlreadyOpen) + plan.count(Outcome::DuplicateInFile);
    const int review = plan.count(Outcome::ToReview);
    // Rows already followed or to review are recorded too (in the campaign, in the review list).
    showVerdict(plan.data, plan.mapping, plan.problems,
                {tr("%n new case(s)", nullptr, created), tr("%n linked to a dossier", nullptr, linked),
                 tr("%n already followed", nullptr, open), tr("%n to review", nullptr, review),
                 tr("%n rejected", nullptr, plan.count(Outcome::Rejected))},
                created + linked + open + review,
                created + linked > 0 ? tr("&Import %n case(s)", nullptr, created + linked) : tr("&Import"),
                tr("The file holds no young person to import."),
                tr("Nothing is written until you click “Import”. Rows to review wait in the review list."));
}

void DropoutImportDialog::runImport()
{
    if (m_replan->isActive()) {
        // The name was changed an instant ago: the import goes where the name now says.
        m_replan->stop();
        planAgain(m_overrides);
    }
    if (!m_plan || !importButton()->isEnabled())
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
