// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

class Database;

/**
 * The Décrochage part of the demo: two campaigns de repérage with fictitious young people of 16 to 17, in every
 * state of the workflow, with their contact attempts, solutions and closures; a few are the demo's own dossiers, so
 * that their timeline shows the case.
 */
class DemoDropouts
{
public:
    DemoDropouts(Database &database, QRandomGenerator &random);

    /// Adds the campaigns and about count cases (12 at least); linkable are dossier ids some cases are linked to.
    /// count cases spread over campaigns received every six months (two, or more for a large base).
    Result<int> generate(int count, const QStringList &linkable, const QDate &today, int campaignCount = 2);

private:
    Result<void> bringToState(const QString &caseId, int state, const QDate &receivedOn, const QDate &today);

    Database &m_database;
    QRandomGenerator &m_random;
};
