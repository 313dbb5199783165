// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentsTab.h"

#include "DossierFormat.h"
#include "ItemTablePanel.h"
#include "beneficiaries/AppointmentRepository.h"
#include "beneficiaries/dialogs/AppointmentDialog.h"
#include "domain/Vocabulary.h"

#include <QDialog>
#include <QStandardItem>
#include <QTableView>
#include <QVBoxLayout>

AppointmentsTab::AppointmentsTab(Workspace &workspace, QWidget *parent)
    : DossierTab(workspace, parent),
      m_panel(new ItemTablePanel(tr("Appointments"),
                                 {tr("Date"), tr("Duration"), tr("Adviser"), tr("Place"), tr("Status"), tr("Subject")},
                                 this))
{
    m_panel->setObjectName(QStringLiteral("appointmentsPanel"));
    m_panel->view()->setObjectName(QStringLiteral("appointmentsTable"));
    m_panel->setAddText(tr("Add an appointment…"));
    m_panel->setEmptyText(tr("No appointment. Plan the next one with “Add an appointment…”: it then shows in the "
                             "list and in the adviser's agenda."));
    connect(m_panel, &ItemTablePanel::addRequested, this, [this] { editAppointment({}); });
    connect(m_panel, &ItemTablePanel::editRequested, this, &AppointmentsTab::editAppointment);
    connect(m_panel, &ItemTablePanel::removeRequested, this, &AppointmentsTab::removeAppointment);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_panel);
}

void AppointmentsTab::refresh()
{
    const QString selected = m_panel->currentId();
    m_panel->clear();
    m_appointments.clear();
    if (!database() || dossier().id.isEmpty())
        return;
    auto appointments = AppointmentRepository(*database()).list(dossier().id);
    if (!appointments) {
        m_panel->setEmptyText(appointments.error().message());
        m_panel->finish();
        return;
    }
    m_appointments = *appointments;
    const QDateTime now = QDateTime::currentDateTime();
    for (const Appointment &a : std::as_const(m_appointments)) {
        const QList<QStandardItem *> items = m_panel->appendRow(
            a.id,
            {DossierFormat::dateTime(a.startsAt), DossierFormat::duration(a.durationMinutes), a.adviser, a.place,
             Vocabulary::label(Vocabulary::List::AppointmentStatus, a.status), DossierFormat::firstLine(a.subject)});
        items.last()->setToolTip(a.subject);
        // Coming appointments are what the adviser looks for: they stand out, the past ones do not.
        if (a.startsAt >= now && a.status == QLatin1String("planned")) {
            for (QStandardItem *item : items) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
    }
    m_panel->finish(selected);
}

void AppointmentsTab::editAppointment(const QString &id)
{
    if (!database())
        return;
    std::optional<Appointment> existing;
    if (!id.isEmpty()) {
        const Appointment *found = findItem(m_appointments, id);
        if (!found)
            return;
        existing = *found;
    }
    AppointmentDialog dialog(*database(), dossier().id, existing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_panel->select(dialog.savedId());
    emit changed();
}

void AppointmentsTab::removeAppointment(const QString &id)
{
    const Appointment *appointment = findItem(m_appointments, id);
    if (!appointment)
        return;
    if (!confirmRemoval(tr("Delete an appointment"),
                        tr("Delete the appointment of %1? To keep a trace that it did not take place, edit its "
                           "status instead.")
                            .arg(DossierFormat::dateTime(appointment->startsAt))))
        return;
    if (auto removed = AppointmentRepository(*database()).remove(id); !removed) {
        showError(tr("Delete an appointment"), removed.error());
        return;
    }
    refresh();
    emit changed();
}
