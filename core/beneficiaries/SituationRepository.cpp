// SPDX-License-Identifier: GPL-3.0-or-later
#include "SituationRepository.h"

#include "domain/Vocabulary.h"

namespace {
const QString table = QStringLiteral("situations");
}

SituationRepository::SituationRepository(Database &database) : m_store(database) {}

QStringList SituationRepository::problems(const Situation &s)
{
    QStringList found;
    if (!Vocabulary::contains(Vocabulary::List::Situation, s.kind))
        found << tr("Choose the situation.");
    if (!Vocabulary::contains(Vocabulary::List::SituationState, s.state))
        found << tr("Say whether the situation is planned, ongoing or ended.");
    if (s.startOn.isValid() && s.endOn.isValid() && s.endOn < s.startOn)
        found << tr("The end comes before the start.");
    return found;
}

QVariantMap SituationRepository::values(const Situation &s)
{
    return {{QStringLiteral("kind"), s.kind},
            {QStringLiteral("state"), s.state},
            {QStringLiteral("start_on"), s.startOn},
            {QStringLiteral("end_on"), s.endOn},
            {QStringLiteral("detail"), s.detail.trimmed()}};
}

Result<Situation> SituationRepository::add(Situation situation)
{
    if (const QStringList found = problems(situation); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    auto id = m_store.add(table, situation.beneficiaryId, values(situation));
    if (!id)
        return id.error();
    situation.id = *id;
    return situation;
}

Result<void> SituationRepository::update(const Situation &situation)
{
    if (const QStringList found = problems(situation); !found.isEmpty())
        return Error(Error::Kind::BadInput, found.join(QLatin1Char(' ')));
    return m_store.change(table, situation.id, values(situation));
}

Result<void> SituationRepository::remove(const QString &id)
{
    return m_store.remove(table, id);
}

Result<QList<Situation>> SituationRepository::list(const QString &beneficiaryId) const
{
    QList<Situation> situations;
    auto done = m_store.list(table, QStringLiteral("kind, state, start_on, end_on, detail"), beneficiaryId,
                             QStringLiteral("coalesce(start_on, '9999') DESC"), [&](const QSqlQuery &q) {
                                 situations
                                     << Situation{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), q.value(4).toDate(),   q.value(5).toDate(),
                                                  q.value(6).toString()};
                             });
    if (!done)
        return done.error();
    return situations;
}
