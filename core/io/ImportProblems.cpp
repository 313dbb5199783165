// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportProblems.h"

#include <QStringList>

TabularProblem ImportProblems::inCell(int line, int column, const QString &message)
{
    return TabularProblem{line, column + 1, tr("line %1, column %2: %3").arg(line).arg(column + 1).arg(message)};
}

Error ImportProblems::refusal(const QList<TabularProblem> &problems)
{
    QStringList messages;
    for (const TabularProblem &problem : problems.mid(0, listed))
        messages << problem.message;
    if (problems.size() > listed)
        messages << tr("… and %n more problem(s).", nullptr, int(problems.size() - listed));
    return Error(Error::Kind::BadInput, tr("The file cannot be imported; nothing was written."),
                 messages.join(QLatin1Char('\n')));
}
