// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementListModel.h"

#include "PlacementWorkflow.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

PlacementListModel::PlacementListModel(Database *database, QObject *parent) : PagedTableModel(parent)
{
    reload(database);
}

PlacementQuery PlacementListModel::query() const
{
    return PlacementQuery(m_filter, m_sort, m_descending);
}

void PlacementListModel::reload(Database *database)
{
    resetPages(database);
}

void PlacementListModel::setFilter(const PlacementFilter &filter)
{
    m_filter = filter;
    reload();
}

void PlacementListModel::sort(int column, Qt::SortOrder order)
{
    switch (Column(column)) {
    case YoungPersonColumn:
        m_sort = PlacementQuery::Sort::YoungPerson;
        break;
    case CompanyColumn:
        m_sort = PlacementQuery::Sort::Company;
        break;
    case StatusColumn:
        m_sort = PlacementQuery::Sort::Status;
        break;
    default:
        m_sort = PlacementQuery::Sort::StartDate;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

qint64 PlacementListModel::countRows() const
{
    const PlacementQuery q = query();
    return countWhere(PlacementQuery::fromClause() + q.whereClause(), q.whereValues());
}

int PlacementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlacementListRow &row = rowAt(index.row());
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case YoungPersonColumn:
        return row.youngPerson;
    case TypeColumn:
        return Vocabulary::label(Vocabulary::List::PlacementType, row.type);
    case CompanyColumn:
        return row.company;
    case JobColumn:
        return row.job;
    case StartColumn:
        return row.start.isValid() ? locale.toString(row.start, QLocale::ShortFormat) : QString();
    case EndColumn:
        return row.end.isValid() ? locale.toString(row.end, QLocale::ShortFormat) : QString();
    case StatusColumn:
        return PlacementWorkflow::label(row.status);
    case PrescriberColumn:
        return row.prescriber;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case YoungPersonColumn:
        return tr("Young person");
    case TypeColumn:
        return tr("Type");
    case CompanyColumn:
        return tr("Company");
    case JobColumn:
        return tr("Job");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    case PrescriberColumn:
        return tr("Prescriber");
    case ColumnCount:
        break;
    }
    return {};
}

QList<PlacementListRow> PlacementListModel::readPage(qsizetype offset) const
{
    QList<PlacementListRow> rows;
    const PlacementQuery q = query();
    QSqlQuery *page =
        selectPage(QStringLiteral("SELECT p.id, b.last_name, b.first_name, p.type, c.name, p.job_label, p.rome_code, "
                                  "p.start_on, p.end_on, p.status, p.prescriber") +
                       PlacementQuery::fromClause(),
                   q.whereClause() + q.orderClause(), q.whereValues(), offset);
    if (!page)
        return rows;
    QSqlQuery &select = *page;
    while (select.next()) {
        PlacementListRow row;
        row.id = select.value(0).toString();
        row.youngPerson = select.value(1).toString().toUpper() + QLatin1Char(' ') + select.value(2).toString();
        row.type = select.value(3).toString();
        row.company = select.value(4).toString();
        // A job without a label yet shows its ROME code rather than nothing.
        row.job = select.value(5).toString();
        if (row.job.isEmpty())
            row.job = select.value(6).toString();
        row.start = QDate::fromString(select.value(7).toString(), Qt::ISODate);
        row.end = QDate::fromString(select.value(8).toString(), Qt::ISODate);
        row.status = select.value(9).toString();
        row.prescriber = select.value(10).toString();
        rows << row;
    }
    return rows;
}
