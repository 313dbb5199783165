// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutListModel.h"

#include "DropoutWorkflow.h"
#include "ObligationRule.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

DropoutListModel::DropoutListModel(Database *database, QObject *parent) : PagedTableModel(parent)
{
    reload(database);
}

DropoutQuery DropoutListModel::query() const
{
    return DropoutQuery(m_filter, m_sort, m_descending);
}

void DropoutListModel::reload(Database *database)
{
    resetPages(database);
}

void DropoutListModel::setFilter(const DropoutFilter &filter)
{
    m_filter = filter;
    reload();
}

void DropoutListModel::sort(int column, Qt::SortOrder order)
{
    switch (Column(column)) {
    case StatusColumn:
        m_sort = DropoutQuery::Sort::Status;
        break;
    case AdviserColumn:
        m_sort = DropoutQuery::Sort::Adviser;
        break;
    case LastAttemptColumn:
        m_sort = DropoutQuery::Sort::LastAttempt;
        break;
    case ReceivedColumn:
        m_sort = DropoutQuery::Sort::ReceivedOn;
        break;
    default:
        m_sort = DropoutQuery::Sort::Name;
    }
    m_descending = order == Qt::DescendingOrder;
    reload();
}

qint64 DropoutListModel::countRows() const
{
    const DropoutQuery q = query();
    return countWhere(DropoutQuery::fromClause() + q.whereClause(), q.whereValues());
}

int DropoutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DropoutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DropoutListRow &row = rowAt(index.row());
    if (role == IdRole)
        return row.id;
    if (role == StatusRole)
        return row.status;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto shortDate = [&locale](const QDate &date) {
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    };
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case AgeColumn: {
        const int age = ObligationRule::ageOn(row.birthDate, QDate::currentDate());
        return age < 0 ? QVariant() : QVariant(age);
    }
    case SchoolColumn:
        return row.school;
    case CommuneColumn:
        return row.commune;
    case StatusColumn:
        return DropoutWorkflow::label(row.status);
    case AdviserColumn:
        return row.adviser;
    case LastAttemptColumn:
        return shortDate(row.lastAttemptOn);
    case ReceivedColumn:
        return shortDate(row.receivedOn);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DropoutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Young person");
    case AgeColumn:
        return tr("Age");
    case SchoolColumn:
        return tr("School");
    case CommuneColumn:
        return tr("Town");
    case StatusColumn:
        return tr("Status");
    case AdviserColumn:
        return tr("Adviser");
    case LastAttemptColumn:
        return tr("Last attempt");
    case ReceivedColumn:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return {};
}

QList<DropoutListRow> DropoutListModel::readPage(qsizetype offset) const
{
    QList<DropoutListRow> rows;
    const DropoutQuery q = query();
    QSqlQuery *page =
        selectPage(QStringLiteral("SELECT d.id, d.last_name, d.first_name, d.birth_date, d.school, d.commune, "
                                  "d.status, d.adviser, d.last_attempt_on, d.received_on") +
                       DropoutQuery::fromClause(),
                   q.whereClause() + q.orderClause(), q.whereValues(), offset);
    if (!page)
        return rows;
    QSqlQuery &select = *page;
    auto date = [&select](int column) { return QDate::fromString(select.value(column).toString(), Qt::ISODate); };
    while (select.next()) {
        DropoutListRow row;
        row.id = select.value(0).toString();
        row.name = select.value(1).toString().toUpper() + QLatin1Char(' ') + select.value(2).toString();
        row.birthDate = date(3);
        row.school = select.value(4).toString();
        row.commune = select.value(5).toString();
        row.status = select.value(6).toString();
        row.adviser = select.value(7).toString();
        row.lastAttemptOn = date(8);
        row.receivedOn = date(9);
        rows << row;
    }
    return rows;
}
