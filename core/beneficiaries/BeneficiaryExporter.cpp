// SPDX-License-Identifier: GPL-3.0-or-later
#include "BeneficiaryExporter.h"
#include "privacy/AccessControl.h"

#include "domain/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

BeneficiaryExporter::BeneficiaryExporter(Database &database) : m_database(database) {}

BeneficiaryFilter BeneficiaryExporter::everything()
{
    BeneficiaryFilter filter;
    filter.status.clear();
    return filter;
}

Result<TabularSheet> BeneficiaryExporter::sheet(const BeneficiaryFilter &filter) const
{
    using Type = TabularColumn::Type;
    TabularSheet sheet;
    sheet.name = tr("Dossiers");
    sheet.columns = {
        {QStringLiteral("dossier_number"), tr("Dossier no."), Type::Text},
        {QStringLiteral("last_name"), tr("Last name"), Type::Text},
        {QStringLiteral("first_name"), tr("First name"), Type::Text},
        {QStringLiteral("usage_name"), tr("Usage name"), Type::Text},
        {QStringLiteral("birth_date"), tr("Birth date"), Type::Date},
        {QStringLiteral("sex"), tr("Sex"), Type::Text},
        {QStringLiteral("ine"), tr("INE"), Type::Text},
        {QStringLiteral("external_id"), tr("External identifier"), Type::Text},
        {QStringLiteral("phone"), tr("Phone"), Type::Text},
        {QStringLiteral("email"), tr("E-mail"), Type::Text},
        {QStringLiteral("address"), tr("Address"), Type::Text},
        {QStringLiteral("postcode"), tr("Postcode"), Type::Text},
        {QStringLiteral("commune"), tr("Town"), Type::Text},
        {QStringLiteral("qpv"), tr("QPV"), Type::Boolean},
        {QStringLiteral("zrr"), tr("ZRR"), Type::Boolean},
        {QStringLiteral("rqth"), tr("RQTH"), Type::Boolean},
        {QStringLiteral("education_level"), tr("Education level"), Type::Text},
        {QStringLiteral("referent"), tr("Adviser"), Type::Text},
        {QStringLiteral("status"), tr("Status"), Type::Text},
        {QStringLiteral("programme"), tr("Running programme"), Type::Text},
        {QStringLiteral("last_contact"), tr("Last contact"), Type::Date},
    };
    const BeneficiaryQuery query(filter);
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT b.dossier_number, b.last_name, b.first_name, b.usage_name, b.birth_date, "
                                  "b.sex, b.ine, b.external_id, b.phone, b.email, b.address, b.postcode, b.commune, "
                                  "b.qpv, b.zrr, b.rqth, b.education_level, b.referent, b.status, "
                                  "b.current_programme, b.last_contact_on FROM beneficiaries b") +
                   query.whereClause() + query.orderClause());
    for (const QVariant &value : query.whereValues())
        select.addBindValue(value);
    if (auto done = Sql::exec(select, tr("reading the dossiers to export")); !done)
        return done.error();
    auto optionalDate = [](const QVariant &value) { return value.isNull() ? QVariant() : QVariant(value.toDate()); };
    while (select.next()) {
        QVariantList row;
        for (int i = 0; i < 4; ++i)
            row << select.value(i).toString();
        row << optionalDate(select.value(4));
        row << (select.value(5).toString() == QLatin1String("unknown") ? QString() : select.value(5).toString());
        for (int i = 6; i < 13; ++i)
            row << select.value(i).toString();
        row << select.value(13).toBool() << select.value(14).toBool() << select.value(15).toBool();
        const QString level = select.value(16).toString();
        row << (level.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::EducationLevel, level));
        row << select.value(17).toString();
        row << Vocabulary::label(Vocabulary::List::BeneficiaryStatus, select.value(18).toString());
        const QString programme = select.value(19).toString();
        row << (programme.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::Programme, programme));
        row << optionalDate(select.value(20));
        sheet.rows << row;
    }
    return sheet;
}

Result<int> BeneficiaryExporter::write(const QString &path, TabularExport::Format format,
                                       const BeneficiaryFilter &filter)
{
    // An adviser may take their own dossiers away; every dossier of the site is for a coordinator.
    if (filter.referent.isEmpty() || filter.referent != m_database.currentUser()) {
        if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ExportWholeBase); !allowed)
            return allowed.error();
    }
    auto built = sheet(filter);
    if (!built)
        return built.error();
    return AuditLog(m_database).writeExport(QStringLiteral("beneficiaries"), path, format, *built);
}
