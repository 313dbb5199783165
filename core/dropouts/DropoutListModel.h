// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutQuery.h"

#include "storage/PagedTableModel.h"

#include <QDate>
#include <QList>

class Database;

/** One line of the case list, as read by one page's query. */
struct DropoutListRow
{
    QString id;
    QString name;
    QDate birthDate;
    QString school;
    QString commune;
    QString status;
    QString adviser;
    QDate lastAttemptOn;
    QDate receivedOn;
};

/**
 * The list of dropout cases, read a page at a time; the age and whether the obligation de formation applies are
 * computed from the birth date read with the page, so data() never goes back to the database.
 */
class DropoutListModel : public PagedTableModel<DropoutListRow>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AgeColumn,
        SchoolColumn,
        CommuneColumn,
        StatusColumn,
        AdviserColumn,
        LastAttemptColumn,
        ReceivedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    /// The status code of the row, for the view to offer the allowed moves.
    static constexpr int StatusRole = Qt::UserRole + 2;

    explicit DropoutListModel(Database *database, QObject *parent = nullptr);

    void reload(Database *database);
    void reload() { reload(database()); }
    void setFilter(const DropoutFilter &filter);
    DropoutFilter filter() const { return m_filter; }
    DropoutQuery query() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qint64 countRows() const override;
    QList<DropoutListRow> readPage(qsizetype offset) const override;

    DropoutFilter m_filter;
    DropoutQuery::Sort m_sort = DropoutQuery::Sort::Name;
    bool m_descending = false;
};
