// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"

class ItemTablePanel;

/** The young person's whole path on one page, newest first, across modules. */
class TimelineTab : public DossierTab
{
    Q_OBJECT

public:
    explicit TimelineTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *panel() const { return m_panel; }

private:
    ItemTablePanel *m_panel;
};
