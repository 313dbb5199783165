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

} // namespace

ExchangeDerivedColumns::ExchangeDerivedColumns(Database &database) : m_database(database) {}

// The tables whose records hang on a dossier and feed its list columns (last contact, next appointment, programme).
QString ExchangeDerivedColumns::dossierColumn(const QString &table)
{
    if (table == QLatin1String("events") || table == QLatin1String("appointments") ||
        table == QLatin1String("programmes"))
        return QStringLiteral("beneficiary_id");
    return {};
}

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

Result<void> ExchangeDerivedColumns::refresh(const QList<QPair<QString, QString>> &records,
                                             const QStringList &dossiersToo)
{
    // A dossier's list columns are computed once, however many of its journal entries, actions and appointments
    // arrived: an exchange of a whole base brings a million records for 100 000 dossiers.
    QStringList dossiers;
    QSet<QString> seen;
    const auto summarise = [&](const QString &dossier) {
        if (!dossier.isEmpty() && !seen.contains(dossier)) {
            seen.insert(dossier);
            dossiers << dossier;
        }
    };
    for (const auto &[table, id] : records) {
        if (auto done = refreshKeys(table, id); !done)
            return done;
        QString dossier;
        if (table == QLatin1String("beneficiaries")) {
            dossier = id;
        } else if (const QString column = dossierColumn(table); !column.isEmpty()) {
            QSqlQuery &owner = m_database.prepared(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
            owner.addBindValue(id);
            if (auto done = Sql::exec(owner, doing()); !done)
                return done;
            if (owner.next())
                dossier = owner.value(0).toString();
            owner.finish();
        }
        summarise(dossier);
    }
    for (const QString &dossier : dossiersToo)
        summarise(dossier);
    for (const QString &dossier : std::as_const(dossiers)) {
        if (auto done = DossierSummary::refresh(m_database, dossier); !done)
            return done;
    }
    return {};
}

Result<void> ExchangeDerivedColumns::refreshKeys(const QString &table, const QString &id)
{
    // A person's keys: sort key and identity key, from the names and birth date; others: a sort key from the name.
    const bool person = table == QLatin1String("beneficiaries") || table == QLatin1String("dropout_cases");
    QString select;
    if (person)
        select = QStringLiteral("last_name, first_name, birth_date");
    else if (table == QLatin1String("companies"))
        select = QStringLiteral("name");
    else if (table == QLatin1String("local_sheets"))
        select = QStringLiteral("label");
    else
        return {};
    const QStringList keys = of(table).mid(0, person ? 2 : 1);
    QSqlQuery &row = m_database.prepared(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?").arg(select, keys.join(QLatin1String(", ")), table));
    row.addBindValue(id);
    if (auto done = Sql::exec(row, doing()); !done)
        return done;
    if (!row.next())
        return {};
    const int read = int(select.count(QLatin1Char(',')) + 1);
    QVariantList values;
    QVariantList stored;
    for (int i = 0; i < read + keys.size(); ++i)
        (i < read ? values : stored) << row.value(i);
    row.finish();

    QVariantList computed;
    if (table == QLatin1String("companies")) {
        computed << CompanyRepository::sortKey(values.at(0).toString());
    } else if (table == QLatin1String("local_sheets")) {
        computed << TextNormalizer::foldForMatching(values.at(0).toString().trimmed());
    } else {
        const QString lastName = values.at(0).toString();
        const QString firstName = values.at(1).toString();
        const QDate birthDate = QDate::fromString(values.at(2).toString(), Qt::ISODate);
        computed << DuplicateGuard::sortKey(lastName, firstName)
                 << DuplicateGuard::identityKey(lastName, firstName, birthDate);
    }
    // Most records arrive with the keys a Sillage computed the same way: rewriting them would only move their
    // index entries back and forth.
    if (computed == stored)
        return {};
    QStringList assignments;
    for (const QString &key : keys)
        assignments << key + QLatin1String(" = ?");
    QSqlQuery &update = m_database.prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
    for (const QVariant &value : std::as_const(computed))
        update.addBindValue(value);
    update.addBindValue(id);
    return Sql::exec(update, doing());
}
