// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementWorkflow.h"

#include "domain/TransitionTable.h"

#include <iterator>

namespace {

// The one table of the workflow. Cancelled and refused are open until the immersion has ended: after that it
// happened, and only its assessment remains. Assessed, cancelled and refused are final; a new convention is made by
// duplicating the old one, so that the history of each stays true.
const TransitionTable &table()
{
    static const TransitionTable moves = {
        {"draft", {"ready_to_sign", "cancelled", "refused"}},
        {"ready_to_sign", {"signed", "cancelled", "refused"}},
        {"signed", {"ongoing", "cancelled", "refused"}},
        {"ongoing", {"ended", "cancelled", "refused"}},
        {"ended", {"assessed"}},
        {"assessed", {}},
        {"cancelled", {}},
        {"refused", {}},
    };
    return moves;
}

// The labels, in the table's order of statuses.
const char *const labels[] = {
    QT_TRANSLATE_NOOP("PlacementWorkflow", "Draft"),     QT_TRANSLATE_NOOP("PlacementWorkflow", "Ready to sign"),
    QT_TRANSLATE_NOOP("PlacementWorkflow", "Signed"),    QT_TRANSLATE_NOOP("PlacementWorkflow", "Ongoing"),
    QT_TRANSLATE_NOOP("PlacementWorkflow", "Ended"),     QT_TRANSLATE_NOOP("PlacementWorkflow", "Assessment done"),
    QT_TRANSLATE_NOOP("PlacementWorkflow", "Cancelled"), QT_TRANSLATE_NOOP("PlacementWorkflow", "Refused"),
};

} // namespace

QStringList PlacementWorkflow::statuses()
{
    return table().statuses();
}

bool PlacementWorkflow::isStatus(const QString &status)
{
    return table().isStatus(status);
}

QStringList PlacementWorkflow::nextStatuses(const QString &from)
{
    return table().next(from);
}

bool PlacementWorkflow::canMove(const QString &from, const QString &to)
{
    return table().canMove(from, to);
}

bool PlacementWorkflow::needsJustification(const QString &to)
{
    return to == QLatin1String("cancelled") || to == QLatin1String("refused");
}

QString PlacementWorkflow::label(const QString &status)
{
    const qsizetype index = table().statuses().indexOf(status);
    static_assert(std::size(labels) == 8, "one label per status of the table");
    return index >= 0 ? tr(labels[index]) : status;
}

QString PlacementWorkflow::problem(const QString &from, const QString &to, const QString &justification)
{
    if (!isStatus(from) || !isStatus(to))
        return tr("Unknown status.");
    if (!canMove(from, to))
        return tr("An immersion cannot go from “%1” to “%2”.").arg(label(from), label(to));
    if (needsJustification(to) && justification.trimmed().isEmpty())
        return to == QLatin1String("cancelled") ? tr("Say why the immersion is cancelled.")
                                                : tr("Say why the immersion is refused.");
    return {};
}
