// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeSearchIndexer.h"

#include "beneficiaries/BeneficiaryRepository.h"
#include "careers/CareerSearch.h"
#include "careers/CareerSheetRepository.h"
#include "domain/Vocabulary.h"
#include "dropouts/DropoutRepository.h"
#include "placements/CompanyRepository.h"
#include "search/SearchService.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>

ExchangeSearchIndexer::ExchangeSearchIndexer(Database &database) : m_database(database) {}

Result<void> ExchangeSearchIndexer::reindex(const QString &table, const QString &id)
{
    SearchService search(m_database);
    if (table == QLatin1String("beneficiaries")) {
        auto found = BeneficiaryRepository(m_database).find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return search.remove(Module::Beneficiaries, id);
        // The entry BeneficiaryRepository writes (its builder is private to it); private notes are never indexed.
        const Beneficiary &beneficiary = found->value();
        QStringList context = {beneficiary.dossierNumber};
        if (!beneficiary.commune.isEmpty())
            context << beneficiary.commune;
        if (beneficiary.birthDate.isValid())
            context << beneficiary.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
        return search.index(SearchEntry{
            Module::Beneficiaries, beneficiary.id, beneficiary.displayName(), context.join(QStringLiteral(" · ")),
            QStringList{beneficiary.usageName, beneficiary.ine, beneficiary.email, beneficiary.externalId}.join(
                QLatin1Char(' '))});
    }
    if (table == QLatin1String("companies")) {
        auto found = CompanyRepository(m_database).find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return search.remove(Module::Placements, id);
        // The entry CompanyRepository writes (its builder is private to it).
        const Company &company = found->value();
        QStringList context;
        if (!company.commune.isEmpty())
            context << company.commune;
        if (!company.siret.isEmpty())
            context << company.siret;
        return search.index(SearchEntry{Module::Placements, company.id, company.name,
                                        context.join(QStringLiteral(" · ")),
                                        QStringList{company.nafCode, company.postcode, company.contactName,
                                                    company.activity, company.romeDomains.join(QLatin1Char(' '))}
                                            .join(QLatin1Char(' '))});
    }
    if (table == QLatin1String("dropout_cases")) {
        // The same entry DropoutRepository writes: name, then school and commune.
        auto found = DropoutRepository(m_database).find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return search.remove(Module::Dropouts, id);
        const auto &dropout = found->value();
        QStringList context;
        for (const QString &part : {dropout.school, dropout.commune}) {
            if (!part.isEmpty())
                context << part;
        }
        return search.index(SearchEntry{Module::Dropouts, dropout.id, dropout.displayName(),
                                        context.join(QStringLiteral(" · ")),
                                        dropout.ine + QLatin1Char(' ') + dropout.uai});
    }
    if (table == QLatin1String("local_sheets"))
        return reindexLocalSheet(id);
    return {};
}

// The same entries CareerSheetRepository writes for a local sheet: its own career index and the global search.
Result<void> ExchangeSearchIndexer::reindexLocalSheet(const QString &id)
{
    QSqlQuery &alive =
        m_database.prepared(QStringLiteral("SELECT 1 FROM local_sheets WHERE id = ? AND deleted_at IS NULL"));
    alive.addBindValue(id);
    if (auto done = Sql::exec(alive, QStringLiteral("local_sheets")); !done)
        return done;
    const bool exists = alive.next();
    alive.finish();
    CareerSearch careers(m_database);
    SearchService search(m_database);
    if (!exists) {
        if (auto removed = careers.remove(id); !removed)
            return removed;
        return search.remove(Module::Careers, id);
    }
    auto sheet = CareerSheetRepository(m_database).find(id);
    if (!sheet)
        return sheet.error();
    if (auto done = careers.index(sheet->key, sheet->label, sheet->appellations,
                                  sheet->knowHow + sheet->softSkills + sheet->knowledge,
                                  sheet->definition + QLatin1Char('\n') + sheet->access);
        !done)
        return done;
    SearchEntry entry;
    entry.module = Module::Careers;
    entry.recordId = sheet->key;
    entry.title = sheet->label;
    const QString domain = Vocabulary::label(Vocabulary::List::RomeGrandDomain, sheet->grandDomain);
    entry.subtitle = sheet->code.isEmpty() ? domain : QStringLiteral("%1 · %2").arg(sheet->code, domain);
    entry.body = sheet->appellations.join(QLatin1Char(' '));
    return search.index(entry);
}
