// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineService.h"

#include "ActionRepository.h"
#include "BeneficiaryRepository.h"
#include "JournalRepository.h"
#include "ProgrammeRepository.h"
#include "SituationRepository.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace {

QList<TimelineService::Source> &sources()
{
    static QList<TimelineService::Source> registered;
    return registered;
}

QDateTime startOf(const QDate &date)
{
    return date.startOfDay();
}

} // namespace

TimelineService::TimelineService(Database &database) : m_database(database) {}

void TimelineService::registerSource(const Source &source)
{
    sources() << source;
}

Result<QList<TimelineEntry>> TimelineService::entries(const QString &beneficiaryId) const
{
    auto all = ownEntries(beneficiaryId);
    if (!all)
        return all;
    for (const Source &source : std::as_const(sources())) {
        auto more = source(m_database, beneficiaryId);
        if (!more)
            return more;
        all.value() += more.value();
    }
    std::stable_sort(all.value().begin(), all.value().end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return all;
}

Result<QList<TimelineEntry>> TimelineService::ownEntries(const QString &beneficiaryId) const
{
    QList<TimelineEntry> entries;
    QSqlQuery opened(m_database.connection());
    opened.prepare(QStringLiteral("SELECT created_at, dossier_number FROM beneficiaries WHERE id = ?"));
    opened.addBindValue(beneficiaryId);
    if (opened.exec() && opened.next())
        entries << TimelineEntry{QDateTime::fromMSecsSinceEpoch(opened.value(0).toLongLong()).toLocalTime(),
                                 Module::Beneficiaries,
                                 tr("Dossier"),
                                 tr("Dossier %1 opened").arg(opened.value(1).toString()),
                                 {}};

    auto events = JournalRepository(m_database).list(beneficiaryId);
    if (!events)
        return events.error();
    for (const JournalEvent &e : std::as_const(*events))
        entries << TimelineEntry{e.occurredAt, Module::Beneficiaries,
                                 Vocabulary::label(Vocabulary::List::EventType, e.type), e.summary,
                                 Vocabulary::label(Vocabulary::List::EventMode, e.mode)};

    auto situations = SituationRepository(m_database).list(beneficiaryId);
    if (!situations)
        return situations.error();
    for (const Situation &s : std::as_const(*situations)) {
        if (s.startOn.isValid())
            entries << TimelineEntry{startOf(s.startOn), Module::Beneficiaries, tr("Situation"),
                                     Vocabulary::label(Vocabulary::List::Situation, s.kind), s.detail};
    }

    auto programmes = ProgrammeRepository(m_database).list(beneficiaryId);
    if (!programmes)
        return programmes.error();
    for (const Programme &p : std::as_const(*programmes)) {
        const QString name = Vocabulary::label(Vocabulary::List::Programme, p.kind);
        entries << TimelineEntry{
            startOf(p.startOn), Module::Beneficiaries, tr("Programme"), tr("Start of %1").arg(name), {}};
        if (p.endOn.isValid()) {
            const auto reasons = p.kind == QLatin1String("cej") ? Vocabulary::List::CejExitReason
                                                                : Vocabulary::List::ProgrammeExitReason;
            entries << TimelineEntry{startOf(p.endOn), Module::Beneficiaries, tr("Programme"),
                                     tr("End of %1").arg(name), Vocabulary::label(reasons, p.exitReason)};
        }
    }

    auto referents = BeneficiaryRepository(m_database).referentHistory(beneficiaryId);
    if (!referents)
        return referents.error();
    for (const ReferentChange &c : std::as_const(*referents))
        entries << TimelineEntry{
            startOf(c.changedOn), Module::Beneficiaries, tr("Adviser"), tr("Followed by %1").arg(c.referent),
            c.previousReferent.isEmpty() ? QString() : tr("instead of %1").arg(c.previousReferent)};

    auto actions = ActionRepository(m_database).list(beneficiaryId);
    if (!actions)
        return actions.error();
    for (const FollowUpAction &a : std::as_const(*actions)) {
        if (a.doneOn.isValid())
            entries << TimelineEntry{startOf(a.doneOn), Module::Beneficiaries, tr("Action done"), a.title,
                                     Vocabulary::label(Vocabulary::List::ActionTheme, a.theme)};
    }
    return entries;
}
