// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "beneficiaries/DossierItems.h"

class ItemTablePanel;

/** The journal of the dossier, newest first: interviews, calls, workshops, with the adviser's own private notes. */
class JournalTab : public DossierTab
{
    Q_OBJECT

public:
    explicit JournalTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *panel() const { return m_panel; }

private:
    void addEvent();
    void editEvent(const QString &id);
    void removeEvent(const QString &id);

    ItemTablePanel *m_panel;
    QList<JournalEvent> m_events;
};
