// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryListModel.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace {
constexpr int pageSize = 200;

int ageOn(const QDate &birthDate, const QDate &day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}
} // namespace

BeneficiaryListModel::BeneficiaryListModel(Database *database, QObject *parent) : QAbstractTableModel(parent)
{
    reload(database);
}

void BeneficiaryListModel::reload(Database *database)
{
    beginResetModel();
    m_database = database;
    m_rows.clear();
    m_complete = m_database == nullptr;
    endResetModel();
}

int BeneficiaryListModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

int BeneficiaryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BeneficiaryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case AgeColumn:
        return row.birthDate.isValid() ? QVariant(ageOn(row.birthDate, QDate::currentDate())) : QVariant();
    case CommuneColumn:
        return row.commune;
    case ReferentColumn:
        return row.referent;
    case NumberColumn:
        return row.number;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BeneficiaryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case CommuneColumn:
        return tr("Town");
    case ReferentColumn:
        return tr("Adviser");
    case NumberColumn:
        return tr("Dossier no.");
    case ColumnCount:
        break;
    }
    return {};
}

bool BeneficiaryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void BeneficiaryListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    const QList<Row> page = readPage(m_rows.size());
    m_complete = page.size() < pageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QList<BeneficiaryListModel::Row> BeneficiaryListModel::readPage(qsizetype offset) const
{
    QList<Row> rows;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT id, last_name, first_name, birth_date, commune, referent, dossier_number "
                                 "FROM beneficiaries WHERE deleted_at IS NULL "
                                 "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ? OFFSET ?"));
    query.addBindValue(pageSize);
    query.addBindValue(offset);
    if (!query.exec())
        return rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString().toUpper() + QLatin1Char(' ') + query.value(2).toString();
        row.birthDate = query.value(3).toDate();
        row.commune = query.value(4).toString();
        row.referent = query.value(5).toString();
        row.number = query.value(6).toString();
        rows << row;
    }
    return rows;
}
