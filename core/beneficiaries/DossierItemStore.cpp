// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierItemStore.h"

#include "DossierSummary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

DossierItemStore::DossierItemStore(Database &database) : m_database(database), m_records(database) {}

Result<QString> DossierItemStore::add(const QString &table, const QString &beneficiaryId, QVariantMap values)
{
    values.insert(QStringLiteral("beneficiary_id"), beneficiaryId);
    QString id;
    auto saved = m_database.write([&]() -> Result<void> {
        auto inserted = m_records.insert(table, values);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return DossierSummary::refresh(m_database, beneficiaryId);
    });
    if (!saved)
        return saved.error();
    return id;
}

Result<void> DossierItemStore::change(const QString &table, const QString &id, const QVariantMap &values)
{
    return m_database.write([&]() -> Result<void> {
        auto owner = ownerOf(table, id);
        if (!owner)
            return owner.error();
        auto changed = m_records.update(table, id, values);
        if (!changed)
            return changed.error();
        return DossierSummary::refresh(m_database, *owner);
    });
}

Result<void> DossierItemStore::remove(const QString &table, const QString &id)
{
    return m_database.write([&]() -> Result<void> {
        auto owner = ownerOf(table, id);
        if (!owner)
            return owner.error();
        if (auto removed = m_records.markDeleted(table, id); !removed)
            return removed;
        return DossierSummary::refresh(m_database, *owner);
    });
}

Result<QString> DossierItemStore::ownerOf(const QString &table, const QString &id) const
{
    if (!Sql::isIdentifier(table))
        return Error(Error::Kind::Usage, tr("Invalid table name."), {}, table);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT beneficiary_id FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(table));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a dossier")); !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("This entry no longer exists."));
    return query.value(0).toString();
}

Result<void> DossierItemStore::list(const QString &table, const QString &columns, const QString &beneficiaryId,
                                    const QString &order, const std::function<void(const QSqlQuery &)> &read) const
{
    QSqlQuery query(m_database.connection());
    // table, columns and order are written in the repositories, never taken from users.
    query.prepare(
        QStringLiteral("SELECT id, beneficiary_id, %1 FROM %2 WHERE beneficiary_id = ? AND deleted_at IS NULL "
                       "ORDER BY %3")
            .arg(columns, table, order));
    query.addBindValue(beneficiaryId);
    if (auto done = Sql::exec(query, tr("reading a dossier")); !done)
        return done;
    while (query.next())
        read(query);
    return {};
}
