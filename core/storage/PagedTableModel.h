// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

/**
 * What every list of Sillage shares: rows read from the database a page at a time, as the view scrolls, so that a
 * table of 100 000 records opens as fast as one of ten and only the rows seen are in memory. A list supplies how to
 * count its rows and how to read one page (sorted and filtered by SQL); this class does the fetching, the resets
 * and the guards that keep views and model testers from inserting rows while a change is being announced.
 * Row needs a QString id.
 */
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    /// How many rows the list's filter matches in all, loaded or not.
    qint64 totalCount() const { return m_total; }

    /// The row of a record among those already loaded, or -1.
    int rowOf(const QString &id) const
    {
        for (qsizetype row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return int(row);
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_complete && !m_fetching;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        // Views and model testers may ask for more while rows are being inserted: one page at a time.
        if (parent.isValid() || m_complete || m_fetching)
            return;
        m_fetching = true;
        const QList<Row> page = readPage(m_rows.size());
        m_complete = page.size() < PageSize;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows += page;
            endInsertRows();
        }
        m_fetching = false;
    }

protected:
    Database *database() const { return m_database; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    /// Forgets the loaded rows and counts again, on this database (nullptr: an empty list).
    void resetPages(Database *database)
    {
        beginResetModel();
        m_database = database;
        m_rows.clear();
        m_complete = m_database == nullptr;
        m_total = m_database ? countRows() : 0;
        // Whoever listens to the reset (a view, a model tester) must not insert rows while it is being announced;
        // they ask for the first page once it is over.
        m_fetching = true;
        endResetModel();
        m_fetching = false;
    }

    /// How many rows "FROM … WHERE …" selects, values bound in order; 0 when it cannot be read.
    qint64 countWhere(const QString &fromAndWhere, const QVariantList &values) const
    {
        QSqlQuery count(m_database->connection());
        count.prepare(QStringLiteral("SELECT count(*)") + fromAndWhere);
        for (const QVariant &value : values)
            count.addBindValue(value);
        return count.exec() && count.next() ? count.value(0).toLongLong() : 0;
    }

    /// Runs "SELECT … FROM …" + " WHERE … ORDER BY …" for the page that starts at offset; false when it fails.
    bool selectPage(QSqlQuery &query, const QString &selectAndFrom, const QString &whereAndOrder,
                    const QVariantList &values, qsizetype offset) const
    {
        query.prepare(selectAndFrom + whereAndOrder + QStringLiteral(" LIMIT ? OFFSET ?"));
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(PageSize);
        query.addBindValue(offset);
        return query.exec();
    }

    /// The number of rows the current filter matches.
    virtual qint64 countRows() const = 0;
    /// At most PageSize rows from offset, in the current order.
    virtual QList<Row> readPage(qsizetype offset) const = 0;

private:
    Database *m_database = nullptr;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_complete = true;
    bool m_fetching = false;
};
