// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QSet>
#include <QString>
#include <QVariantList>

class Database;

/**
 * The known ancestry of each exchanged record (exchange_versions) and when it last arrived (exchange_received):
 * what the merge rule of ExchangeImporter compares, and what an export "since the last exchange" forwards.
 * Writes must run inside Database::write().
 */
class ExchangeVersions
{
public:
    explicit ExchangeVersions(Database &database);

    Result<QSet<qint64>> known(const QString &table, const QString &id);
    Result<void> remember(const QString &table, const QString &id, const QSet<qint64> &versions);
    /// fromSite: the site the version came from (empty for a version made here, such as a conflict's resolution):
    /// an export to that site leaves the record out, since the site already holds it.
    Result<void> markReceived(const QString &table, const QString &id, qint64 at, const QString &fromSite = {});

    /**
     * remember() and markReceived() for records written as a set. `records` is a SELECT with the columns id,
     * version (the record's updated_at) and lineage (its ancestry as parse() reads it); `ids`, a SELECT of ids;
     * `values`, what their placeholders take.
     */
    Result<void> rememberEach(const QString &table, const QString &records, const QVariantList &values);
    Result<void> markEachReceived(const QString &table, const QString &ids, const QVariantList &values, qint64 at,
                                  const QString &fromSite);

    /// The ancestry as an exchange file carries it: versions separated by commas (SQLite's group_concat).
    static QSet<qint64> parse(const QString &text);

private:
    Database &m_database;
};
