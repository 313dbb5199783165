// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Beneficiary.h"
#include "common/Result.h"
#include "search/SearchService.h"
#include "storage/DataSettings.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <optional>

class Database;

/**
 * Stores dossiers: numbering, the record itself, its audit row and its search entry, in one transaction.
 */
class BeneficiaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRepository)

public:
    explicit BeneficiaryRepository(Database &database);

    /// Creates the dossier and returns it with its id and generated dossier number.
    Result<Beneficiary> create(Beneficiary beneficiary);
    Result<std::optional<Beneficiary>> find(const QString &id) const;
    /// Dossiers not deleted.
    Result<qint64> count() const;

    static QString sexCode(Beneficiary::Sex sex);
    static Beneficiary::Sex sexFromCode(const QString &code);

private:
    static SearchEntry searchEntryFor(const Beneficiary &beneficiary);

    Database &m_database;
    RecordStore m_records;
    SearchService m_search;
    DataSettings m_settings;
};
