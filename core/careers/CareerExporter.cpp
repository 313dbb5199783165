// SPDX-License-Identifier: GPL-3.0-or-later
#include "CareerExporter.h"

#include "CareerSheetRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

CareerExporter::CareerExporter(Database &database) : m_database(database) {}

Result<TabularSheet> CareerExporter::sheet() const
{
    using Type = TabularColumn::Type;
    TabularSheet sheet;
    sheet.name = tr("Career sheets");
    sheet.columns = {
        {QStringLiteral("id"), tr("Identifier"), Type::Text},
        {QStringLiteral("rome_code"), tr("ROME code"), Type::Text},
        {QStringLiteral("label"), tr("Title"), Type::Text},
        {QStringLiteral("grand_domain"), tr("Grand domaine"), Type::Text},
        {QStringLiteral("domain"), tr("Domaine professionnel"), Type::Text},
        {QStringLiteral("definition"), tr("Definition"), Type::Text},
        {QStringLiteral("access"), tr("Access to the job"), Type::Text},
        {QStringLiteral("appellations"), tr("Job titles"), Type::Text},
        {QStringLiteral("know_how"), tr("Know-how"), Type::Text},
        {QStringLiteral("soft_skills"), tr("Soft skills"), Type::Text},
        {QStringLiteral("knowledge"), tr("Knowledge"), Type::Text},
        {QStringLiteral("work_contexts"), tr("Work contexts"), Type::Text},
    };
    auto sheets = CareerSheetRepository(m_database).localSheets();
    if (!sheets)
        return sheets.error();
    const QString separator = QStringLiteral("; ");
    for (const CareerSheet &s : std::as_const(*sheets)) {
        sheet.rows << QVariantList{s.key,
                                   s.code,
                                   s.label,
                                   s.grandDomain,
                                   s.domain,
                                   s.definition,
                                   s.access,
                                   s.appellations.join(separator),
                                   s.knowHow.join(separator),
                                   s.softSkills.join(separator),
                                   s.knowledge.join(separator),
                                   s.workContexts.join(separator)};
    }
    return sheet;
}

Result<int> CareerExporter::write(const QString &path, TabularExport::Format format)
{
    auto built = sheet();
    if (!built)
        return built.error();
    return AuditLog(m_database).writeExport(QStringLiteral("local_sheets"), path, format, *built);
}
