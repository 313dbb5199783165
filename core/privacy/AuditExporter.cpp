// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditExporter.h"

#include "AccessControl.h"
#include "AuditTrailModel.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

AuditExporter::AuditExporter(Database &database) : m_database(database) {}

Result<TabularSheet> AuditExporter::sheet(const AuditFilter &filter) const
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ViewAudit); !allowed)
        return allowed.error();
    using Column = AuditTrailModel::Column;
    const QList<std::pair<Column, const char *>> columns = {
        {Column::AtColumn, "at"},     {Column::UserColumn, "user"},     {Column::ActionColumn, "action"},
        {Column::KindColumn, "kind"}, {Column::RecordColumn, "record"}, {Column::FieldsColumn, "fields"},
        {Column::SiteColumn, "site"},
    };
    TabularSheet sheet;
    sheet.name = tr("Audit");
    for (const auto &[column, key] : columns)
        sheet.columns << TabularColumn{QString::fromLatin1(key), AuditTrailModel::title(column)};
    // The record's id too: a dossier number can be reused after a deletion, an id never.
    sheet.columns << TabularColumn{QStringLiteral("record_id"), tr("Record identifier")};

    const AuditQuery query(filter);
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    if (auto done = Sql::exec(select, AuditQuery::selectAndFrom() + query.whereClause() + AuditQuery::orderClause(),
                              query.whereValues(), tr("reading the audit trail"));
        !done)
        return done.error();
    while (select.next()) {
        const AuditLine line = AuditQuery::lineFrom(select);
        QVariantList row;
        for (const auto &[column, key] : columns)
            row << AuditTrailModel::text(column, line);
        row << line.entry.recordId;
        sheet.rows << row;
    }
    return sheet;
}

Result<int> AuditExporter::write(const QString &path, TabularExport::Format format, const AuditFilter &filter)
{
    auto built = sheet(filter);
    if (!built)
        return built.error();
    return AuditLog(m_database).writeExport(QStringLiteral("audit_log"), path, format, *built);
}
