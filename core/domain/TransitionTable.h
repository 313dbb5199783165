// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

/**
 * A status workflow as one table: each status, in workflow order, with the statuses it may move to. The workflows
 * of immersions and dropout cases each hold one, so that what a window offers and what storage accepts come from
 * the same lines. Codes are stored, never translated.
 */
class TransitionTable
{
public:
    struct Step
    {
        QString status;
        QStringList next;
    };

    TransitionTable(std::initializer_list<std::pair<const char *, std::initializer_list<const char *>>> steps);

    /// Every status, in the order of the table.
    QStringList statuses() const;
    bool isStatus(const QString &status) const;
    /// The statuses reachable in one move, in the table's order; empty for a final or unknown status.
    QStringList next(const QString &from) const;
    bool canMove(const QString &from, const QString &to) const;
    /// A known status with no move out of it.
    bool isFinal(const QString &status) const;

private:
    const Step *find(const QString &status) const;

    QList<Step> m_steps;
};
