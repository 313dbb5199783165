// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDirectoryModel.h"

#include <QLocale>

CompanyDirectoryModel::CompanyDirectoryModel(Database *database, QObject *parent) : QAbstractTableModel(parent)
{
    reload(database);
}

void CompanyDirectoryModel::reload(Database *database)
{
    beginResetModel();
    m_database = database;
    m_rows.clear();
    if (m_database) {
        // A failed read shows an empty directory rather than stale rows; the page reports errors it can act on.
        auto rows = CompanyDirectory(*m_database).list(m_filter);
        if (rows)
            m_rows = std::move(rows).value();
    }
    endResetModel();
}

void CompanyDirectoryModel::setFilter(const CompanyDirectoryFilter &filter)
{
    m_filter = filter;
    reload();
}

int CompanyDirectoryModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

QString CompanyDirectoryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CompanyDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompanyDirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CompanyDirectoryRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole && index.column() == ImmersionsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case CommuneColumn:
        return row.commune;
    case SiretColumn:
        return row.siret;
    case DomainsColumn:
        return row.romeDomains.join(QStringLiteral(", "));
    case ImmersionsColumn:
        return row.immersions;
    case LastImmersionColumn:
        return row.lastImmersion.isValid() ? QLocale().toString(row.lastImmersion, QLocale::ShortFormat) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CompanyDirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Company");
    case CommuneColumn:
        return tr("Commune");
    case SiretColumn:
        return tr("SIRET");
    case DomainsColumn:
        return tr("ROME domains");
    case ImmersionsColumn:
        return tr("Immersions");
    case LastImmersionColumn:
        return tr("Last immersion");
    case ColumnCount:
        break;
    }
    return {};
}
