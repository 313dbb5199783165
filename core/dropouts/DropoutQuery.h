// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

/** What the adviser asked the case list to show. Empty strings and -1 do not filter. */
struct DropoutFilter
{
    QString campaignId; ///< Cases that came in this campaign's list.
    QString status;     ///< DropoutWorkflow status code.
    QString adviser;
    QString school;
    QString commune;
    int minimumAge = -1; ///< Included.
    int maximumAge = -1; ///< Included.
    /// Open cases with no attempt logged for at least this many days (or none at all); -1 does not filter.
    int noAttemptForDays = -1;
    QDate today = QDate::currentDate();

    bool operator==(const DropoutFilter &) const = default;
};

/**
 * Turns a filter and a sort into SQL with bound values over dropout_cases d, so that the list, its count and an
 * export "with the current filter" show the same cases. Ages become ranges of birth dates, which the index serves.
 */
class DropoutQuery
{
public:
    enum class Sort { Name, ReceivedOn, Status, LastAttempt, Adviser };

    explicit DropoutQuery(DropoutFilter filter, Sort sort = Sort::Name, bool descending = false);

    static QString fromClause();
    QString whereClause() const;
    QVariantList whereValues() const;
    QString orderClause() const;

private:
    DropoutFilter m_filter;
    Sort m_sort;
    bool m_descending;
};
