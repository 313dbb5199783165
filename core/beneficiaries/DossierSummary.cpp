// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierSummary.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace DossierSummary {

Result<void> refresh(Database &database, const QString &beneficiaryId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "UPDATE beneficiaries SET "
        "last_contact_on = (SELECT max(substr(occurred_at, 1, 10)) FROM events "
        "  WHERE beneficiary_id = ?1 AND deleted_at IS NULL AND occurred_at <= ?2), "
        "next_appointment_at = (SELECT min(starts_at) FROM appointments "
        "  WHERE beneficiary_id = ?1 AND deleted_at IS NULL AND status = 'planned' AND starts_at >= ?2), "
        "current_programme = coalesce((SELECT kind FROM programmes "
        "  WHERE beneficiary_id = ?1 AND deleted_at IS NULL AND end_on IS NULL ORDER BY start_on DESC LIMIT 1), '') "
        "WHERE id = ?1"));
    query.bindValue(0, beneficiaryId);
    query.bindValue(1, QDateTime::currentDateTime().toString(Qt::ISODate));
    return Sql::exec(query, QCoreApplication::translate("DossierSummary", "updating the dossier's summary"));
}

} // namespace DossierSummary
