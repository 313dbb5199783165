// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeneficiaryQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>

class Database;

/**
 * The list of dossiers, read a page at a time: a base of 100 000 dossiers opens as fast as one of ten, and only the
 * rows the user scrolls to are ever in memory. Filtering and sorting read the first page again.
 */
class BeneficiaryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        AgeColumn,
        ProgrammeColumn,
        ReferentColumn,
        LastContactColumn,
        NextAppointmentColumn,
        CommuneColumn,
        NumberColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit BeneficiaryListModel(Database *database, QObject *parent = nullptr);

    /// Reads the list again from the first page (after a change, or another database).
    void reload(Database *database);
    void reload() { reload(m_database); }
    void setFilter(const BeneficiaryFilter &filter);
    BeneficiaryFilter filter() const { return m_filter; }
    /// How many dossiers the filter matches in all, loaded or not.
    qint64 totalCount() const { return m_total; }
    /// The row of a dossier among those already loaded, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        QString id;
        QString name;
        QDate birthDate;
        QString programme;
        QString referent;
        QDate lastContact;
        QDateTime nextAppointment;
        QString commune;
        QString number;
    };

    QList<Row> readPage(qsizetype offset) const;
    BeneficiaryQuery query() const;
    void countAll();

    Database *m_database = nullptr;
    BeneficiaryFilter m_filter;
    BeneficiaryQuery::Sort m_sort = BeneficiaryQuery::Sort::Name;
    bool m_descending = false;
    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_complete = false;
    bool m_fetching = false;
};
