// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/** An appointment as the agenda shows it, with the young person's name. */
struct AgendaEntry
{
    Appointment appointment;
    QString beneficiaryName;
    QString dossierNumber;
};

/** Appointments with young people, for the dossier and for each adviser's agenda. */
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)

public:
    explicit AppointmentRepository(Database &database);

    Result<Appointment> add(Appointment appointment);
    Result<void> update(const Appointment &appointment);
    Result<void> remove(const QString &id);
    Result<QList<Appointment>> list(const QString &beneficiaryId) const;
    /// Planned appointments from the start of `from` to the end of `to`, for one adviser (all when empty).
    Result<QList<AgendaEntry>> agenda(const QString &adviser, const QDate &from, const QDate &to) const;

    static QStringList problems(const Appointment &appointment);

private:
    static QVariantMap values(const Appointment &appointment);

    DossierItemStore m_store;
};
