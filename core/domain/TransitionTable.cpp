// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransitionTable.h"

TransitionTable::TransitionTable(
    std::initializer_list<std::pair<const char *, std::initializer_list<const char *>>> steps)
{
    for (const auto &[status, next] : steps) {
        Step step{QString::fromLatin1(status), {}};
        for (const char *to : next)
            step.next << QString::fromLatin1(to);
        m_steps << step;
    }
}

const TransitionTable::Step *TransitionTable::find(const QString &status) const
{
    for (const Step &step : m_steps) {
        if (step.status == status)
            return &step;
    }
    return nullptr;
}

QStringList TransitionTable::statuses() const
{
    QStringList codes;
    for (const Step &step : m_steps)
        codes << step.status;
    return codes;
}

bool TransitionTable::isStatus(const QString &status) const
{
    return find(status) != nullptr;
}

QStringList TransitionTable::next(const QString &from) const
{
    const Step *step = find(from);
    return step ? step->next : QStringList();
}

bool TransitionTable::canMove(const QString &from, const QString &to) const
{
    return next(from).contains(to);
}

bool TransitionTable::isFinal(const QString &status) const
{
    const Step *step = find(status);
    return step && step->next.isEmpty();
}
