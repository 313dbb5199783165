// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutExporter.h"
#include "privacy/AccessControl.h"

#include "CampaignFigures.h"
#include "DropoutWorkflow.h"
#include "ObligationRule.h"
#include "domain/Vocabulary.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

DropoutExporter::DropoutExporter(Database &database) : m_database(database) {}

Result<TabularSheet> DropoutExporter::casesSheet() const
{
    using Type = TabularColumn::Type;
    TabularSheet sheet;
    sheet.name = tr("Dropout cases");
    sheet.columns = {
        {QStringLiteral("campaign"), tr("Campaign"), Type::Text},
        {QStringLiteral("ine"), tr("INE"), Type::Text},
        {QStringLiteral("last_name"), tr("Last name"), Type::Text},
        {QStringLiteral("first_name"), tr("First name"), Type::Text},
        {QStringLiteral("birth_date"), tr("Birth date"), Type::Date},
        {QStringLiteral("obligation_ends_on"), tr("Obligation ends on"), Type::Date},
        {QStringLiteral("commune"), tr("Town"), Type::Text},
        {QStringLiteral("school"), tr("School"), Type::Text},
        {QStringLiteral("uai"), tr("UAI"), Type::Text},
        {QStringLiteral("training"), tr("Training"), Type::Text},
        {QStringLiteral("left_on"), tr("Date left"), Type::Date},
        {QStringLiteral("received_on"), tr("Received"), Type::Date},
        {QStringLiteral("status"), tr("Status"), Type::Text},
        {QStringLiteral("solution"), tr("Solution"), Type::Text},
        {QStringLiteral("closure"), tr("Closure"), Type::Text},
        {QStringLiteral("solution_on"), tr("Solution on"), Type::Date},
        {QStringLiteral("attempts"), tr("Contact attempts"), Type::Integer},
        {QStringLiteral("last_attempt_on"), tr("Last attempt"), Type::Date},
        {QStringLiteral("adviser"), tr("Adviser"), Type::Text},
        {QStringLiteral("dossier_number"), tr("Dossier no."), Type::Text},
    };
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral(
        "SELECT coalesce(c.name, ''), d.ine, d.last_name, d.first_name, d.birth_date, d.commune, d.school, d.uai, "
        "d.training, d.left_on, d.received_on, d.status, d.solution_kind, d.closure_kind, d.solution_on, "
        "(SELECT count(*) FROM dropout_attempts a WHERE a.case_id = d.id AND a.deleted_at IS NULL), "
        "d.last_attempt_on, d.adviser, coalesce(b.dossier_number, '') "
        "FROM dropout_cases d LEFT JOIN dropout_campaigns c ON c.id = d.campaign_id "
        "LEFT JOIN beneficiaries b ON b.id = d.beneficiary_id AND b.deleted_at IS NULL "
        "WHERE d.deleted_at IS NULL ORDER BY d.received_on, d.sort_key, d.id"));
    if (auto done = Sql::exec(select, tr("reading the dropout cases to export")); !done)
        return done.error();
    auto date = [&select](int column) { return QDate::fromString(select.value(column).toString(), Qt::ISODate); };
    while (select.next()) {
        const QDate born = date(4);
        const QString solution = select.value(12).toString();
        const QString closure = select.value(13).toString();
        sheet.rows << QVariantList{
            select.value(0).toString(),
            select.value(1).toString(),
            select.value(2).toString(),
            select.value(3).toString(),
            born,
            ObligationRule::endsOn(born),
            select.value(5).toString(),
            select.value(6).toString(),
            select.value(7).toString(),
            select.value(8).toString(),
            date(9),
            date(10),
            DropoutWorkflow::label(select.value(11).toString()),
            solution.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::DropoutSolution, solution),
            closure.isEmpty() ? QString() : Vocabulary::label(Vocabulary::List::DropoutClosure, closure),
            date(14),
            select.value(15).toInt(),
            date(16),
            select.value(17).toString(),
            select.value(18).toString()};
    }
    return sheet;
}

Result<TabularSheet> DropoutExporter::figuresSheet() const
{
    auto figures = CampaignFigures(m_database).all();
    if (!figures)
        return figures.error();
    return CampaignFigures::sheet(*figures);
}

Result<int> DropoutExporter::write(const QString &path, TabularExport::Format format, Content content)
{
    // The figures of the campaigns hold no one's name; the cases do.
    if (content == Content::Cases) {
        if (auto allowed = AccessControl::require(m_database, AccessControl::Permission::ExportWholeBase); !allowed)
            return allowed.error();
    }
    auto built = content == Content::Cases ? casesSheet() : figuresSheet();
    if (!built)
        return built.error();
    return AuditLog(m_database)
        .writeExport(content == Content::Cases ? QStringLiteral("dropout_cases") : QStringLiteral("dropout_campaigns"),
                     path, format, *built);
}
