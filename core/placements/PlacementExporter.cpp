// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementExporter.h"
#include "privacy/AccessControl.h"

#include "PlacementWorkflow.h"
#include "domain/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

PlacementExporter::PlacementExporter(Database &database) : m_database(database) {}

Result<TabularSheet> PlacementExporter::sheet() const
{
    using Type = TabularColumn::Type;
    TabularSheet sheet;
    sheet.name = tr("Immersions");
    sheet.columns = {
        {QStringLiteral("dossier_number"), tr("Dossier no."), Type::Text},
        {QStringLiteral("last_name"), tr("Last name"), Type::Text},
        {QStringLiteral("first_name"), tr("First name"), Type::Text},
        {QStringLiteral("type"), tr("Type"), Type::Text},
        {QStringLiteral("company"), tr("Company"), Type::Text},
        {QStringLiteral("siret"), tr("SIRET"), Type::Text},
        {QStringLiteral("rome_code"), tr("ROME code"), Type::Text},
        {QStringLiteral("job"), tr("Job"), Type::Text},
        {QStringLiteral("objective"), tr("Objective"), Type::Text},
        {QStringLiteral("start_on"), tr("Start"), Type::Date},
        {QStringLiteral("end_on"), tr("End"), Type::Date},
        {QStringLiteral("weekly_hours"), tr("Hours a week"), Type::Number},
        {QStringLiteral("prescriber"), tr("Prescriber"), Type::Text},
        {QStringLiteral("status"), tr("Status"), Type::Text},
    };
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
        "SELECT b.dossier_number, b.last_name, b.first_name, p.type, coalesce(c.name, ''), coalesce(c.siret, ''), "
        "p.rome_code, p.job_label, p.objective, p.start_on, p.end_on, p.schedule, p.prescriber, p.status "
        "FROM placements p JOIN beneficiaries b ON b.id = p.beneficiary_id "
        "LEFT JOIN companies c ON c.id = p.company_id WHERE p.deleted_at IS NULL ORDER BY p.start_on, b.sort_key"));
    if (auto done = Sql::exec(select, tr("reading the immersions to export")); !done)
        return done.error();
    while (select.next()) {
        double hours = 0;
        for (const QString &day : select.value(11).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            hours += day.toDouble();
        const QString objective = select.value(8).toString();
        sheet.rows << QVariantList{
            select.value(0).toString(),
            select.value(1).toString(),
            select.value(2).toString(),
            Vocabulary::label(Vocabulary::List::PlacementType, select.value(3).toString()),
            select.value(4).toString(),
            select.value(5).toString(),
            select.value(6).toString(),
            select.value(7).toString(),
            objective.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::PlacementObjective, objective),
            select.value(9).toDate(),
            select.value(10).toDate(),
            hours,
            select.value(12).toString(),
            PlacementWorkflow::label(select.value(13).toString())};
    }
    return sheet;
}

Result<int> PlacementExporter::write(const QString &path, TabularExport::Format format)
{
    if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ExportWholeBase); !allowed)
        return allowed.error();
    auto built = sheet();
    if (!built)
        return built.error();
    return AuditLog(m_database).writeExport(QStringLiteral("placements"), path, format, *built);
}
