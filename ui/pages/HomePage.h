// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class Workspace;

/**
 * Accueil: who is working, on which site, how many dossiers, when the data was last copied, and the keyboard
 * shortcuts that get an adviser going. The dashboards come here.
 */
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);

    /// Reads the figures again (after opening a database, a backup, a change of settings).
    void refresh();

signals:
    void searchRequested();
    void saveCopyRequested();

private:
    QLabel *addTile(class QGridLayout *grid, int column, const QString &caption);

    Workspace &m_workspace;
    QLabel *m_greeting;
    QLabel *m_site;
    QLabel *m_dossiers;
    QLabel *m_backup;
    QLabel *m_file;
};
