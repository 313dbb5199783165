// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryImportDialog.h"

#include "ImportPreviewWidget.h"
#include "WaitCursor.h"
#include "beneficiaries/BeneficiaryImporter.h"
#include "shell/ErrorPresenter.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

BeneficiaryImportDialog::BeneficiaryImportDialog(Database &database, QWidget *parent)
    : ImportDialogFrame(tr("Import young people from a spreadsheet saved as CSV (Excel: “CSV UTF-8” or “CSV”). "
                           "Columns are recognised by their titles; check them below. Nothing is written until you "
                           "click “Import”."),
                        tr("Choose the file to import"), parent),
      m_database(database)
{
    setWindowTitle(tr("Import dossiers"));
    setObjectName(QStringLiteral("beneficiaryImportDialog"));
}

BeneficiaryImportDialog::~BeneficiaryImportDialog() = default;

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
    QList<TabularProblem> skipped;
    for (const ImportedRow &row : plan.rows) {
        if (row.outcome == ImportedRow::Outcome::DuplicateOfDossier)
            skipped.append(
                {row.line, 0, tr("Skipped: same person as %1, already in the database.").arg(row.duplicateOf)});
        else if (row.outcome == ImportedRow::Outcome::DuplicateInFile)
            skipped.append({row.line, 0, tr("Skipped: same person as %1 of the file.").arg(row.duplicateOf)});
    }
    showRows(plan.data, BeneficiaryImporter::fields(), plan.mapping, plan.problems, skipped,
             tr("Problems and skipped lines (%n)", nullptr, int(plan.problems.size() + skipped.size())));

    const int created = plan.count(ImportedRow::Outcome::New);
    showVerdict(plan.data, plan.mapping, plan.problems,
                {tr("%n new dossier(s)", nullptr, created),
                 tr("%n already in the database", nullptr, plan.count(ImportedRow::Outcome::DuplicateOfDossier)),
                 tr("%n repeated in the file", nullptr, plan.count(ImportedRow::Outcome::DuplicateInFile)),
                 tr("%n rejected", nullptr, plan.count(ImportedRow::Outcome::Rejected))},
                created, tr("&Import %n dossier(s)", nullptr, created),
                tr("Everyone in the file already has a dossier: there is nothing to import."),
                skipped.isEmpty() ? tr("Nothing is written until you click “Import”.")
                                  : tr("Nothing is written until you click “Import”. Skipped lines are not "
                                       "imported."));
}

void BeneficiaryImportDialog::runImport()
{
    if (!m_plan || !importButton()->isEnabled())
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
