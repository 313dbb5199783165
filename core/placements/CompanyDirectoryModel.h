// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompanyDirectory.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

/**
 * The directory of host companies as a table, read whole through CompanyDirectory: a directory holds a few thousand
 * companies at most, so it needs no paging, and every row is there for the view to sort and scroll.
 */
class CompanyDirectoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CommuneColumn,
        SiretColumn,
        DomainsColumn,
        ImmersionsColumn,
        LastImmersionColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CompanyDirectoryModel(Database *database, QObject *parent = nullptr);

    /// Reads the directory again with the current filter (after a change, or on another database).
    void reload(Database *database);
    void reload() { reload(m_database); }
    void setFilter(const CompanyDirectoryFilter &filter);
    CompanyDirectoryFilter filter() const { return m_filter; }

    /// The row of a company, or -1 when the filter hides it.
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database *m_database = nullptr;
    CompanyDirectoryFilter m_filter;
    QList<CompanyDirectoryRow> m_rows;
};
