// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "beneficiaries/DossierItems.h"

class ItemTablePanel;

/** Projet professionnel: the jobs the young person aims at, by ROME code. */
class CareerPlanTab : public DossierTab
{
    Q_OBJECT

public:
    explicit CareerPlanTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *panel() const { return m_panel; }

private:
    void addTarget();
    void removeTarget(const QString &id);

    ItemTablePanel *m_panel;
    QList<CareerTarget> m_targets;
};
