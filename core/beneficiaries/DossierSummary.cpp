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
    QSqlQuery &query = database.prepared(QStringLiteral(
        "UPDATE beneficiaries SET "
        "last_contact_on = (SELECT max(substr(occurred_at, 1, 10)) FROM events "
        "  WHERE beneficiary_id = ? AND deleted_at IS NULL AND occurred_at <= ?), "
        "next_appointment_at = (SELECT min(starts_at) FROM appointments "
        "  WHERE beneficiary_id = ? AND deleted_at IS NULL AND status = 'planned' AND starts_at >= ?), "
        "current_programme = coalesce((SELECT kind FROM programmes "
        "  WHERE beneficiary_id = ? AND deleted_at IS NULL AND end_on IS NULL ORDER BY start_on DESC LIMIT 1), '') "
        "WHERE id = ?"));
    // Positional values, in the order of the statement: SQLite's numbered parameters do not go through Qt.
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    for (const QString &value : {beneficiaryId, now, beneficiaryId, now, beneficiaryId, beneficiaryId})
        query.addBindValue(value);
    return Sql::exec(query, QCoreApplication::translate("DossierSummary", "updating the dossier's list columns"));
}

} // namespace DossierSummary
