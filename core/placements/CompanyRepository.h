// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Company.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "common/Result.h"
#include "search/SearchService.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class Database;

/**
 * The directory of host companies: checks (name, SIRET with its checksum, contact), one company per SIRET, the
 * record with its audit rows and its entry in the global search, each operation in one transaction. A company that
 * hosted an immersion is never removed, so that the immersion keeps its convention partner.
 */
class CompanyRepository
{
    Q_DECLARE_TR_FUNCTIONS(CompanyRepository)

public:
    explicit CompanyRepository(Database &database);

    /// Every problem of the company's fields, in the order of the form; empty when it can be saved.
    static QList<FieldProblem> problems(const Company &company);
    /// The key companies are sorted and searched by: the name folded (no case, no accents).
    static QString sortKey(const QString &name);
    /// Whether code is a ROME grand domaine (a letter A to N) or domaine professionnel (that letter and two digits).
    static bool isRomeDomain(const QString &code);
    /// The codes typed in text, separated by spaces, commas or semicolons, upper case; wrong ones are kept so that
    /// problems() can name them.
    static QStringList parseRomeDomains(const QString &text);
    /// The codes upper case, sorted, each once: how they are stored.
    static QStringList normalisedRomeDomains(const QStringList &codes);

    /// Creates the company and returns it with its id and its SIRET normalised. A SIRET already in the directory is
    /// refused, and the error names the company that has it.
    Result<Company> create(Company company);
    /// Saves every field; returns the names of the fields that changed.
    Result<QStringList> update(const Company &company);
    Result<std::optional<Company>> find(const QString &id) const;
    /// The company with this SIRET (typed with or without separators), if any.
    Result<std::optional<Company>> findBySiret(const QString &siret) const;
    /// A company of that name (compared folded) in that postcode: how a company without a SIRET is recognised.
    Result<std::optional<Company>> findByName(const QString &name, const QString &postcode) const;
    /// Companies whose name starts with text (accents and case ignored) or whose commune does, by name.
    Result<QList<Company>> search(const QString &text, int limit = 50) const;
    /// Companies not deleted.
    Result<qint64> count() const;
    /// Removes the company (a tombstone) and its tutors; refused while an immersion refers to it.
    Result<void> remove(const QString &id);
    /// Brings the company's search entry in step with its row, written without this repository (an exchange), or
    /// removes the entry when the company is deleted or gone.
    Result<void> reindex(const QString &id);

private:
    Result<void> checkSiretIsFree(const Company &company) const;
    static QVariantMap editableValues(const Company &company);
    static SearchEntry searchEntryFor(const Company &company);

    Database &m_database;
    RecordStore m_records;
    SearchService m_search;
};
