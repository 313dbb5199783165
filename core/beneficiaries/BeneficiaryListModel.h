// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

/**
 * The list of dossiers, read a page at a time: a base of 100 000 dossiers opens as fast as one of ten, and only the
 * rows the user scrolls to are ever in memory.
 */
class BeneficiaryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AgeColumn, CommuneColumn, ReferentColumn, NumberColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit BeneficiaryListModel(Database *database, QObject *parent = nullptr);

    /// Reads the list again from the first page (after a change, or another database).
    void reload(Database *database);
    /// The row of a dossier among those already loaded, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        QString id;
        QString name;
        QDate birthDate;
        QString commune;
        QString referent;
        QString number;
    };

    QList<Row> readPage(qsizetype offset) const;

    Database *m_database = nullptr;
    QList<Row> m_rows;
    bool m_complete = false;
};
