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

bool ExchangeSearchIndexer::indexes(const QString &table)
{
    return table == QLatin1String("beneficiaries") || table == QLatin1String("companies") ||
           table == QLatin1String("dropout_cases") || table == QLatin1String("local_sheets");
}

Result<void> ExchangeSearchIndexer::reindex(const QString &table, const QString &id)
{
    if (table == QLatin1String("beneficiaries"))
        return BeneficiaryRepository(m_database).reindex(id);
    if (table == QLatin1String("companies"))
        return CompanyRepository(m_database).reindex(id);
    if (table == QLatin1String("dropout_cases"))
        return DropoutRepository(m_database).reindex(id);
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
