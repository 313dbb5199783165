// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerLinks.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

CareerLinks::CareerLinks(Database &database) : m_database(database) {}

Result<QList<LinkedDossier>> CareerLinks::dossiers(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT b.id, b.dossier_number, b.last_name, b.first_name, t.label "
                                 "FROM career_targets t JOIN beneficiaries b ON b.id = t.beneficiary_id "
                                 "WHERE t.rome_code = ? AND t.deleted_at IS NULL AND b.deleted_at IS NULL "
                                 "ORDER BY b.last_name COLLATE NOCASE, b.first_name COLLATE NOCASE"));
    query.addBindValue(code);
    if (auto done = Sql::exec(query, tr("reading the dossiers linked to a career sheet")); !done)
        return done.error();
    QList<LinkedDossier> linked;
    while (query.next())
        linked << LinkedDossier{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString()};
    return linked;
}

Result<QList<LinkedImmersion>> CareerLinks::immersions(const QString &code) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, b.id, b.dossier_number, b.last_name, b.first_name, coalesce(c.name, ''), p.start_on, p.status "
        "FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
        "LEFT JOIN companies c ON c.id = p.company_id "
        "WHERE p.rome_code = ? AND p.deleted_at IS NULL ORDER BY p.start_on DESC"));
    query.addBindValue(code);
    if (auto done = Sql::exec(query, tr("reading the immersions linked to a career sheet")); !done)
        return done.error();
    QList<LinkedImmersion> linked;
    while (query.next()) {
        linked << LinkedImmersion{query.value(0).toString(),
                                  query.value(1).toString(),
                                  query.value(2).toString(),
                                  query.value(3).toString(),
                                  query.value(4).toString(),
                                  query.value(5).toString(),
                                  QDate::fromString(query.value(6).toString(), Qt::ISODate),
                                  query.value(7).toString()};
    }
    return linked;
}
