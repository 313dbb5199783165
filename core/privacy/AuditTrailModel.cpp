// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailModel.h"

#include "AccessControl.h"
#include "exchange/ExchangeRecordLabels.h"

#include <QLocale>

AuditTrailModel::AuditTrailModel(Database *database, QObject *parent) : PagedTableModel(parent)
{
    const bool allowed =
        database && AccessControl::allows(database->currentRole(), AccessControl::Permission::ViewAudit);
    resetPages(allowed ? database : nullptr);
}

void AuditTrailModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    resetPages(database());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::title(Column column)
{
    switch (column) {
    case AtColumn:
        return tr("When");
    case UserColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case KindColumn:
        return tr("Kind of record");
    case RecordColumn:
        return tr("Record");
    case FieldsColumn:
        return tr("Fields");
    case SiteColumn:
        return tr("Site");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditTrailModel::text(Column column, const AuditLine &row)
{
    const AuditEntry &entry = row.entry;
    switch (column) {
    case AtColumn:
        return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case UserColumn:
        return entry.user;
    case ActionColumn:
        return AuditQuery::actionLabel(entry.action);
    case KindColumn:
        return ExchangeRecordLabels::tableLabel(entry.table);
    case RecordColumn:
        if (!row.dossierNumber.isEmpty())
            return row.dossierNumber;
        // A record's id is a UUID: its beginning tells records apart, the whole one is in the tooltip and export.
        return entry.recordId.size() == 36 && entry.recordId.at(8) == QLatin1Char('-')
                   ? entry.recordId.left(8) + QChar(0x2026)
                   : entry.recordId;
    case FieldsColumn: {
        QStringList labels;
        // A write names its fields; an export or an import names counts or files, kept as they are.
        for (const QString &field : entry.fields) {
            // Keys the program derives for sorting and the duplicate guard say nothing to a reader.
            if (field != QLatin1String("sort_key") && field != QLatin1String("duplicate_key"))
                labels << ExchangeRecordLabels::fieldLabel(field);
        }
        return labels.join(QStringLiteral(", "));
    }
    case SiteColumn:
        return entry.site;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditLine &row = rowAt(index.row());
    if (role == Qt::DisplayRole)
        return text(Column(index.column()), row);
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return row.entry.recordId;
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return title(Column(section));
}

qint64 AuditTrailModel::countRows() const
{
    const AuditQuery query(m_filter);
    return countWhere(AuditQuery::fromClause() + query.whereClause(), query.whereValues());
}

QList<AuditLine> AuditTrailModel::readPage(qsizetype offset) const
{
    QList<AuditLine> rows;
    const AuditQuery query(m_filter);
    QSqlQuery *page = selectPage(AuditQuery::selectAndFrom(), query.whereClause() + AuditQuery::orderClause(),
                                 query.whereValues(), offset);
    if (!page)
        return rows;
    QSqlQuery &select = *page;
    while (select.next())
        rows << AuditQuery::lineFrom(select);
    return rows;
}
