// SPDX-License-Identifier: GPL-3.0-or-later
#include "DropoutRepository.h"

#include "DropoutValidator.h"
#include "DropoutWorkflow.h"
#include "IneValidator.h"
#include "UaiValidator.h"
#include "beneficiaries/BeneficiaryRepository.h"
#include "beneficiaries/DuplicateGuard.h"
#include "beneficiaries/TimelineService.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

namespace {

const QString table = QStringLiteral("dropout_cases");
const QString columns = QStringLiteral(
    "id, campaign_id, source, ine, last_name, first_name, birth_date, sex, address, postcode, commune, phone, email, "
    "guardian_name, guardian_phone, school, uai, training, left_on, status, solution_kind, closure_kind, adviser, "
    "beneficiary_id, received_on, solution_on, last_attempt_on, note");

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

DropoutCase read(const QSqlQuery &q)
{
    DropoutCase c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.campaignId = q.value(i++).toString();
    c.source = q.value(i++).toString();
    c.ine = q.value(i++).toString();
    c.lastName = q.value(i++).toString();
    c.firstName = q.value(i++).toString();
    c.birthDate = dateOf(q.value(i++));
    c.sex = q.value(i++).toString();
    c.address = q.value(i++).toString();
    c.postcode = q.value(i++).toString();
    c.commune = q.value(i++).toString();
    c.phone = q.value(i++).toString();
    c.email = q.value(i++).toString();
    c.guardianName = q.value(i++).toString();
    c.guardianPhone = q.value(i++).toString();
    c.school = q.value(i++).toString();
    c.uai = q.value(i++).toString();
    c.training = q.value(i++).toString();
    c.leftOn = dateOf(q.value(i++));
    c.status = q.value(i++).toString();
    c.solutionKind = q.value(i++).toString();
    c.closureKind = q.value(i++).toString();
    c.adviser = q.value(i++).toString();
    c.beneficiaryId = q.value(i++).toString();
    c.receivedOn = dateOf(q.value(i++));
    c.solutionOn = dateOf(q.value(i++));
    c.lastAttemptOn = dateOf(q.value(i++));
    c.note = q.value(i++).toString();
    return c;
}

Error gone()
{
    return Error(Error::Kind::NotFound, DropoutRepository::tr("This case no longer exists."));
}

} // namespace

DropoutRepository::DropoutRepository(Database &database) : m_database(database), m_records(database), m_search(database)
{
}

QVariant DropoutRepository::dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString DropoutRepository::identityKey(const DropoutCase &c)
{
    return DuplicateGuard::identityKey(c.lastName, c.firstName, c.birthDate);
}

QVariantMap DropoutRepository::values(const DropoutCase &c)
{
    return {{QStringLiteral("ine"), IneValidator::normalized(c.ine)},
            {QStringLiteral("last_name"), c.lastName.trimmed()},
            {QStringLiteral("first_name"), c.firstName.trimmed()},
            {QStringLiteral("birth_date"), dateValue(c.birthDate)},
            {QStringLiteral("sex"), c.sex},
            {QStringLiteral("address"), c.address.trimmed()},
            {QStringLiteral("postcode"), c.postcode.trimmed()},
            {QStringLiteral("commune"), c.commune.trimmed()},
            {QStringLiteral("phone"), c.phone.trimmed()},
            {QStringLiteral("email"), c.email.trimmed()},
            {QStringLiteral("guardian_name"), c.guardianName.trimmed()},
            {QStringLiteral("guardian_phone"), c.guardianPhone.trimmed()},
            {QStringLiteral("school"), c.school.trimmed()},
            {QStringLiteral("uai"), UaiValidator::normalized(c.uai)},
            {QStringLiteral("training"), c.training.trimmed()},
            {QStringLiteral("left_on"), dateValue(c.leftOn)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("sort_key"), DuplicateGuard::sortKey(c.lastName, c.firstName)},
            {QStringLiteral("identity_key"), identityKey(c)}};
}

Result<DropoutCase> DropoutRepository::create(DropoutCase c, const QDate &on)
{
    if (const auto problems = DropoutValidator::problems(c); !problems.isEmpty())
        return FieldProblem::refusal(problems);
    c.status = QStringLiteral("to_contact");
    c.receivedOn = on;
    auto saved = m_database.write([&]() -> Result<void> {
        QVariantMap row = values(c);
        row.insert(QStringLiteral("campaign_id"),
                   c.campaignId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.campaignId));
        row.insert(QStringLiteral("source"), c.source);
        row.insert(QStringLiteral("status"), c.status);
        row.insert(QStringLiteral("adviser"), c.adviser.trimmed());
        row.insert(QStringLiteral("received_on"), dateValue(on));
        row.insert(QStringLiteral("beneficiary_id"),
                   c.beneficiaryId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.beneficiaryId));
        auto id = m_records.insert(table, row);
        if (!id)
            return id.error();
        c.id = *id;
        return reindex(c.id);
    });
    if (!saved)
        return saved.error();
    return c;
}

Result<QStringList> DropoutRepository::update(const DropoutCase &c)
{
    if (const auto problems = DropoutValidator::problems(c); !problems.isEmpty())
        return FieldProblem::refusal(problems);
    QStringList changed;
    auto saved = m_database.write([&]() -> Result<void> {
        auto fields = m_records.update(table, c.id, values(c));
        if (!fields)
            return fields.error();
        changed = *fields;
        return changed.isEmpty() ? Result<void>() : reindex(c.id);
    });
    if (!saved)
        return saved.error();
    return changed;
}

Result<std::optional<DropoutCase>> DropoutRepository::find(const QString &id) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT %1 FROM dropout_cases WHERE id = ? AND deleted_at IS NULL").arg(columns));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading a dropout case")); !done)
        return done.error();
    if (!query.next())
        return std::optional<DropoutCase>();
    DropoutCase found = read(query);
    query.finish();
    return std::optional<DropoutCase>(found);
}

Result<QList<DropoutCase>> DropoutRepository::listForBeneficiary(const QString &beneficiaryId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM dropout_cases WHERE beneficiary_id = ? AND deleted_at IS NULL "
                                 "ORDER BY received_on DESC")
                      .arg(columns));
    query.addBindValue(beneficiaryId);
    if (auto done = Sql::exec(query, tr("reading the dropout cases")); !done)
        return done.error();
    QList<DropoutCase> cases;
    while (query.next())
        cases << read(query);
    return cases;
}

Result<void> DropoutRepository::assign(const QString &id, const QString &adviser)
{
    return assign(QStringList{id}, adviser);
}

Result<void> DropoutRepository::assign(const QStringList &ids, const QString &adviser)
{
    return m_database.write([&]() -> Result<void> {
        for (const QString &id : ids) {
            auto found = find(id);
            if (!found)
                return found.error();
            if (!found->has_value())
                return gone();
            if (auto changed = m_records.update(table, id, {{QStringLiteral("adviser"), adviser.trimmed()}}); !changed)
                return changed.error();
        }
        return {};
    });
}

Result<void> DropoutRepository::move(const QString &id, const QString &toStatus, const QString &kind,
                                     const QString &note, const QDate &on)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return gone();
    const QString from = current->value().status;
    if (const QString problem = DropoutWorkflow::problem(from, toStatus, kind); !problem.isEmpty())
        return Error(Error::Kind::BadInput, problem);
    const bool solution = toStatus == QLatin1String("solution");
    const bool closed = toStatus == QLatin1String("closed");
    return m_database.write([&]() -> Result<void> {
        QVariantMap changes{{QStringLiteral("status"), toStatus}};
        if (solution) {
            changes.insert(QStringLiteral("solution_kind"), kind);
            changes.insert(QStringLiteral("solution_on"), dateValue(on));
        }
        if (closed)
            changes.insert(QStringLiteral("closure_kind"), kind);
        if (auto changed = m_records.update(table, id, changes); !changed)
            return changed.error();
        auto logged = m_records.insert(QStringLiteral("dropout_status_changes"),
                                       {{QStringLiteral("case_id"), id},
                                        {QStringLiteral("from_status"), from},
                                        {QStringLiteral("to_status"), toStatus},
                                        {QStringLiteral("kind"), solution || closed ? kind : QString()},
                                        {QStringLiteral("changed_on"), dateValue(on)},
                                        {QStringLiteral("note"), note.trimmed()}});
        if (!logged)
            return logged.error();
        return {};
    });
}

Result<QList<DropoutStatusChange>> DropoutRepository::history(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT changed_on, from_status, to_status, kind, note, updated_by "
                                 "FROM dropout_status_changes WHERE case_id = ? AND deleted_at IS NULL "
                                 "ORDER BY created_at, rowid"));
    query.addBindValue(id);
    if (auto done = Sql::exec(query, tr("reading the history of a case")); !done)
        return done.error();
    QList<DropoutStatusChange> changes;
    while (query.next())
        changes << DropoutStatusChange{dateOf(query.value(0)),    query.value(1).toString(), query.value(2).toString(),
                                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
    return changes;
}

Result<void> DropoutRepository::linkToDossier(const QString &id, const QString &beneficiaryId)
{
    auto dossier = BeneficiaryRepository(m_database).find(beneficiaryId);
    if (!dossier)
        return dossier.error();
    if (!dossier->has_value())
        return Error(Error::Kind::NotFound, tr("This dossier no longer exists."));
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return gone();
    return m_database.write([&]() -> Result<void> {
        auto changed = m_records.update(table, id, {{QStringLiteral("beneficiary_id"), beneficiaryId}});
        if (!changed)
            return changed.error();
        return {};
    });
}

Result<Beneficiary> DropoutRepository::createDossier(const QString &id)
{
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return gone();
    const DropoutCase &c = current->value();
    if (!c.beneficiaryId.isEmpty())
        return Error(Error::Kind::BadInput, tr("This case is already linked to a dossier."));
    Beneficiary person;
    person.lastName = c.lastName;
    person.firstName = c.firstName;
    person.birthDate = c.birthDate;
    person.sex = BeneficiaryRepository::sexFromCode(c.sex);
    person.ine = c.ine;
    person.phone = c.phone;
    person.email = c.email;
    person.address = c.address;
    person.postcode = c.postcode;
    person.commune = c.commune;
    person.legalRepresentativeName = c.guardianName;
    person.legalRepresentativePhone = c.guardianPhone;
    person.referent = c.adviser;
    Beneficiary created;
    auto saved = m_database.write([&]() -> Result<void> {
        // The duplicate guard refuses a second dossier for the same person: link to the one it names instead.
        auto dossier = BeneficiaryRepository(m_database).create(person);
        if (!dossier)
            return dossier.error();
        created = *dossier;
        return linkToDossier(id, created.id);
    });
    if (!saved)
        return saved.error();
    return created;
}

Result<QStringList> DropoutRepository::distinct(const QString &column) const
{
    QSqlQuery query(m_database.connection());
    // The column name comes from this class, never from the user.
    query.prepare(QStringLiteral("SELECT DISTINCT %1 FROM dropout_cases WHERE deleted_at IS NULL AND %1 <> '' "
                                 "ORDER BY %1 COLLATE NOCASE")
                      .arg(column));
    if (auto done = Sql::exec(query, tr("reading the filters of the case list")); !done)
        return done.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

Result<QStringList> DropoutRepository::advisers() const
{
    return distinct(QStringLiteral("adviser"));
}

Result<QStringList> DropoutRepository::schools() const
{
    return distinct(QStringLiteral("school"));
}

Result<QStringList> DropoutRepository::communes() const
{
    return distinct(QStringLiteral("commune"));
}

Result<void> DropoutRepository::reindex(const QString &id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return m_search.remove(Module::Dropouts, id);
    const DropoutCase &c = found->value();
    QStringList context;
    for (const QString &part : {c.school, c.commune}) {
        if (!part.isEmpty())
            context << part;
    }
    return m_search.index(SearchEntry{Module::Dropouts, c.id, c.displayName(), context.join(QStringLiteral(" · ")),
                                      c.ine + QLatin1Char(' ') + c.uai});
}

void DropoutRepository::registerTimeline()
{
    TimelineService::registerSource([](Database &database,
                                       const QString &beneficiaryId) -> Result<QList<TimelineEntry>> {
        auto cases = DropoutRepository(database).listForBeneficiary(beneficiaryId);
        if (!cases)
            return cases.error();
        QList<TimelineEntry> entries;
        for (const DropoutCase &c : std::as_const(*cases)) {
            QString detail = DropoutWorkflow::label(c.status);
            if (c.status == QLatin1String("solution"))
                detail = Vocabulary::label(Vocabulary::List::DropoutSolution, c.solutionKind);
            else if (c.status == QLatin1String("closed"))
                detail = Vocabulary::label(Vocabulary::List::DropoutClosure, c.closureKind);
            const QString title = c.school.isEmpty() ? tr("Left school") : tr("Left %1").arg(c.school);
            entries << TimelineEntry{c.receivedOn.startOfDay(), Module::Dropouts, tr("Dropout case"), title, detail};
        }
        return entries;
    });
}
