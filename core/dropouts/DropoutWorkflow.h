// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * The life of a dropout case as one table of allowed moves: the case view offers nextStatuses() only, and storage
 * refuses any move for which problem() is not empty. A solution needs its kind (Vocabulary::List::DropoutSolution),
 * a closure its kind (Vocabulary::List::DropoutClosure).
 *
 * Status codes (stored, never translated; labels in Vocabulary::List::DropoutStatus): to_contact, attempt,
 * unreachable, appointment, in_progress, solution, closed.
 */
class DropoutWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(DropoutWorkflow)

public:
    static QStringList statuses();
    static bool isStatus(const QString &status);
    static bool canMove(const QString &from, const QString &to);
    /// The statuses the case may move to, in workflow order; empty for a final status.
    static QStringList nextStatuses(const QString &from);
    /// Solution and closed: the case is no longer followed.
    static bool isFinal(const QString &status);
    /// The status in the user's language.
    static QString label(const QString &status);
    /// Why the move cannot be made, in the user's language; empty when it can.
    static QString problem(const QString &from, const QString &to, const QString &kind);
};
