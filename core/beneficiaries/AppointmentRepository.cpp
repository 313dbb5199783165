// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppointmentRepository.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

namespace {
const QString table = QStringLiteral("appointments");
const QString columns = QStringLiteral("adviser, starts_at, duration_minutes, place, subject, status");
const QString timestampFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss");

Appointment read(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toString();
    a.beneficiaryId = q.value(1).toString();
    a.adviser = q.value(2).toString();
    a.startsAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
    a.durationMinutes = q.value(4).toInt();
    a.place = q.value(5).toString();
    a.subject = q.value(6).toString();
    a.status = q.value(7).toString();
    return a;
}
} // namespace

AppointmentRepository::AppointmentRepository(Database &database) : m_store(database) {}

QStringList AppointmentRepository::problems(const Appointment &a)
{
    QStringList found;
    if (!a.startsAt.isValid())
        found << tr("The appointment needs a date and a time.");
    if (a.durationMinutes <= 0 || a.durationMinutes > 12 * 60)
        found << tr("The duration is in minutes, up to twelve hours.");
    if (!Vocabulary::contains(Vocabulary::List::AppointmentStatus, a.status))
        found << tr("Unknown status for an appointment.");
    return found;
}

QVariantMap AppointmentRepository::values(const Appointment &a)
{
    return {{QStringLiteral("adviser"), a.adviser.trimmed()},
            {QStringLiteral("starts_at"), a.startsAt.toString(timestampFormat)},
            {QStringLiteral("duration_minutes"), a.durationMinutes},
            {QStringLiteral("place"), a.place.trimmed()},
            {QStringLiteral("subject"), a.subject.trimmed()},
            {QStringLiteral("status"), a.status}};
}

Result<Appointment> AppointmentRepository::add(Appointment appointment)
{
    if (const QStringList found = problems(appointment); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    auto id = m_store.add(table, appointment.beneficiaryId, values(appointment));
    if (!id)
        return id.error();
    appointment.id = *id;
    return appointment;
}

Result<void> AppointmentRepository::update(const Appointment &appointment)
{
    if (const QStringList found = problems(appointment); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    return m_store.change(table, appointment.id, values(appointment));
}

Result<void> AppointmentRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<QList<Appointment>> AppointmentRepository::list(const QString &beneficiaryId) const
{
    QList<Appointment> appointments;
    auto done = m_store.list(table, columns, beneficiaryId, QStringLiteral("starts_at DESC"),
                             [&](const QSqlQuery &q) { appointments << read(q); });
    if (!done)
        return done.error();
    return appointments;
}

QString AppointmentRepository::agendaFrom(const QString &adviser, const QDate &from, const QDate &to,
                                          QVariantList &values)
{
    const QString who = adviser.isNull() ? QStringLiteral("") : adviser;
    values = {from.startOfDay().toString(timestampFormat), to.addDays(1).startOfDay().toString(timestampFormat), who,
              who};
    return QStringLiteral(" FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id "
                          "WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL AND a.status = 'planned' "
                          "AND a.starts_at >= ? AND a.starts_at < ? AND (? = '' OR a.adviser = ?)");
}

Result<qint64> AppointmentRepository::countAgenda(const QString &adviser, const QDate &from, const QDate &to,
                                                  int atMost) const
{
    QVariantList values;
    const QString select = QStringLiteral("SELECT 1") + agendaFrom(adviser, from, to, values);
    return Sql::countUpTo(m_store.database().connection(), select, values, atMost, tr("reading the agenda"));
}

Result<QList<AgendaEntry>> AppointmentRepository::agenda(const QString &adviser, const QDate &from, const QDate &to,
                                                         int limit) const
{
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT a.id, a.beneficiary_id, a.adviser, a.starts_at, a.duration_minutes, a.place, "
                       "a.subject, a.status, b.last_name, b.first_name, b.dossier_number") +
        agendaFrom(adviser, from, to, values) + QStringLiteral(" ORDER BY a.starts_at LIMIT ?");
    values << limit;
    QSqlQuery query(m_store.database().connection());
    if (auto done = Sql::exec(query, sql, values, tr("reading the agenda")); !done)
        return done.error();
    QList<AgendaEntry> entries;
    while (query.next())
        entries << AgendaEntry{read(query),
                               query.value(8).toString().toUpper() + QLatin1Char(' ') + query.value(9).toString(),
                               query.value(10).toString()};
    return entries;
}
