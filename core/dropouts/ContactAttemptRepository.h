// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

class Database;

/**
 * Logs the attempts to reach a young person (date, channel, outcome) and says when the case should be called
 * unreachable: after N unanswered attempts in a row (N is a setting of the data, default 3), the case *proposes*
 * the Injoignable status; the adviser decides, because a family may have answered by another way.
 */
class ContactAttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactAttemptRepository)

public:
    /// The DataSettings key holding N.
    static QString thresholdKey() { return QStringLiteral("dropouts.unanswered_attempts"); }
    static constexpr int defaultThreshold = 3;

    explicit ContactAttemptRepository(Database &database);

    /// Logs the attempt; a case still "to contact" (or "unreachable") moves to "contact attempted" in the same write.
    Result<ContactAttempt> add(ContactAttempt attempt);
    /// The attempts on a case, oldest first.
    Result<QList<ContactAttempt>> list(const QString &caseId) const;

    /// Unanswered attempts since the last answered one.
    Result<int> unansweredInARow(const QString &caseId) const;
    /// True when the case is "contact attempted" and has at least threshold() unanswered attempts in a row.
    Result<bool> proposesUnreachable(const QString &caseId) const;

    int threshold() const;
    Result<void> setThreshold(int attempts);

    /// No answer, message left, wrong number: the young person was not reached.
    static bool isUnanswered(const QString &outcome);

private:
    Database &m_database;
    RecordStore m_records;
};
