// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementFilterChoices.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

PlacementFilterChoices::PlacementFilterChoices(Database &database) : m_database(database) {}

Result<QList<PlacementCompanyChoice>> PlacementFilterChoices::companies() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT c.id, c.name FROM companies c WHERE c.deleted_at IS NULL AND EXISTS "
                                 "(SELECT 1 FROM placements p WHERE p.company_id = c.id AND p.deleted_at IS NULL) "
                                 "ORDER BY c.name COLLATE NOCASE, c.id"));
    if (auto done = Sql::exec(query, tr("reading the companies of the immersions")); !done)
        return done.error();
    QList<PlacementCompanyChoice> choices;
    while (query.next())
        choices << PlacementCompanyChoice{query.value(0).toString(), query.value(1).toString()};
    return choices;
}

Result<QStringList> PlacementFilterChoices::prescribers() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT DISTINCT prescriber FROM placements WHERE deleted_at IS NULL AND "
                                 "prescriber <> '' ORDER BY prescriber COLLATE NOCASE"));
    if (auto done = Sql::exec(query, tr("reading the advisers of the immersions")); !done)
        return done.error();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}
