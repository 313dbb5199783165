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
    /// Planned appointments from the start of `from` to the end of `to`, for one adviser (all when empty), the
    /// first `limit` in order of time.
    Result<QList<AgendaEntry>> agenda(const QString &adviser, const QDate &from, const QDate &to,
                                      int limit = 1000) const;
    /// How many appointments agenda() has in all, counting no further than atMost (when not negative).
    Result<qint64> countAgenda(const QString &adviser, const QDate &from, const QDate &to, int atMost = -1) const;

    static QStringList problems(const Appointment &appointment);

private:
    static QVariantMap values(const Appointment &appointment);
    /// " FROM … WHERE …" of the agenda, its values bound in order.
    static QString agendaFrom(const QString &adviser, const QDate &from, const QDate &to, QVariantList &values);

    DossierItemStore m_store;
};
