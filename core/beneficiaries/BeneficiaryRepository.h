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

/** A change of référent, as the dossier's history shows it. */
struct ReferentChange
{
    QDate changedOn;
    QString previousReferent;
    QString referent;
    QString changedBy;
};

/**
 * Stores dossiers: checks, duplicate guard, numbering, the record, its audit rows and its search entry, each
 * operation in one transaction. Closing, reopening and changing référent are operations of their own, so that
 * their history is kept.
 */
class BeneficiaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryRepository)

public:
    enum class DuplicatePolicy { Refuse, Allow };

    explicit BeneficiaryRepository(Database &database);

    /// Creates the dossier and returns it with its id and dossier number. With Refuse, a dossier that the duplicate
    /// guard matches is not created (the error names the existing one).
    Result<Beneficiary> create(Beneficiary beneficiary, DuplicatePolicy policy = DuplicatePolicy::Refuse);
    /// Saves the identity, contact and situation fields; returns the names of the fields that changed.
    Result<QStringList> update(const Beneficiary &beneficiary);
    Result<std::optional<Beneficiary>> find(const QString &id) const;
    /// Leaves a "view" entry in the audit trail: someone opened the dossier (RGPD traceability).
    Result<void> recordView(const QString &id);
    /// Dossiers not deleted.
    Result<qint64> count() const;

    Result<void> changeReferent(const QString &id, const QString &referent, const QDate &on = QDate::currentDate());
    Result<QList<ReferentChange>> referentHistory(const QString &id) const;
    /// Sortie: the dossier leaves the active list with a reason (Vocabulary::List::CloseReason).
    Result<void> close(const QString &id, const QString &reason, const QDate &on = QDate::currentDate());
    Result<void> reopen(const QString &id);

    /// The distinct référents and communes in use, for the list's filters.
    Result<QStringList> referents() const;
    Result<QStringList> communes() const;

    static QString sexCode(Beneficiary::Sex sex);
    static Beneficiary::Sex sexFromCode(const QString &code);

    /// Brings the dossier's search entry in step with its row, written without this repository (an exchange), or
    /// removes the entry when the dossier is deleted or gone.
    Result<void> reindex(const QString &id);

    /// For an import inside one transaction: the search entries of the dossiers created are written together by
    /// writeHeldSearchEntries(), before the transaction ends (see SearchService::hold()).
    void holdSearchEntries() { m_search.hold(); }
    Result<void> writeHeldSearchEntries() { return m_search.writeHeld(); }

private:
    Result<void> setStatus(const QString &id, const QVariantMap &values);
    Result<QStringList> distinct(const QString &column) const;
    Result<void> reindex(const Beneficiary &beneficiary);
    static QVariantMap editableValues(const Beneficiary &beneficiary);
    static SearchEntry searchEntryFor(const Beneficiary &beneficiary);

    Database &m_database;
    RecordStore m_records;
    SearchService m_search;
    DataSettings m_settings;
};
