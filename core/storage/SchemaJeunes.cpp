// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaJeunes.h"

#include "SqlHelpers.h"
#include "beneficiaries/DuplicateGuard.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace {

QStringList childTable(const QString &table, QStringList columns)
{
    columns.prepend(QStringLiteral("beneficiary_id TEXT NOT NULL REFERENCES beneficiaries(id)"));
    QStringList statements = Sql::createRecordTable(table, columns);
    statements << QStringLiteral("CREATE INDEX %1_beneficiary ON %1(beneficiary_id)").arg(table);
    return statements;
}

// Dossiers created under schema 1 get the keys that sorting and the duplicate guard need.
Result<void> fillKeys(QSqlDatabase &db)
{
    QSqlQuery select(db);
    if (!select.exec(QStringLiteral("SELECT id, last_name, first_name, birth_date FROM beneficiaries")))
        return Sql::storageError(select, QStringLiteral("schema 2"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE beneficiaries SET sort_key = ?, duplicate_key = ? WHERE id = ?"));
    while (select.next()) {
        const QString last = select.value(1).toString();
        const QString first = select.value(2).toString();
        update.addBindValue(DuplicateGuard::sortKey(last, first));
        update.addBindValue(DuplicateGuard::identityKey(last, first, select.value(3).toDate()));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return Sql::storageError(update, QStringLiteral("schema 2"));
    }
    return {};
}

} // namespace

namespace SchemaJeunes {

Result<void> migrate(QSqlDatabase &db)
{
    QStringList statements;
    const QStringList newColumns = {
        QStringLiteral("external_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("qpv INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("zrr INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("rqth INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("education_level TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("driving_licence INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("vehicle INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("mobility_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("legal_rep_name TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("legal_rep_phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("legal_rep_email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("legal_rep_link TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("close_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("closed_on TEXT"),
        // Kept in step by the repositories, so that the list sorts and filters on indexed columns.
        QStringLiteral("sort_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("duplicate_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("last_contact_on TEXT"),
        QStringLiteral("next_appointment_at TEXT"),
        QStringLiteral("current_programme TEXT NOT NULL DEFAULT ''"),
    };
    for (const QString &column : newColumns)
        statements << QStringLiteral("ALTER TABLE beneficiaries ADD COLUMN ") + column;
    statements += {
        QStringLiteral("CREATE INDEX beneficiaries_sort ON beneficiaries(sort_key)"),
        QStringLiteral("CREATE INDEX beneficiaries_status_sort ON beneficiaries(status, sort_key)"),
        QStringLiteral("CREATE INDEX beneficiaries_referent_sort ON beneficiaries(referent, sort_key)"),
        QStringLiteral("CREATE INDEX beneficiaries_birth ON beneficiaries(birth_date)"),
        QStringLiteral("CREATE INDEX beneficiaries_last_contact ON beneficiaries(last_contact_on)"),
        QStringLiteral("CREATE INDEX beneficiaries_next_appointment ON beneficiaries(next_appointment_at)"),
        QStringLiteral("CREATE INDEX beneficiaries_duplicate ON beneficiaries(duplicate_key)"),
        QStringLiteral("CREATE INDEX beneficiaries_ine ON beneficiaries(ine) WHERE ine <> ''"),
        QStringLiteral("CREATE INDEX beneficiaries_programme ON beneficiaries(current_programme)"),
        QStringLiteral("CREATE INDEX beneficiaries_commune ON beneficiaries(commune)"),
    };
    statements += childTable(QStringLiteral("referent_changes"), {QStringLiteral("referent TEXT NOT NULL"),
                                                                  QStringLiteral("previous_referent TEXT NOT NULL"),
                                                                  QStringLiteral("changed_on TEXT NOT NULL")});
    statements += childTable(QStringLiteral("programmes"),
                             {QStringLiteral("kind TEXT NOT NULL"), QStringLiteral("start_on TEXT NOT NULL"),
                              QStringLiteral("planned_end_on TEXT"), QStringLiteral("end_on TEXT"),
                              QStringLiteral("exit_reason TEXT NOT NULL DEFAULT ''")});
    statements += childTable(QStringLiteral("situations"),
                             {QStringLiteral("kind TEXT NOT NULL"), QStringLiteral("state TEXT NOT NULL"),
                              QStringLiteral("start_on TEXT"), QStringLiteral("end_on TEXT"),
                              QStringLiteral("detail TEXT NOT NULL DEFAULT ''")});
    statements += childTable(
        QStringLiteral("events"),
        {QStringLiteral("type TEXT NOT NULL"), QStringLiteral("mode TEXT NOT NULL"),
         QStringLiteral("occurred_at TEXT NOT NULL"), QStringLiteral("duration_minutes INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("summary TEXT NOT NULL DEFAULT ''"), QStringLiteral("private_note TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("author TEXT NOT NULL DEFAULT ''")});
    statements << QStringLiteral("CREATE INDEX events_when ON events(beneficiary_id, occurred_at)");
    statements += childTable(QStringLiteral("actions"),
                             {QStringLiteral("theme TEXT NOT NULL"), QStringLiteral("title TEXT NOT NULL"),
                              QStringLiteral("status TEXT NOT NULL"), QStringLiteral("due_on TEXT"),
                              QStringLiteral("done_on TEXT")});
    statements << QStringLiteral("CREATE INDEX actions_due ON actions(status, due_on)");
    statements += childTable(
        QStringLiteral("appointments"),
        {QStringLiteral("adviser TEXT NOT NULL DEFAULT ''"), QStringLiteral("starts_at TEXT NOT NULL"),
         QStringLiteral("duration_minutes INTEGER NOT NULL DEFAULT 30"),
         QStringLiteral("place TEXT NOT NULL DEFAULT ''"), QStringLiteral("subject TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("status TEXT NOT NULL DEFAULT 'planned'")});
    statements << QStringLiteral("CREATE INDEX appointments_agenda ON appointments(adviser, starts_at)");
    statements += childTable(QStringLiteral("career_targets"), {QStringLiteral("rome_code TEXT NOT NULL"),
                                                                QStringLiteral("label TEXT NOT NULL DEFAULT ''"),
                                                                QStringLiteral("note TEXT NOT NULL DEFAULT ''")});
    if (auto created = Sql::execAll(db, statements); !created)
        return created;
    return fillKeys(db);
}

} // namespace SchemaJeunes
