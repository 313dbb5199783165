// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgrammeRepository.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"

namespace {
const QString table = QStringLiteral("programmes");
const QString columns = QStringLiteral("kind, start_on, planned_end_on, end_on, exit_reason");

Programme read(const QSqlQuery &q)
{
    return Programme{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toDate(),
                     q.value(4).toDate(),   q.value(5).toDate(),   q.value(6).toString()};
}
} // namespace

ProgrammeRepository::ProgrammeRepository(Database &database) : m_store(database) {}

QStringList ProgrammeRepository::problems(const Programme &p)
{
    QStringList found;
    if (!Vocabulary::contains(Vocabulary::List::Programme, p.kind))
        found << tr("Choose the programme.");
    if (!p.startOn.isValid())
        found << tr("The programme needs a start date.");
    if (p.plannedEndOn.isValid() && p.startOn.isValid() && p.plannedEndOn < p.startOn)
        found << tr("The planned end comes before the start.");
    if (p.endOn.isValid() && p.startOn.isValid() && p.endOn < p.startOn)
        found << tr("The end comes before the start.");
    if (p.endOn.isValid()) {
        const bool cej = p.kind == QLatin1String("cej");
        const auto reasons = cej ? Vocabulary::List::CejExitReason : Vocabulary::List::ProgrammeExitReason;
        if (p.exitReason.isEmpty() && cej)
            found << tr("A CEJ that ends needs its exit reason.");
        else if (!p.exitReason.isEmpty() && !Vocabulary::contains(reasons, p.exitReason))
            found << tr("Unknown exit reason for this programme.");
    }
    return found;
}

QVariantMap ProgrammeRepository::values(const Programme &p)
{
    return {{QStringLiteral("kind"), p.kind},
            {QStringLiteral("start_on"), p.startOn},
            {QStringLiteral("planned_end_on"), p.plannedEndOn},
            {QStringLiteral("end_on"), p.endOn},
            {QStringLiteral("exit_reason"), p.exitReason}};
}

Result<Programme> ProgrammeRepository::add(Programme programme)
{
    if (const QStringList found = problems(programme); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    if (programme.isRunning()) {
        auto existing = list(programme.beneficiaryId);
        if (!existing)
            return existing.error();
        for (const Programme &other : std::as_const(*existing)) {
            if (other.kind == programme.kind && other.isRunning())
                return Error(Error::Kind::BadInput,
                             tr("A %1 is already running for this young person: end it before starting another.")
                                 .arg(Vocabulary::label(Vocabulary::List::Programme, programme.kind)));
        }
    }
    auto id = m_store.add(table, programme.beneficiaryId, values(programme));
    if (!id)
        return id.error();
    programme.id = *id;
    return programme;
}

Result<void> ProgrammeRepository::update(const Programme &programme)
{
    if (const QStringList found = problems(programme); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    return m_store.change(table, programme.id, values(programme));
}

Result<void> ProgrammeRepository::end(const QString &id, const QDate &on, const QString &exitReason)
{
    auto programme = find(id);
    if (!programme)
        return programme.error();
    if (!programme->has_value())
        return Error(Error::Kind::NotFound, tr("This programme no longer exists."));
    Programme ended = programme->value();
    ended.endOn = on;
    ended.exitReason = exitReason;
    return update(ended);
}

Result<void> ProgrammeRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<std::optional<Programme>> ProgrammeRepository::find(const QString &id) const
{
    QSqlQuery query(m_store.database().connection());
    query.prepare(QStringLiteral("SELECT id, beneficiary_id, %1 FROM programmes WHERE id = ? AND deleted_at IS NULL")
                      .arg(columns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::optional<Programme>();
    return std::optional<Programme>(read(query));
}

Result<QList<Programme>> ProgrammeRepository::list(const QString &beneficiaryId) const
{
    QList<Programme> programmes;
    auto done = m_store.list(table, columns, beneficiaryId, QStringLiteral("start_on DESC"),
                             [&](const QSqlQuery &q) { programmes << read(q); });
    if (!done)
        return done.error();
    return programmes;
}
