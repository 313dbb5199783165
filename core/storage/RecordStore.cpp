// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordStore.h"

#include "Database.h"
#include "SqlHelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace {

Result<void> checkNames(const QString &table, const QStringList &fields)
{
    if (!Sql::isIdentifier(table))
        return Error(Error::Kind::Usage, RecordStore::tr("Invalid table name."), {}, table);
    for (const QString &field : fields) {
        if (!Sql::isIdentifier(field))
            return Error(Error::Kind::Usage, RecordStore::tr("Invalid field name."), {}, field);
    }
    return {};
}

// Qt binds a null QString as SQL NULL; an empty text field is "", which the NOT NULL text columns accept. A null
// QVariant (QVariant(QMetaType::fromType<QString>())) stays SQL NULL: that is how a repository says "no value".
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

RecordStore::RecordStore(Database &database) : m_database(database), m_audit(database) {}

Result<QString> RecordStore::insert(const QString &table, QVariantMap values)
{
    const QStringList ownFields = values.keys();
    if (auto valid = checkNames(table, ownFields); !valid)
        return valid.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString id = values.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    values.insert(QStringLiteral("id"), id);
    values.insert(QStringLiteral("created_at"), values.value(QStringLiteral("created_at"), now));
    values.insert(QStringLiteral("updated_at"), values.value(QStringLiteral("updated_at"), now));
    values.insert(QStringLiteral("updated_by"), values.value(QStringLiteral("updated_by"), m_database.currentUser()));
    values.insert(QStringLiteral("origin_site"), values.value(QStringLiteral("origin_site"), m_database.siteCode()));

    const QStringList columns = values.keys();
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), columns.size());
    QSqlQuery &query =
        m_database.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", "))));
    for (const QString &column : columns)
        query.addBindValue(bindable(values.value(column)));
    if (auto done = Sql::exec(query, tr("saving a new record")); !done)
        return done.error();

    QStringList auditedFields = ownFields;
    auditedFields.removeIf([](const QString &field) { return Sql::recordColumnNames().contains(field); });
    if (auto audited = m_audit.record(table, id, QStringLiteral("create"), auditedFields); !audited)
        return audited.error();
    return id;
}

Result<QVariantMap> RecordStore::currentValues(const QString &table, const QString &id, const QStringList &fields)
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(fields.join(QLatin1String(", ")), table));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a record")); !done)
        return done.error();
    if (!query.next())
        return Error(Error::Kind::NotFound, tr("The record to change no longer exists."), {},
                     table + QLatin1Char('/') + id);
    QVariantMap current;
    for (int i = 0; i < fields.size(); ++i)
        current.insert(fields.at(i), query.value(i));
    query.finish();
    return current;
}

Result<QStringList> RecordStore::update(const QString &table, const QString &id, const QVariantMap &values)
{
    const QStringList fields = values.keys();
    if (auto valid = checkNames(table, fields); !valid)
        return valid.error();
    if (fields.isEmpty())
        return QStringList();
    auto current = currentValues(table, id, fields);
    if (!current)
        return current.error();

    QStringList changed;
    for (const QString &field : fields) {
        const QVariant before = current->value(field);
        const QVariant after = values.value(field);
        // SQLite hands back integers and text; compare their text so that 1 and "1" are the same value.
        if (before.isNull() != after.isNull() || before.toString() != after.toString())
            changed << field;
    }
    if (changed.isEmpty())
        return changed;

    QStringList assignments;
    for (const QString &field : std::as_const(changed))
        assignments << field + QLatin1String(" = ?");
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?");
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QLatin1String(", "))));
    for (const QString &field : std::as_const(changed))
        query.addBindValue(bindable(values.value(field)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(m_database.currentUser());
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("saving a change")); !done)
        return done.error();
    if (auto audited = m_audit.record(table, id, QStringLiteral("update"), changed); !audited)
        return audited.error();
    return changed;
}

Result<void> RecordStore::markDeleted(const QString &table, const QString &id)
{
    if (auto valid = checkNames(table, {}); !valid)
        return valid;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery &query = m_database.prepared(
        QStringLiteral(
            "UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL")
            .arg(table));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(m_database.currentUser());
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("deleting a record")); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return Error(Error::Kind::NotFound, tr("The record to delete no longer exists."), {},
                     table + QLatin1Char('/') + id);
    return m_audit.record(table, id, QStringLiteral("delete"));
}
