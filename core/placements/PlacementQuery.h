// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

/** What the adviser asked the immersion list to show. Empty strings and invalid dates do not filter. */
struct PlacementFilter
{
    QString status;     ///< PlacementWorkflow status code.
    QString type;       ///< Vocabulary::List::PlacementType code.
    QString companyId;  ///< companies.id.
    QString prescriber; ///< The adviser who prescribed the immersion.
    QDate startFrom;    ///< First start date shown, inclusive.
    QDate startTo;      ///< Last start date shown, inclusive.

    bool operator==(const PlacementFilter &) const = default;
};

/**
 * Turns a filter and a sort into SQL with bound values over placements p, joined to their young person b and their
 * company c, so that the list and an export "with the current filter" show the same immersions. Deleted immersions
 * and immersions of deleted dossiers are never shown.
 */
class PlacementQuery
{
public:
    enum class Sort { StartDate, YoungPerson, Company, Status };

    explicit PlacementQuery(PlacementFilter filter, Sort sort = Sort::StartDate, bool descending = true);

    /// " FROM placements p JOIN beneficiaries b … LEFT JOIN companies c …".
    static QString fromClause();
    /// " WHERE …"; values to bind in order.
    QString whereClause() const;
    QVariantList whereValues() const;
    /// " ORDER BY …", always ending on p.id so that pages never overlap.
    QString orderClause() const;

private:
    PlacementFilter m_filter;
    Sort m_sort;
    bool m_descending;
};
