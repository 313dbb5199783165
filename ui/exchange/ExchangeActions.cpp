// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeActions.h"

#include "ConflictsDialog.h"
#include "ExchangeExportDialog.h"
#include "ExchangeHistoryDialog.h"
#include "ExchangeImportDialog.h"
#include "exchange/ConflictRepository.h"
#include "shell/RecordNavigator.h"
#include "storage/Workspace.h"

#include <QMenu>

ExchangeActions::ExchangeActions(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

void ExchangeActions::populate(QMenu *menu)
{
    menu->addAction(tr("&Export for a site…"), this, &ExchangeActions::exportForSite);
    menu->addAction(tr("&Transfer dossiers to another site…"), this, &ExchangeActions::transferRequested);
    menu->addAction(tr("&Import an exchange file…"), this, &ExchangeActions::importFile);
    menu->addSeparator();
    menu->addAction(tr("&Conflicts to decide…"), this, &ExchangeActions::showConflicts);
    menu->addAction(tr("&History of exchanges…"), this, &ExchangeActions::showHistory);
}

qint64 ExchangeActions::pendingConflicts() const
{
    Database *database = m_workspace.database();
    if (!database)
        return 0;
    auto count = ConflictRepository(*database).pendingCount();
    return count ? *count : 0;
}

void ExchangeActions::exportForSite()
{
    if (Database *database = m_workspace.database()) {
        ExchangeExportDialog dialog(*database, ExchangeExportDialog::Purpose::Sync, m_window);
        dialog.exec();
    }
}

void ExchangeActions::transfer(const QString &dossierOnScreen)
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    ExchangeExportDialog dialog(*database, ExchangeExportDialog::Purpose::Transfer, m_window);
    if (!dossierOnScreen.isEmpty())
        dialog.addDossier(dossierOnScreen);
    dialog.exec();
}

void ExchangeActions::importFile()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    ExchangeImportDialog dialog(*database, m_window);
    connect(&dialog, &ExchangeImportDialog::imported, this, &ExchangeActions::recordsChanged);
    bool decideNow = false;
    connect(&dialog, &ExchangeImportDialog::conflictsRequested, this, [&decideNow] { decideNow = true; });
    dialog.exec();
    if (decideNow)
        showConflicts();
}

void ExchangeActions::showConflicts()
{
    Database *database = m_workspace.database();
    if (!database)
        return;
    ConflictsDialog dialog(*database, m_window);
    connect(&dialog, &ConflictsDialog::resolved, this, &ExchangeActions::recordsChanged);
    // Opening a record from the conflicts closes the window on it: the person goes to look at the record.
    connect(RecordNavigator::instance(), &RecordNavigator::openRequested, &dialog, &QDialog::accept);
    dialog.exec();
}

void ExchangeActions::showHistory()
{
    if (Database *database = m_workspace.database()) {
        ExchangeHistoryDialog history(*database, m_window);
        history.exec();
    }
}
