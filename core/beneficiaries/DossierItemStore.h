// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

class Database;

/**
 * What the repositories of a dossier's parts (journal, actions, programmes…) share: each write goes through the
 * record store (common columns, audit) and refreshes the dossier's summary in the same transaction; reads list one
 * dossier's items, oldest or newest first.
 */
class DossierItemStore
{
    Q_DECLARE_TR_FUNCTIONS(DossierItemStore)

public:
    explicit DossierItemStore(Database &database);

    Result<QString> add(const QString &table, const QString &beneficiaryId, QVariantMap values);
    Result<void> change(const QString &table, const QString &id, const QVariantMap &values);
    Result<void> remove(const QString &table, const QString &id);

    /// Runs "SELECT id, beneficiary_id, <columns> FROM <table> WHERE beneficiary_id = ? … ORDER BY <order>" and
    /// hands each row to read.
    Result<void> list(const QString &table, const QString &columns, const QString &beneficiaryId, const QString &order,
                      const std::function<void(const QSqlQuery &)> &read) const;

    Database &database() const { return m_database; }

private:
    Result<QString> ownerOf(const QString &table, const QString &id) const;

    Database &m_database;
    RecordStore m_records;
};
