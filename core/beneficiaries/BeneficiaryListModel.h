// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BeneficiaryQuery.h"

#include "storage/PagedTableModel.h"

#include <QList>
#include <QVariant>

class Database;

/**
 * One line of the list, as read by one page's query and already in the words shown: a view asks for each cell
 * many times while it paints, and a page is read once.
 */
struct BeneficiaryListRow
{
    QString id;
    QString name;
    QVariant age; ///< Whole years today; null when the birth date is unknown.
    QString programme;
    QString referent;
    QString lastContact; ///< Empty before the first contact.
    QString nextAppointment;
    QString commune;
    QString number;
};

/**
 * The list of dossiers, read a page at a time: a base of 100 000 dossiers opens as fast as one of ten, and only the
 * rows the user scrolls to are ever in memory. Filtering and sorting read the first page again.
 */
class BeneficiaryListModel : public PagedTableModel<BeneficiaryListRow>
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

    explicit BeneficiaryListModel(Database *database, QObject *parent = nullptr);

    /// Reads the list again from the first page (after a change, or another database).
    void reload(Database *database);
    void reload() { reload(database()); }
    void setFilter(const BeneficiaryFilter &filter);
    BeneficiaryFilter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    qint64 countRows() const override;
    QList<BeneficiaryListRow> readPage(qsizetype offset) const override;
    BeneficiaryQuery query() const;

    BeneficiaryFilter m_filter;
    BeneficiaryQuery::Sort m_sort = BeneficiaryQuery::Sort::Name;
    bool m_descending = false;
};
