// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyImporter.h"

#include "CompanyRepository.h"
#include "SiretValidator.h"
#include "io/ImportProblems.h"
#include "io/ColumnMatcher.h"
#include "io/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

// A spreadsheet opened later would run such a cell as a formula (CSV injection): refused rather than stored.
bool looksLikeFormula(const QString &text)
{
    return text.startsWith(QLatin1Char('=')) || text.startsWith(QLatin1Char('@'));
}

const QStringList fieldKeys = {
    QStringLiteral("name"),         QStringLiteral("siret"),         QStringLiteral("naf_code"),
    QStringLiteral("address"),      QStringLiteral("postcode"),      QStringLiteral("commune"),
    QStringLiteral("contact_name"), QStringLiteral("contact_phone"), QStringLiteral("contact_email"),
    QStringLiteral("rome_domains"), QStringLiteral("activity")};

} // namespace

int CompanyImportPlan::count(CompanyImportRow::Outcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const CompanyImportRow &row) { return row.outcome == outcome; }));
}

bool CompanyImportPlan::canRun() const
{
    return mapping.isUsable() && problems.isEmpty();
}

CompanyImporter::CompanyImporter(Database &database) : m_database(database) {}

QList<FieldSpec> CompanyImporter::fields()
{
    // Titles seen in lists of partner companies, chamber of commerce extracts and home-made spreadsheets.
    return {
        {QStringLiteral("name"), tr("Company name"),
         words("raison sociale|nom|entreprise|nom entreprise|nom de l'entreprise|denomination"), true},
        {QStringLiteral("siret"), tr("SIRET"), words("siret|numero siret|n siret"), false},
        {QStringLiteral("naf_code"), tr("NAF code"), words("naf|code naf|ape|code ape"), false},
        {QStringLiteral("address"), tr("Address"), words("adresse|adresse postale|rue"), false},
        {QStringLiteral("postcode"), tr("Postcode"), words("code postal|cp"), false},
        {QStringLiteral("commune"), tr("Town"), words("commune|ville|localite"), false},
        {QStringLiteral("contact_name"), tr("Contact"), words("contact|nom du contact|interlocuteur"), false},
        {QStringLiteral("contact_phone"), tr("Phone"), words("telephone|tel|portable"), false},
        {QStringLiteral("contact_email"), tr("E-mail"), words("courriel|email|e-mail|mail|adresse mail"), false},
        {QStringLiteral("rome_domains"), tr("ROME domains"),
         words("domaines rome|domaine rome|domaines|domaine|domaines professionnels"), false},
        {QStringLiteral("activity"), tr("Activity"), words("activite|secteur|description"), false},
    };
}

Result<CompanyImportPlan> CompanyImporter::plan(const QString &path, const QMap<int, QString> &columnOverrides) const
{
    auto data = CsvReader::readFile(path);
    if (!data)
        return data.error();
    return plan(std::move(data).value(), columnOverrides);
}

CompanyImportPlan CompanyImporter::plan(TabularData data, const QMap<int, QString> &columnOverrides) const
{
    CompanyImportPlan plan;
    const ColumnMatcher matcher(fields());
    plan.mapping = matcher.match(data.header, columnOverrides);
    plan.problems = matcher.fileProblems(plan.mapping, data);
    if (plan.mapping.isUsable()) {
        QHash<QString, int> firstLineOfCompany;
        const CompanyRepository directory(m_database);
        for (const TabularRow &row : std::as_const(data.rows)) {
            CompanyImportRow imported = readRow(row, plan.mapping);
            if (imported.problems.isEmpty()) {
                findDuplicate(imported, directory, firstLineOfCompany);
            } else {
                imported.outcome = CompanyImportRow::Outcome::Rejected;
                plan.problems += imported.problems;
            }
            plan.rows << imported;
        }
    }
    plan.data = std::move(data);
    return plan;
}

void CompanyImporter::findDuplicate(CompanyImportRow &imported, const CompanyRepository &directory,
                                    QHash<QString, int> &firstLineOfCompany) const
{
    const Company &c = imported.company;
    // Without a SIRET (an association being registered), the name and postcode are the best identity there is.
    const QString key = c.siret.isEmpty()
                            ? QStringLiteral("name:%1|%2").arg(CompanyRepository::sortKey(c.name), c.postcode)
                            : QStringLiteral("siret:%1").arg(c.siret);
    auto existing = c.siret.isEmpty() ? directory.findByName(c.name, c.postcode) : directory.findBySiret(c.siret);
    if (existing && existing->has_value()) {
        const Company &found = existing->value();
        imported.outcome = CompanyImportRow::Outcome::DuplicateOfCompany;
        imported.duplicateOf =
            found.siret.isEmpty() ? found.name : QStringLiteral("%1 (%2)").arg(found.name, found.siret);
    } else if (firstLineOfCompany.contains(key)) {
        imported.outcome = CompanyImportRow::Outcome::DuplicateInFile;
        imported.duplicateOf = tr("line %1").arg(firstLineOfCompany.value(key));
    } else {
        firstLineOfCompany.insert(key, imported.line);
    }
}

CompanyImportRow CompanyImporter::readRow(const TabularRow &row, const ColumnMapping &mapping) const
{
    CompanyImportRow imported;
    imported.line = row.line;
    QHash<QString, QString> values;
    for (const QString &key : fieldKeys)
        values.insert(key, mapping.value(row.cells, key).trimmed());
    auto problem = [&](const QString &key, const QString &message) {
        const int column = mapping.columnOf(key);
        imported.problems << ImportProblems::inCell(row.line, column, message);
    };
    Company &c = imported.company;
    c.name = values.value(QStringLiteral("name"));
    c.siret = SiretValidator::normalised(values.value(QStringLiteral("siret")));
    c.nafCode = values.value(QStringLiteral("naf_code")).toUpper();
    c.address = values.value(QStringLiteral("address"));
    c.postcode = values.value(QStringLiteral("postcode"));
    c.commune = values.value(QStringLiteral("commune"));
    c.contactName = values.value(QStringLiteral("contact_name"));
    c.contactPhone = values.value(QStringLiteral("contact_phone"));
    c.contactEmail = values.value(QStringLiteral("contact_email"));
    // "J13, D12" or "J13 D12": the same parsing as the form, so that a wrong code is refused with the same message.
    c.romeDomains = CompanyRepository::parseRomeDomains(values.value(QStringLiteral("rome_domains")));
    c.activity = values.value(QStringLiteral("activity"));
    QSet<QString> reported;
    for (const QString &key : fieldKeys) {
        if (looksLikeFormula(values.value(key))) {
            problem(key, tr("\"%1\" looks like a spreadsheet formula.").arg(values.value(key).left(40)));
            reported << key;
        }
    }
    // The checks of the form, each reported on its own column, once.
    for (const FieldProblem &p : CompanyRepository::problems(c)) {
        if (!reported.contains(p.field))
            problem(p.field, p.message);
    }
    return imported;
}

Result<int> CompanyImporter::run(const CompanyImportPlan &plan, const QString &sourceName)
{
    if (!plan.canRun()) {
        return ImportProblems::refusal(plan.problems);
    }
    int created = 0;
    CompanyRepository directory(m_database);
    auto written = m_database.writeAllOrNothing([&]() -> Result<void> {
        for (const CompanyImportRow &row : plan.rows) {
            if (row.outcome != CompanyImportRow::Outcome::New)
                continue;
            // create() checks the SIRET again: a company added since the plan was made is refused, not doubled.
            auto company = directory.create(row.company);
            if (!company)
                return company.error().prefixed(tr("Line %1").arg(row.line));
            ++created;
        }
        return AuditLog(m_database)
            .record(QStringLiteral("companies"), QFileInfo(sourceName).fileName(), QStringLiteral("import"),
                    {QString::number(created)});
    });
    if (!written)
        return written.error();
    return created;
}
