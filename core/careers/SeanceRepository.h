// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Seance.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/**
 * Séances: named, ordered lists of sheets a trainer prepares for a workshop. The order is the point of a séance, so
 * it is stored as one field: reordering is one audited change, and an exchange never interleaves two orders.
 */
class SeanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(SeanceRepository)

public:
    explicit SeanceRepository(Database &database);

    Result<Seance> create(const QString &name, const QStringList &sheetKeys = {});
    Result<void> rename(const QString &id, const QString &name);
    /// Replaces the list with this one, in this order (a sheet may come back later in the list).
    Result<void> setSheets(const QString &id, const QStringList &sheetKeys);
    Result<void> remove(const QString &id);
    Result<Seance> find(const QString &id) const;
    /// Every séance, by name.
    Result<QList<Seance>> list() const;

private:
    Database &m_database;
};
