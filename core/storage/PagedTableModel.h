// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>

/**
 * What every list of Sillage shares: the rows of a table of 100 000 records, read from the database a page at a
 * time, only where the view looks. The list has all its rows from the start (the scroll bar is true, the end is
 * one drag away), but only the last pages read stay in memory, so that scrolling a whole table costs what one
 * screen costs. A list supplies how to count its rows and how to read one page (sorted and filtered by SQL); this
 * class keeps the pages, the count and the resets. Row needs a QString id and a default constructor.
 */
template <typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    /// Two screens of a tall window: what a reset reads at once.
    static constexpr int PageSize = 100;
    /// Pages kept in memory: a tall screen scrolled back and forth, not the whole table.
    static constexpr int KeptPages = 24;
    /// Counts kept for the questions asked last (filters switched back and forth), while the data stays as it is.
    static constexpr int KeptCounts = 16;

    using QAbstractTableModel::QAbstractTableModel;

    /// How many rows the list's filter matches in all.
    qint64 totalCount() const { return m_total; }

    /// The row of a record among the pages in memory (those around what the view showed last), or -1.
    int rowOf(const QString &id) const
    {
        for (const Page &page : m_pages) {
            for (qsizetype i = 0; i < page.rows.size(); ++i) {
                if (page.rows.at(i).id == id)
                    return int(page.index * PageSize + i);
            }
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_total); }

protected:
    Database *database() const { return m_database; }

    /// The row, read with its page when that page is not in memory. A row that vanished since the count (another
    /// program deleted records) reads as an empty Row until the next reset.
    const Row &rowAt(int row) const
    {
        static const Row vanished;
        const QList<Row> &rows = page(row / PageSize);
        const qsizetype at = row % PageSize;
        return at < rows.size() ? rows.at(at) : vanished;
    }

    /// Forgets the pages and counts again, on this database (nullptr: an empty list). The pages that were in
    /// memory are read again when still within the list, so that the rows around the view (the open record, the
    /// selection) are found at once by rowOf().
    void resetPages(Database *database)
    {
        QList<qsizetype> recent;
        if (database == m_database) {
            for (const Page &page : std::as_const(m_pages))
                recent << page.index;
        }
        beginResetModel();
        if (database != m_database)
            m_counts.clear();
        m_database = database;
        m_pages.clear();
        m_total = m_database ? countRows() : 0;
        endResetModel();
        if (recent.isEmpty() && m_total > 0)
            recent << 0;
        for (qsizetype index : std::as_const(recent)) {
            if (index * PageSize < m_total && m_pages.size() < 4)
                page(index);
        }
    }

    /// How many rows "FROM … WHERE …" selects, values bound in order; 0 when it cannot be read. Counting 100 000
    /// rows takes milliseconds, so the count is kept while neither the question nor the data change: sorting
    /// the list again does not count it again.
    qint64 countWhere(const QString &fromAndWhere, const QVariantList &values) const
    {
        QString key = fromAndWhere;
        for (const QVariant &value : values)
            key += QLatin1Char('\x1f') + value.toString();
        const QString stamp = changeStamp();
        if (stamp.isEmpty() || stamp != m_countStamp) {
            m_counts.clear();
            m_countStamp = stamp;
        }
        if (const auto known = m_counts.constFind(key); known != m_counts.constEnd())
            return *known;
        QSqlQuery count(m_database->connection());
        count.setForwardOnly(true);
        count.prepare(QStringLiteral("SELECT count(*)") + fromAndWhere);
        for (const QVariant &value : values)
            count.addBindValue(value);
        if (!count.exec() || !count.next())
            return 0;
        const qint64 counted = count.value(0).toLongLong();
        if (!stamp.isEmpty()) {
            if (m_counts.size() >= KeptCounts)
                m_counts.clear();
            m_counts.insert(key, counted);
        }
        return counted;
    }

    /// Runs "SELECT … FROM …" + " WHERE … ORDER BY …" for the page that starts at offset, as a statement prepared
    /// once per connection; nullptr when it fails. Read its rows before the next page is asked for.
    QSqlQuery *selectPage(const QString &selectAndFrom, const QString &whereAndOrder, const QVariantList &values,
                          qsizetype offset) const
    {
        QSqlQuery &query = m_database->prepared(selectAndFrom + whereAndOrder + QStringLiteral(" LIMIT ? OFFSET ?"));
        // Forward only: the rows are copied once into the page, not cached a second time by Qt.
        query.setForwardOnly(true);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(PageSize);
        query.addBindValue(offset);
        return query.exec() ? &query : nullptr;
    }

    /// The number of rows the current filter matches.
    virtual qint64 countRows() const = 0;
    /// At most PageSize rows from offset, in the current order.
    virtual QList<Row> readPage(qsizetype offset) const = 0;

private:
    struct Page
    {
        qsizetype index = 0;
        QList<Row> rows;
    };

    /// The rows of a page, read if needed; the page becomes the most recent one, the oldest beyond KeptPages goes.
    const QList<Row> &page(qsizetype index) const
    {
        for (qsizetype i = 0; i < m_pages.size(); ++i) {
            if (m_pages.at(i).index == index) {
                if (i > 0)
                    m_pages.move(i, 0);
                return m_pages.constFirst().rows;
            }
        }
        Page read{index, m_database ? readPage(index * PageSize) : QList<Row>()};
        m_pages.prepend(std::move(read));
        if (m_pages.size() > KeptPages)
            m_pages.removeLast();
        return m_pages.constFirst().rows;
    }

    /// Changes with every write of this connection and every commit of another one.
    QString changeStamp() const
    {
        QSqlQuery &changes = m_database->prepared(QStringLiteral("SELECT total_changes()"));
        if (!changes.exec() || !changes.next())
            return {};
        const QString ours = changes.value(0).toString();
        changes.finish();
        QSqlQuery &version = m_database->prepared(QStringLiteral("PRAGMA data_version"));
        if (!version.exec() || !version.next())
            return {};
        const QString theirs = version.value(0).toString();
        version.finish();
        return ours + QLatin1Char('/') + theirs + QLatin1Char('/') + QString::number(quintptr(m_database));
    }

    Database *m_database = nullptr;
    mutable QList<Page> m_pages;
    qint64 m_total = 0;
    mutable QHash<QString, qint64> m_counts;
    mutable QString m_countStamp;
};
