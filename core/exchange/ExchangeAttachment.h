// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class Database;

/**
 * The decrypted exchange file attached to the database's own connection as the schema `incoming`, for as long as
 * this object lives, so that its records can be compared and copied by SQL statements (ExchangeNewRecords).
 *
 * SQLite attaches only outside a transaction: within one (an import nested in a larger change), isAttached() is
 * false and the importer takes every record one by one, as it always could.
 */
class ExchangeAttachment
{
public:
    static constexpr auto schema = "incoming";

    ExchangeAttachment(Database &database, const QString &path);
    ~ExchangeAttachment();
    ExchangeAttachment(const ExchangeAttachment &) = delete;
    ExchangeAttachment &operator=(const ExchangeAttachment &) = delete;

    bool isAttached() const { return m_attached; }

    struct Rowids
    {
        qint64 first = 0;
        qint64 last = 0;
        qint64 count = 0;
    };
    /// The rowids of the file's table, to read it in slices; none when the file does not hold it as an ordinary
    /// table with rowids, or the file is not attached.
    std::optional<Rowids> rowids(const QString &table) const;
    /// Indexes the ids of the file's tables, for a preview that looks up parents in the file; false on failure
    /// (the preview is then slower, not wrong).
    bool indexIds(const QStringList &tables);

private:
    Database &m_database;
    bool m_attached = false;
};
