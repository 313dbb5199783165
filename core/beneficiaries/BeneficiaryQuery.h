// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

/** What the adviser asked the list to show. Empty or negative fields do not filter. */
struct BeneficiaryFilter
{
    QString referent;
    QString programme;                         ///< Vocabulary::List::Programme code of a running programme.
    QString status = QStringLiteral("active"); ///< Vocabulary::List::BeneficiaryStatus code; empty for all.
    int minimumAge = -1;
    int maximumAge = -1;
    QString commune;
    int withoutContactForDays = -1; ///< No journal entry for at least this many days (or never).

    bool operator==(const BeneficiaryFilter &) const = default;
};

/**
 * Turns a filter and a sort into SQL with bound values, for the list and for the export "with the current filter",
 * so that both always show the same dossiers. Every sort is on an indexed column, with the sort key as tie-breaker.
 */
class BeneficiaryQuery
{
public:
    enum class Sort { Name, Age, Referent, LastContact, NextAppointment };

    BeneficiaryQuery(BeneficiaryFilter filter, Sort sort = Sort::Name, bool descending = false,
                     QDate today = QDate::currentDate());

    /// " WHERE …" over the table aliased b; values to bind in order.
    QString whereClause() const;
    QVariantList whereValues() const;
    /// " ORDER BY …".
    QString orderClause() const;

private:
    BeneficiaryFilter m_filter;
    Sort m_sort;
    bool m_descending;
    QDate m_today;
};
