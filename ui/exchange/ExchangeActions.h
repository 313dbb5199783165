// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;
class Workspace;

/**
 * The commands of Fichier → Échanges (export for a site, dossier transfer, import, conflicts, history) and the
 * number of conflicts still to decide, for the main window's status bar. The window only gives its menu and tells
 * which dossier is on screen.
 */
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    ExchangeActions(Workspace &workspace, QWidget *window);

    /// Fills the Échanges menu.
    void populate(QMenu *menu);

    void exportForSite();
    /// A transfer, starting with the dossier on screen when there is one.
    void transfer(const QString &dossierOnScreen);
    void importFile();
    void showConflicts();
    void showHistory();

    /// Conflicts waiting for a decision in the open database.
    qint64 pendingConflicts() const;

signals:
    /// Records changed (an import, a conflict decided): pages and status bar read them again.
    void recordsChanged();
    /// The window should start a transfer (it knows which dossier is on screen).
    void transferRequested();

private:
    Workspace &m_workspace;
    QWidget *m_window;
};
