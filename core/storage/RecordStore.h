// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <map>
#include <memory>

class Database;

/**
 * Writes synchronised records: the one place that fills the common columns (id, timestamps, author, site,
 * tombstone) and writes the audit row, so that module repositories only say which fields they store.
 *
 * Every method must run inside Database::write(), so that the record and its audit row land together.
 */
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)

public:
    explicit RecordStore(Database &database);

    /// Inserts a new record and returns its id (a new UUID unless values holds one, as an exchange import does).
    Result<QString> insert(const QString &table, QVariantMap values);
    /// Updates the given fields; returns the names of those whose value really changed (empty: nothing written).
    Result<QStringList> update(const QString &table, const QString &id, const QVariantMap &values);
    /// Marks the record deleted (a tombstone that exchange files carry to other sites); nothing is erased.
    Result<void> markDeleted(const QString &table, const QString &id);

private:
    Result<QVariantMap> currentValues(const QString &table, const QString &id, const QStringList &fields);

    Database &m_database;
    AuditLog m_audit;
};
