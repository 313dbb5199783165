// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "beneficiaries/DossierItems.h"

class ItemTablePanel;
class QPushButton;

/** The actions and objectives agreed with the young person; open actions past their due date stand out. */
class ActionsTab : public DossierTab
{
    Q_OBJECT

public:
    explicit ActionsTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *panel() const { return m_panel; }

private:
    void addNewAction();
    void editAction(const QString &id);
    void markDone(const QString &id);
    void removeAction(const QString &id);
    void updateDoneButton();

    ItemTablePanel *m_panel;
    QPushButton *m_done;
    QList<FollowUpAction> m_actions;
};
