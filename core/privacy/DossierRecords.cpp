// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierRecords.h"

#include "exchange/ExchangeTables.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QHash>
#include <QSqlQuery>

Result<QList<RecordRef>> DossierRecords::of(Database &database, const QString &dossierId)
{
    const QString doing = tr("gathering the records of a dossier");
    QSqlQuery query(database.connection());
    if (auto done = Sql::exec(query, QStringLiteral("SELECT id FROM beneficiaries WHERE id = ?"), {dossierId}, doing);
        !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("There is no dossier with the id %1.").arg(dossierId));
    auto tables = ExchangeTables::discover(database.connection());
    if (!tables)
        return tables.error();

    // Tables come parents first, so one pass reaches every level: a contact attempt after its dropout case.
    QHash<QString, QStringList> idsByTable{{QStringLiteral("beneficiaries"), {dossierId}}};
    QList<RecordRef> records{{QStringLiteral("beneficiaries"), dossierId}};
    for (const ExchangeTable &table : std::as_const(*tables)) {
        QStringList found = idsByTable.value(table.name);
        for (const ExchangeReference &reference : table.references) {
            const QStringList parents = idsByTable.value(reference.parentTable);
            if (parents.isEmpty() || reference.parentTable == table.name)
                continue;
            QStringList marks;
            QVariantList values;
            for (const QString &parent : parents) {
                marks << QStringLiteral("?");
                values << parent;
            }
            // Names come from the database's own schema (checked identifiers), never from users.
            const QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 IN (%3) ORDER BY created_at, id")
                                    .arg(table.name, reference.column, marks.join(QLatin1Char(',')));
            if (auto done = Sql::exec(query, sql, values, doing); !done)
                return done.error();
            while (query.next()) {
                const QString id = query.value(0).toString();
                if (found.contains(id))
                    continue;
                found << id;
                records << RecordRef{table.name, id};
            }
        }
        if (!found.isEmpty())
            idsByTable.insert(table.name, found);
    }
    return records;
}

QString DossierRecords::idOfNumber(Database &database, const QString &dossierNumber)
{
    QSqlQuery query(database.connection());
    if (!Sql::exec(query, QStringLiteral("SELECT id FROM beneficiaries WHERE dossier_number = ? COLLATE NOCASE"),
                   {dossierNumber.trimmed()}, QString()) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

QString DossierRecords::valuesList(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("(?, ?)");
    return QStringLiteral("(VALUES %1)").arg(marks.join(QLatin1Char(',')));
}
