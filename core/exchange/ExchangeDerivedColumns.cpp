// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeDerivedColumns.h"

#include "beneficiaries/DossierSummary.h"
#include "beneficiaries/DuplicateGuard.h"
#include "domain/TextNormalizer.h"
#include "placements/CompanyRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QSqlQuery>

namespace {

QString doing()
{
    return QCoreApplication::translate("ExchangeDerivedColumns", "updating the sort keys of a received record");
}

// The tables whose records hang on a dossier and feed its list columns (last contact, next appointment, programme).
bool feedsDossierSummary(const QString &table)
{
    return table == QLatin1String("events") || table == QLatin1String("appointments") ||
           table == QLatin1String("programmes");
}

} // namespace

ExchangeDerivedColumns::ExchangeDerivedColumns(Database &database) : m_database(database) {}

QStringList ExchangeDerivedColumns::of(const QString &table)
{
    if (table == QLatin1String("beneficiaries"))
        return {QStringLiteral("sort_key"), QStringLiteral("duplicate_key"), QStringLiteral("last_contact_on"),
                QStringLiteral("next_appointment_at"), QStringLiteral("current_programme")};
    if (table == QLatin1String("dropout_cases"))
        return {QStringLiteral("sort_key"), QStringLiteral("identity_key")};
    // A review's key is computed once from the line it keeps (row_data), which never changes afterwards.
    if (table == QLatin1String("dropout_reviews"))
        return {QStringLiteral("identity_key")};
    if (table == QLatin1String("companies") || table == QLatin1String("local_sheets"))
        return {QStringLiteral("sort_key")};
    return {};
}

Result<void> ExchangeDerivedColumns::refresh(const QString &table, const QString &id)
{
    return refresh(QList<QPair<QString, QString>>{{table, id}});
}

Result<void> ExchangeDerivedColumns::refresh(const QList<QPair<QString, QString>> &records)
{
    // A dossier's list columns are computed once, however many of its journal entries, actions and appointments
    // arrived: an exchange of a whole base brings a million records for 100 000 dossiers.
    QStringList dossiers;
    QSet<QString> seen;
    for (const auto &[table, id] : records) {
        if (auto done = refreshKeys(table, id); !done)
            return done;
        QString dossier;
        if (table == QLatin1String("beneficiaries")) {
            dossier = id;
        } else if (feedsDossierSummary(table)) {
            QSqlQuery &owner =
                m_database.prepared(QStringLiteral("SELECT beneficiary_id FROM %1 WHERE id = ?").arg(table));
            owner.addBindValue(id);
            if (auto done = Sql::exec(owner, doing()); !done)
                return done;
            if (owner.next())
                dossier = owner.value(0).toString();
            owner.finish();
        }
        if (!dossier.isEmpty() && !seen.contains(dossier)) {
            seen.insert(dossier);
            dossiers << dossier;
        }
    }
    for (const QString &dossier : std::as_const(dossiers)) {
        if (auto done = DossierSummary::refresh(m_database, dossier); !done)
            return done;
    }
    return {};
}

Result<void> ExchangeDerivedColumns::refreshKeys(const QString &table, const QString &id)
{
    QString select;
    if (table == QLatin1String("beneficiaries") || table == QLatin1String("dropout_cases"))
        select = QStringLiteral("last_name, first_name, birth_date");
    else if (table == QLatin1String("companies"))
        select = QStringLiteral("name");
    else if (table == QLatin1String("local_sheets"))
        select = QStringLiteral("label");
    else
        return {};
    QSqlQuery &row = m_database.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(select, table));
    row.addBindValue(id);
    if (auto done = Sql::exec(row, doing()); !done)
        return done;
    if (!row.next())
        return {};
    const QVariantList read = {row.value(0), row.value(1), row.value(2)};
    row.finish();

    QStringList assignments = {QStringLiteral("sort_key = ?")};
    QVariantList values;
    if (table == QLatin1String("companies")) {
        values << CompanyRepository::sortKey(read.at(0).toString());
    } else if (table == QLatin1String("local_sheets")) {
        values << TextNormalizer::foldForMatching(read.at(0).toString().trimmed());
    } else {
        const QString lastName = read.at(0).toString();
        const QString firstName = read.at(1).toString();
        const QDate birthDate = QDate::fromString(read.at(2).toString(), Qt::ISODate);
        values << DuplicateGuard::sortKey(lastName, firstName);
        assignments << (table == QLatin1String("beneficiaries") ? QStringLiteral("duplicate_key = ?")
                                                                : QStringLiteral("identity_key = ?"));
        values << DuplicateGuard::identityKey(lastName, firstName, birthDate);
    }
    QSqlQuery &update = m_database.prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
    for (const QVariant &value : std::as_const(values))
        update.addBindValue(value);
    update.addBindValue(id);
    return Sql::exec(update, doing());
}
