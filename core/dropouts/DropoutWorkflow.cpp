// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutWorkflow.h"

#include "domain/Vocabulary.h"

#include "domain/TransitionTable.h"

namespace {

// The one table of the workflow. A young person who had an appointment but did not come goes back to contact
// attempts; an unreachable one may answer a later attempt. A solution can only be recorded once someone has spoken
// with the young person (attempt, appointment, follow-up); a case can be closed from any open status (refusal,
// moved away, false positive). Solution and closed are final: if the young person drops out again, a new case is
// made, so that each campaign's figures stay true.
const TransitionTable &table()
{
    static const TransitionTable moves = {
        {"to_contact", {"attempt", "appointment", "closed"}},
        {"attempt", {"unreachable", "appointment", "in_progress", "solution", "closed"}},
        {"unreachable", {"attempt", "appointment", "closed"}},
        {"appointment", {"attempt", "in_progress", "solution", "closed"}},
        {"in_progress", {"solution", "closed"}},
        {"solution", {}},
        {"closed", {}},
    };
    return moves;
}

} // namespace

QStringList DropoutWorkflow::statuses()
{
    return table().statuses();
}

bool DropoutWorkflow::isStatus(const QString &status)
{
    return table().isStatus(status);
}

QStringList DropoutWorkflow::nextStatuses(const QString &from)
{
    return table().next(from);
}

bool DropoutWorkflow::canMove(const QString &from, const QString &to)
{
    return table().canMove(from, to);
}

bool DropoutWorkflow::isFinal(const QString &status)
{
    return table().isFinal(status);
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
