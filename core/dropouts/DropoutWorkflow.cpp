// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutWorkflow.h"

#include "domain/Vocabulary.h"

#include <QList>

namespace {

struct Step
{
    const char *status;
    QList<const char *> next;
};

// The one table of the workflow. A young person who had an appointment but did not come goes back to contact
// attempts; an unreachable one may answer a later attempt. A solution can only be recorded once someone has spoken
// with the young person (attempt, appointment, follow-up); a case can be closed from any open status (refusal,
// moved away, false positive). Solution and closed are final: if the young person drops out again, a new case is
// made, so that each campaign's figures stay true.
const QList<Step> &steps()
{
    static const QList<Step> table = {
        {"to_contact", {"attempt", "appointment", "closed"}},
        {"attempt", {"unreachable", "appointment", "in_progress", "solution", "closed"}},
        {"unreachable", {"attempt", "appointment", "closed"}},
        {"appointment", {"attempt", "in_progress", "solution", "closed"}},
        {"in_progress", {"solution", "closed"}},
        {"solution", {}},
        {"closed", {}},
    };
    return table;
}

const Step *find(const QString &status)
{
    for (const Step &step : steps()) {
        if (status == QLatin1String(step.status))
            return &step;
    }
    return nullptr;
}

} // namespace

QStringList DropoutWorkflow::statuses()
{
    QStringList codes;
    for (const Step &step : steps())
        codes << QLatin1String(step.status);
    return codes;
}

bool DropoutWorkflow::isStatus(const QString &status)
{
    return find(status) != nullptr;
}

QStringList DropoutWorkflow::nextStatuses(const QString &from)
{
    QStringList codes;
    if (const Step *step = find(from)) {
        for (const char *next : step->next)
            codes << QLatin1String(next);
    }
    return codes;
}

bool DropoutWorkflow::canMove(const QString &from, const QString &to)
{
    return nextStatuses(from).contains(to);
}

bool DropoutWorkflow::isFinal(const QString &status)
{
    return isStatus(status) && nextStatuses(status).isEmpty();
}

QString DropoutWorkflow::label(const QString &status)
{
    return Vocabulary::label(Vocabulary::List::DropoutStatus, status);
}

QString DropoutWorkflow::problem(const QString &from, const QString &to, const QString &kind)
{
    if (!isStatus(from) || !isStatus(to))
        return tr("Unknown status.");
    if (!canMove(from, to))
        return tr("A case cannot go from “%1” to “%2”.").arg(label(from), label(to));
    if (to == QLatin1String("solution") && !Vocabulary::contains(Vocabulary::List::DropoutSolution, kind))
        return tr("Say which solution the young person found.");
    if (to == QLatin1String("closed") && !Vocabulary::contains(Vocabulary::List::DropoutClosure, kind))
        return tr("Say why the case is closed.");
    return {};
}
