// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PlacementQuery.h"

#include "storage/PagedTableModel.h"

#include <QDate>
#include <QList>

class Database;

/** One line of the list, as read by one page's query. */
struct PlacementListRow
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

/**
 * The list of immersions, read a page at a time with their young person and company joined in the same query, so
 * that data() never goes back to the database. Filtering and sorting read the first page again.
 */
class PlacementListModel : public PagedTableModel<PlacementListRow>
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

    explicit PlacementListModel(Database *database, QObject *parent = nullptr);

    /// Reads the list again from the first page (after a change, or another database).
    void reload(Database *database);
    void reload() { reload(database()); }
    void setFilter(const PlacementFilter &filter);
    PlacementFilter filter() const { return m_filter; }
    /// The filter and sort the list shows, for an export of the same immersions.
    PlacementQuery query() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// The start column sorts by date, any other column without its own sort too.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qint64 countRows() const override;
    QList<PlacementListRow> readPage(qsizetype offset) const override;

    PlacementFilter m_filter;
    PlacementQuery::Sort m_sort = PlacementQuery::Sort::StartDate;
    bool m_descending = true;
};
