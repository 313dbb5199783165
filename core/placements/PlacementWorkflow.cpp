// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementWorkflow.h"

#include <QList>

namespace {

struct Step
{
    const char *status;
    const char *label;
    QList<const char *> next;
};

// The one table of the workflow. Cancelled and refused are open until the immersion has ended: after that it
// happened, and only its assessment remains. Assessed, cancelled and refused are final; a new convention is made by
// duplicating the old one, so that the history of each stays true.
const QList<Step> &steps()
{
    static const QList<Step> table = {
        {"draft", QT_TRANSLATE_NOOP("PlacementWorkflow", "Draft"), {"ready_to_sign", "cancelled", "refused"}},
        {"ready_to_sign", QT_TRANSLATE_NOOP("PlacementWorkflow", "Ready to sign"), {"signed", "cancelled", "refused"}},
        {"signed", QT_TRANSLATE_NOOP("PlacementWorkflow", "Signed"), {"ongoing", "cancelled", "refused"}},
        {"ongoing", QT_TRANSLATE_NOOP("PlacementWorkflow", "Ongoing"), {"ended", "cancelled", "refused"}},
        {"ended", QT_TRANSLATE_NOOP("PlacementWorkflow", "Ended"), {"assessed"}},
        {"assessed", QT_TRANSLATE_NOOP("PlacementWorkflow", "Assessment done"), {}},
        {"cancelled", QT_TRANSLATE_NOOP("PlacementWorkflow", "Cancelled"), {}},
        {"refused", QT_TRANSLATE_NOOP("PlacementWorkflow", "Refused"), {}},
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

QStringList PlacementWorkflow::statuses()
{
    QStringList codes;
    for (const Step &step : steps())
        codes << QLatin1String(step.status);
    return codes;
}

bool PlacementWorkflow::isStatus(const QString &status)
{
    return find(status) != nullptr;
}

QStringList PlacementWorkflow::nextStatuses(const QString &from)
{
    QStringList codes;
    if (const Step *step = find(from)) {
        for (const char *next : step->next)
            codes << QLatin1String(next);
    }
    return codes;
}

bool PlacementWorkflow::canMove(const QString &from, const QString &to)
{
    return nextStatuses(from).contains(to);
}

bool PlacementWorkflow::needsJustification(const QString &to)
{
    return to == QLatin1String("cancelled") || to == QLatin1String("refused");
}

QString PlacementWorkflow::label(const QString &status)
{
    const Step *step = find(status);
    return step ? tr(step->label) : status;
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
