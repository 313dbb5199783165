// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Module.h"

#include <QWidget>

class QLabel;
class DashboardPage;
class QComboBox;
class QListWidget;
class QTabWidget;
class QListWidgetItem;
class Workspace;

/**
 * Accueil: who is working, on which site, how many dossiers, when the data was last copied, the immersions to
 * follow up this week (each line opens its immersion), and the keyboard shortcuts that get an adviser going.
 */
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the figures again (after opening a database, a backup, a change of settings).
    void refresh();

    QListWidget *followUpList() const { return m_followUp; }
    QWidget *passwordAdvice() const { return m_passwordAdvice; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardPage *dashboard() const { return m_dashboard; }

signals:
    void searchRequested();
    void saveCopyRequested();
    /// The user chose to set a password (the advice shown while the installation has none).
    void passwordRequested();
    /// The adviser chose a line of the list of things to do.
    void recordRequested(Module module, const QString &recordId);

private:
    QLabel *addTile(class QGridLayout *grid, int column, const QString &caption);
    void refreshFollowUp();

    Workspace &m_workspace;
    QLabel *m_greeting;
    QLabel *m_site;
    QLabel *m_dossiers;
    QLabel *m_backup;
    QLabel *m_file;
    QListWidget *m_followUp;
    QWidget *m_passwordAdvice = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_scope = nullptr;
    bool m_scopeChosen = false;
    DashboardPage *m_dashboard = nullptr;
    bool m_dashboardStale = true;
};
