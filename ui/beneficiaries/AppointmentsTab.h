// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierTab.h"
#include "beneficiaries/DossierItems.h"

class ItemTablePanel;

/** The dossier's appointments, past and planned. */
class AppointmentsTab : public DossierTab
{
    Q_OBJECT

public:
    explicit AppointmentsTab(Workspace &workspace, QWidget *parent = nullptr);

    void refresh() override;
    ItemTablePanel *panel() const { return m_panel; }

private:
    void editAppointment(const QString &id);
    void removeAppointment(const QString &id);

    ItemTablePanel *m_panel;
    QList<Appointment> m_appointments;
};
