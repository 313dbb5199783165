// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlacementQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

/**
 * The list of immersions, read a page at a time with their young person and company joined in the same query, so
 * that data() never goes back to the database. Filtering and sorting read the first page again.
 */
class PlacementListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        YoungPersonColumn,
        TypeColumn,
        CompanyColumn,
        JobColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        PrescriberColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit PlacementListModel(Database *database, QObject *parent = nullptr);

    /// Reads the list again from the first page (after a change, or another database).
    void reload(Database *database);
    void reload() { reload(m_database); }
    void setFilter(const PlacementFilter &filter);
    PlacementFilter filter() const { return m_filter; }
    /// The filter and sort the list shows, for an export of the same immersions.
    PlacementQuery query() const;
    /// How many immersions the filter matches in all, loaded or not.
    qint64 totalCount() const { return m_total; }
    /// The row of an immersion among those already loaded, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// The start column sorts by date, any other column without its own sort too.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        QString id;
        QString youngPerson;
        QString type;
        QString company;
        QString job;
        QDate start;
        QDate end;
        QString status;
        QString prescriber;
    };

    QList<Row> readPage(qsizetype offset) const;
    void countAll();

    Database *m_database = nullptr;
    PlacementFilter m_filter;
    PlacementQuery::Sort m_sort = PlacementQuery::Sort::StartDate;
    bool m_descending = true;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_complete = false;
    bool m_fetching = false;
};
