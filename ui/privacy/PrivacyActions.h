// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;
class Workspace;

/**
 * The commands of Fichier → Protection des données: the records due for anonymisation, the audit log and the user
 * accounts. What the user's role does not allow stays in the menu, greyed, so that everyone knows it exists and whom
 * to ask; the core refuses it anyway.
 */
class PrivacyActions : public QObject
{
    Q_OBJECT

public:
    PrivacyActions(Workspace &workspace, QWidget *window);

    /// Fills the Protection des données menu.
    void populate(QMenu *menu);

signals:
    /// Records were anonymised: pages read them again.
    void recordsChanged();

private:
    Workspace &m_workspace;
    QWidget *m_window;
};
