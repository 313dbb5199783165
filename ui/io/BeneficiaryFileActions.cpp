// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryFileActions.h"

#include "BeneficiaryImportDialog.h"
#include "ExportFileDialog.h"
#include "beneficiaries/BeneficiaryExporter.h"
#include "shell/ErrorPresenter.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

BeneficiaryFileActions::BeneficiaryFileActions(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

int BeneficiaryFileActions::importDossiers()
{
    Database *database = m_workspace.database();
    if (!database)
        return 0;
    BeneficiaryImportDialog dialog(*database, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.importedCount() == 0)
        return 0;
    emit dossiersImported(dialog.importedCount());
    return dialog.importedCount();
}

void BeneficiaryFileActions::exportDossiers(const BeneficiaryFilter &filter)
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    const auto target =
        ExportFileDialog::ask(m_window, tr("Export the dossiers"), tr("dossiers-%1.xlsx"),
                              {TabularExport::Format::Xlsx, TabularExport::Format::Csv, TabularExport::Format::Json});
    if (!target)
        return;
    const QString &path = target->path;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = BeneficiaryExporter(*database).write(path, target->format, filter);
    QApplication::restoreOverrideCursor();
    if (!written) {
        ErrorPresenter::show(m_window, tr("Export the dossiers"), written.error());
        return;
    }
    QMessageBox::information(
        m_window, tr("Export the dossiers"),
        tr("%n dossier(s) exported to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
}
