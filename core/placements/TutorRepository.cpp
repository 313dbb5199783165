// SPDX-License-Identifier: GPL-3.0-or-later
#include "TutorRepository.h"

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

#include <utility>

namespace {

const QString table = QStringLiteral("tutors");

} // namespace

TutorRepository::TutorRepository(Database &database) : m_database(database), m_records(database) {}

QList<FieldProblem> TutorRepository::problems(const Tutor &tutor)
{
    QList<FieldProblem> found;
    if (tutor.lastName.trimmed().isEmpty())
        found << FieldProblem{QStringLiteral("last_name"), tr("Enter the tutor's last name.")};
    const std::pair<QString, QString> texts[] = {{QStringLiteral("last_name"), tutor.lastName},
                                                 {QStringLiteral("first_name"), tutor.firstName},
                                                 {QStringLiteral("function"), tutor.function}};
    for (const auto &[field, text] : texts) {
        if (text.trimmed().size() > BeneficiaryValidator::maximumTextLength)
            found << FieldProblem{
                field, tr("This field is longer than %1 characters.").arg(BeneficiaryValidator::maximumTextLength)};
    }
    if (!tutor.phone.trimmed().isEmpty() && !BeneficiaryValidator::isValidPhone(tutor.phone))
        found << FieldProblem{QStringLiteral("phone"),
                              tr("\"%1\" is not a French phone number.").arg(tutor.phone.trimmed())};
    if (!tutor.email.trimmed().isEmpty() && !BeneficiaryValidator::isValidEmail(tutor.email.trimmed()))
        found << FieldProblem{QStringLiteral("email"),
                              tr("\"%1\" is not an e-mail address.").arg(tutor.email.trimmed())};
    return found;
}

QVariantMap TutorRepository::editableValues(const Tutor &t)
{
    return {
        {QStringLiteral("last_name"), t.lastName.simplified()},
        {QStringLiteral("first_name"), t.firstName.simplified()},
        {QStringLiteral("function"), t.function.trimmed()},
        {QStringLiteral("phone"), BeneficiaryValidator::normalisedPhone(t.phone)},
        {QStringLiteral("email"), t.email.trimmed()},
    };
}

Result<Tutor> TutorRepository::add(Tutor tutor)
{
    if (const auto found = problems(tutor); !found.isEmpty())
        return FieldProblem::refusal(found);
    QSqlQuery company(m_database.connection());
    company.prepare(QStringLiteral("SELECT 1 FROM companies WHERE id = ? AND deleted_at IS NULL"));
    company.addBindValue(tutor.companyId);
    if (auto done = Sql::exec(company, tr("reading a company")); !done)
        return done.error();
    if (!company.next())
        return Error(Error::Kind::NotFound, tr("The company of this tutor is no longer in the directory."));
    QVariantMap values = editableValues(tutor);
    values.insert(QStringLiteral("company_id"), tutor.companyId);
    auto saved = m_database.write([&]() -> Result<void> {
        auto id = m_records.insert(table, values);
        if (!id)
            return id.error();
        tutor.id = *id;
        return {};
    });
    if (!saved)
        return saved.error();
    // Return what is stored (phone written "06 12 34 56 78"), as list() will show it.
    tutor.lastName = values.value(QStringLiteral("last_name")).toString();
    tutor.firstName = values.value(QStringLiteral("first_name")).toString();
    tutor.function = values.value(QStringLiteral("function")).toString();
    tutor.phone = values.value(QStringLiteral("phone")).toString();
    tutor.email = values.value(QStringLiteral("email")).toString();
    return tutor;
}

Result<QStringList> TutorRepository::update(const Tutor &tutor)
{
    if (const auto found = problems(tutor); !found.isEmpty())
        return FieldProblem::refusal(found);
    QStringList changed;
    auto saved = m_database.write([&]() -> Result<void> {
        auto fields = m_records.update(table, tutor.id, editableValues(tutor));
        if (!fields)
            return fields.error();
        changed = *fields;
        return {};
    });
    if (!saved)
        return saved.error();
    return changed;
}

Result<void> TutorRepository::remove(const QString &id)
{
    QSqlQuery used(m_database.connection());
    used.prepare(QStringLiteral("SELECT count(*) FROM placements WHERE tutor_id = ? AND deleted_at IS NULL"));
    used.addBindValue(id);
    if (auto done = Sql::exec(used, tr("looking for the immersions of a tutor")); !done)
        return done.error();
    used.next();
    if (const int immersions = used.value(0).toInt(); immersions > 0)
        return Error(Error::Kind::BadInput,
                     tr("This tutor is named in %n immersion(s) and cannot be removed.", nullptr, immersions));
    return m_database.write([&]() { return m_records.markDeleted(table, id); });
}

Result<QList<Tutor>> TutorRepository::list(const QString &companyId) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT id, company_id, last_name, first_name, function, phone, email FROM tutors "
                       "WHERE company_id = ? AND deleted_at IS NULL "
                       "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE"));
    query.addBindValue(companyId);
    if (auto done = Sql::exec(query, tr("reading the tutors of a company")); !done)
        return done.error();
    QList<Tutor> tutors;
    while (query.next()) {
        Tutor t;
        int i = 0;
        t.id = query.value(i++).toString();
        t.companyId = query.value(i++).toString();
        t.lastName = query.value(i++).toString();
        t.firstName = query.value(i++).toString();
        t.function = query.value(i++).toString();
        t.phone = query.value(i++).toString();
        t.email = query.value(i++).toString();
        tutors << t;
    }
    query.finish();
    return tutors;
}
