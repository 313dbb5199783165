// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "beneficiaries/DossierItems.h"

class ItemTablePanel;

/** Parcours: the programmes (dispositifs) the young person followed, and their situations over time. */
class PathTab : public DossierTab
{
    Q_OBJECT

public:
    explicit PathTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *programmesPanel() const { return m_programmes; }
    ItemTablePanel *situationsPanel() const { return m_situations; }

private:
    void refreshProgrammes();
    void refreshSituations();
    void editProgramme(const QString &id);
    void removeProgramme(const QString &id);
    void editSituation(const QString &id);
    void removeSituation(const QString &id);
    void afterChange();

    ItemTablePanel *m_programmes;
    ItemTablePanel *m_situations;
    QList<Programme> m_programmeItems;
    QList<Situation> m_situationItems;
};
