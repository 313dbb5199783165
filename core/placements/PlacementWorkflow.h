// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * The life of an immersion convention, from draft to assessment, as one table of allowed moves: the form offers
 * nextStatuses() only, and storage refuses any move for which problem() is not empty.
 *
 * Status codes (stored, never translated): draft, ready_to_sign, signed, ongoing, ended, assessed, cancelled,
 * refused.
 */
class PlacementWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(PlacementWorkflow)

public:
    /// Every status code, in the order of the workflow.
    static QStringList statuses();
    static bool isStatus(const QString &status);
    static bool canMove(const QString &from, const QString &to);
    /// The statuses the immersion may move to from this one, in workflow order; empty for a final status.
    static QStringList nextStatuses(const QString &from);
    /// Cancelling and refusing must say why, for the young person's file and the prescriber's figures.
    static bool needsJustification(const QString &to);
    /// The status in the user's language; an unknown code is returned as it is so that nothing disappears.
    static QString label(const QString &status);
    /// Why the move cannot be made, in the user's language; empty when it can.
    static QString problem(const QString &from, const QString &to, const QString &justification);
};
