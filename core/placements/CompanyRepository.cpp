// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyRepository.h"

#include "SiretValidator.h"
#include "domain/TextNormalizer.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("companies");
/// A few sentences: what the company does, not its whole brochure.
constexpr int maximumActivityLength = 2000;

const QString selectColumns =
    QStringLiteral("id, name, siret, naf_code, address, postcode, commune, contact_name, contact_phone, contact_email, "
                   "rome_domains, activity");

Company fromRow(const QSqlQuery &q)
{
    Company c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.name = q.value(i++).toString();
    c.siret = q.value(i++).toString();
    c.nafCode = q.value(i++).toString();
    c.address = q.value(i++).toString();
    c.postcode = q.value(i++).toString();
    c.commune = q.value(i++).toString();
    c.contactName = q.value(i++).toString();
    c.contactPhone = q.value(i++).toString();
    c.contactEmail = q.value(i++).toString();
    c.romeDomains = q.value(i++).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.activity = q.value(i++).toString();
    return c;
}

Result<std::optional<Company>> firstCompany(QSqlQuery &query, const QString &doing)
{
    if (auto done = Sql::exec(query, doing); !done)
        return done.error();
    std::optional<Company> company;
    if (query.next())
        company = fromRow(query);
    // Prepared statements are reused: leave this one ready for the next call.
    query.finish();
    return company;
}

} // namespace

CompanyRepository::CompanyRepository(Database &database) : m_database(database), m_records(database), m_search(database)
{
}

QString CompanyRepository::sortKey(const QString &name)
{
    return TextNormalizer::foldForMatching(name.simplified());
}

bool CompanyRepository::isRomeDomain(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-N]([0-9]{2})?$"));
    return pattern.match(code).hasMatch();
}

QStringList CompanyRepository::parseRomeDomains(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList codes;
    for (const QString &code : text.split(separators, Qt::SkipEmptyParts))
        codes << code.toUpper();
    return codes;
}

QStringList CompanyRepository::normalisedRomeDomains(const QStringList &codes)
{
    QStringList normalised;
    for (const QString &code : codes) {
        const QString upper = code.trimmed().toUpper();
        if (!upper.isEmpty() && !normalised.contains(upper))
            normalised << upper;
    }
    normalised.sort();
    return normalised;
}

QList<FieldProblem> CompanyRepository::problems(const Company &company)
{
    QList<FieldProblem> found;
    const QString name = company.name.trimmed();
    if (name.isEmpty())
        found << FieldProblem{QStringLiteral("name"), tr("Enter the name of the company (raison sociale).")};
    else if (name.size() > BeneficiaryValidator::maximumTextLength)
        found << FieldProblem{
            QStringLiteral("name"),
            tr("The name of the company is longer than %1 characters.").arg(BeneficiaryValidator::maximumTextLength)};
    // A company being registered has no SIRET yet; one that is typed must be right.
    if (!company.siret.trimmed().isEmpty() && !SiretValidator::isValid(company.siret))
        found << FieldProblem{QStringLiteral("siret"), SiretValidator::problem(company.siret)};
    if (!company.postcode.trimmed().isEmpty() && !BeneficiaryValidator::isValidPostcode(company.postcode.trimmed()))
        found << FieldProblem{QStringLiteral("postcode"),
                              tr("\"%1\" is not a French postcode (5 digits).").arg(company.postcode.trimmed())};
    if (!company.contactPhone.trimmed().isEmpty() && !BeneficiaryValidator::isValidPhone(company.contactPhone))
        found << FieldProblem{QStringLiteral("contact_phone"),
                              tr("\"%1\" is not a French phone number.").arg(company.contactPhone.trimmed())};
    if (!company.contactEmail.trimmed().isEmpty() &&
        !BeneficiaryValidator::isValidEmail(company.contactEmail.trimmed()))
        found << FieldProblem{QStringLiteral("contact_email"),
                              tr("\"%1\" is not an e-mail address.").arg(company.contactEmail.trimmed())};
    QStringList wrongDomains;
    for (const QString &code : company.romeDomains) {
        if (!isRomeDomain(code.trimmed().toUpper()))
            wrongDomains << code.trimmed();
    }
    if (!wrongDomains.isEmpty())
        found << FieldProblem{QStringLiteral("rome_domains"),
                              tr("\"%1\" is not a ROME domain: a letter from A to N, optionally followed by two digits "
                                 "(J or J13).")
                                  .arg(wrongDomains.join(QStringLiteral(", ")))};
    if (company.activity.trimmed().size() > maximumActivityLength)
        found << FieldProblem{QStringLiteral("activity"),
                              tr("The activity is longer than %1 characters.").arg(maximumActivityLength)};
    return found;
}

QVariantMap CompanyRepository::editableValues(const Company &c)
{
    return {
        {QStringLiteral("name"), c.name.simplified()},
        {QStringLiteral("siret"), SiretValidator::normalised(c.siret.trimmed())},
        {QStringLiteral("naf_code"), c.nafCode.trimmed().toUpper()},
        {QStringLiteral("address"), c.address.trimmed()},
        {QStringLiteral("postcode"), c.postcode.trimmed()},
        {QStringLiteral("commune"), c.commune.trimmed()},
        {QStringLiteral("contact_name"), c.contactName.trimmed()},
        {QStringLiteral("contact_phone"), BeneficiaryValidator::normalisedPhone(c.contactPhone)},
        {QStringLiteral("contact_email"), c.contactEmail.trimmed()},
        {QStringLiteral("rome_domains"), normalisedRomeDomains(c.romeDomains).join(QLatin1Char(' '))},
        {QStringLiteral("activity"), c.activity.trimmed()},
        {QStringLiteral("sort_key"), sortKey(c.name)},
    };
}

Result<void> CompanyRepository::checkSiretIsFree(const Company &company) const
{
    if (company.siret.trimmed().isEmpty())
        return {};
    auto existing = findBySiret(company.siret);
    if (!existing)
        return existing.error();
    if (existing->has_value() && existing->value().id != company.id)
        return Error(
            Error::Kind::BadInput,
            tr("The SIRET %1 is already in the directory: %2.").arg(existing->value().siret, existing->value().name),
            tr("Open the existing company rather than creating a second one."));
    return {};
}

Result<Company> CompanyRepository::create(Company company)
{
    if (const auto found = problems(company); !found.isEmpty())
        return FieldProblem::refusal(found);
    company.id.clear();
    if (auto free = checkSiretIsFree(company); !free)
        return free.error();
    const QVariantMap values = editableValues(company);
    auto saved = m_database.write([&]() -> Result<void> {
        auto id = m_records.insert(table, values);
        if (!id)
            return id.error();
        auto stored = find(*id);
        if (!stored)
            return stored.error();
        company = stored->value_or(company);
        company.id = *id;
        return m_search.index(searchEntryFor(company));
    });
    if (!saved)
        return saved.error();
    return company;
}

Result<QStringList> CompanyRepository::update(const Company &company)
{
    if (const auto found = problems(company); !found.isEmpty())
        return FieldProblem::refusal(found);
    if (auto free = checkSiretIsFree(company); !free)
        return free.error();
    QStringList changed;
    auto saved = m_database.write([&]() -> Result<void> {
        auto fields = m_records.update(table, company.id, editableValues(company));
        if (!fields)
            return fields.error();
        changed = *fields;
        auto stored = find(company.id);
        if (!stored)
            return stored.error();
        return changed.isEmpty() || !stored->has_value() ? Result<void>()
                                                         : m_search.index(searchEntryFor(stored->value()));
    });
    if (!saved)
        return saved.error();
    changed.removeAll(QStringLiteral("sort_key"));
    return changed;
}

Result<std::optional<Company>> CompanyRepository::find(const QString &id) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM companies WHERE id = ? AND deleted_at IS NULL").arg(selectColumns));
    query.addBindValue(id);
    return firstCompany(query, tr("reading a company"));
}

Result<void> CompanyRepository::reindex(const QString &id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return m_search.remove(Module::Placements, id);
    return m_search.index(searchEntryFor(found->value()));
}

Result<std::optional<Company>> CompanyRepository::findBySiret(const QString &siret) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM companies WHERE siret = ? AND siret <> '' AND deleted_at IS NULL")
            .arg(selectColumns));
    query.addBindValue(SiretValidator::normalised(siret.trimmed()));
    return firstCompany(query, tr("looking for a SIRET in the directory"));
}

Result<std::optional<Company>> CompanyRepository::findByName(const QString &name, const QString &postcode) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM companies WHERE sort_key = ? AND postcode = ? AND deleted_at IS NULL")
            .arg(selectColumns));
    query.addBindValue(sortKey(name));
    query.addBindValue(postcode.trimmed());
    return firstCompany(query, tr("looking for a company in the directory"));
}

Result<QList<Company>> CompanyRepository::search(const QString &text, int limit) const
{
    const QString prefix = sortKey(text);
    QList<Company> companies;
    if (prefix.isEmpty() || limit <= 0)
        return companies;
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    QSqlQuery query(m_database.connection());
    // The name branch is a range on the sort_key index, so typing in a large directory stays instant; the commune
    // branch is a plain LIKE (case-insensitive), for "caen" to find the companies of Caen.
    query.prepare(
        QStringLiteral("SELECT %1 FROM companies WHERE deleted_at IS NULL AND sort_key >= ? AND sort_key < ? "
                       "UNION SELECT %1 FROM companies WHERE deleted_at IS NULL AND commune LIKE ? ESCAPE '\\' "
                       "ORDER BY name COLLATE NOCASE LIMIT ?")
            .arg(selectColumns));
    query.addBindValue(prefix);
    query.addBindValue(QString(prefix + QChar(0xFFFF)));
    query.addBindValue(QString(pattern + QLatin1Char('%')));
    query.addBindValue(limit);
    if (auto done = Sql::exec(query, tr("searching the companies")); !done)
        return done.error();
    while (query.next())
        companies << fromRow(query);
    return companies;
}

Result<qint64> CompanyRepository::count() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM companies WHERE deleted_at IS NULL"));
    if (auto done = Sql::exec(query, tr("counting companies")); !done)
        return done.error();
    query.next();
    return query.value(0).toLongLong();
}

Result<void> CompanyRepository::remove(const QString &id)
{
    QSqlQuery used(m_database.connection());
    used.prepare(QStringLiteral("SELECT count(*) FROM placements WHERE company_id = ? AND deleted_at IS NULL"));
    used.addBindValue(id);
    if (auto done = Sql::exec(used, tr("looking for the immersions of a company")); !done)
        return done.error();
    used.next();
    if (const int immersions = used.value(0).toInt(); immersions > 0)
        return Error(Error::Kind::BadInput,
                     tr("This company is the host of %n immersion(s); it stays in the directory.", nullptr, immersions),
                     tr("Its immersions keep their convention partner; edit the company instead."));
    QSqlQuery tutors(m_database.connection());
    tutors.prepare(QStringLiteral("SELECT id FROM tutors WHERE company_id = ? AND deleted_at IS NULL"));
    tutors.addBindValue(id);
    if (auto done = Sql::exec(tutors, tr("reading the tutors of a company")); !done)
        return done.error();
    QStringList tutorIds;
    while (tutors.next())
        tutorIds << tutors.value(0).toString();
    return m_database.write([&]() -> Result<void> {
        // Tutors belong to their company: left behind, they would show under a company nobody can open.
        for (const QString &tutorId : std::as_const(tutorIds)) {
            if (auto removed = m_records.markDeleted(QStringLiteral("tutors"), tutorId); !removed)
                return removed;
        }
        if (auto removed = m_records.markDeleted(table, id); !removed)
            return removed;
        return m_search.remove(Module::Placements, id);
    });
}

SearchEntry CompanyRepository::searchEntryFor(const Company &company)
{
    SearchEntry entry;
    entry.module = Module::Placements;
    entry.recordId = company.id;
    entry.title = company.name;
    QStringList context;
    if (!company.commune.isEmpty())
        context << company.commune;
    if (!company.siret.isEmpty())
        context << company.siret;
    entry.subtitle = context.join(QStringLiteral(" · "));
    // The activity lets "boulangerie" find a company whose name does not say what it does.
    entry.body = QStringList{company.nafCode, company.postcode, company.contactName, company.activity,
                             company.romeDomains.join(QLatin1Char(' '))}
                     .join(QLatin1Char(' '));
    return entry;
}
