// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DropoutCase.h"
#include "beneficiaries/Beneficiary.h"
#include "common/Result.h"
#include "search/SearchService.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

class Database;

/**
 * Stores dropout cases under DropoutValidator's checks and moves them through DropoutWorkflow, keeping the date,
 * author and kind of each move; assigns them to advisers; links a case to the young person's Jeunes dossier (or
 * creates the dossier from the case), after which the case shows in that young person's timeline. Each case is in
 * the global search under the Décrochage module.
 */
class DropoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(DropoutRepository)

public:
    explicit DropoutRepository(Database &database);

    /// A case reported by hand (signalement), or a row of a list when source is "list"; starts "to_contact".
    Result<DropoutCase> create(DropoutCase dropoutCase, const QDate &on = QDate::currentDate());
    /// Saves identity, contact, school and note; status, adviser and link have operations of their own.
    Result<QStringList> update(const DropoutCase &dropoutCase);
    Result<std::optional<DropoutCase>> find(const QString &id) const;
    /// The cases of one young person's dossier, newest first.
    Result<QList<DropoutCase>> listForBeneficiary(const QString &beneficiaryId) const;

    Result<void> assign(const QString &id, const QString &adviser);
    /// Assigns every case of ids in one transaction: all or none.
    Result<void> assign(const QStringList &ids, const QString &adviser);

    /// Moves the case if the workflow allows it; solution and closed need their kind (Vocabulary lists).
    Result<void> move(const QString &id, const QString &toStatus, const QString &kind = {}, const QString &note = {},
                      const QDate &on = QDate::currentDate());
    Result<QList<DropoutStatusChange>> history(const QString &id) const;

    /// Links the case to an existing dossier of the Jeunes module.
    Result<void> linkToDossier(const QString &id, const QString &beneficiaryId);
    /// Creates a Jeunes dossier from the case's identity and contact, and links it; returns the dossier.
    Result<Beneficiary> createDossier(const QString &id);

    /// The distinct advisers, schools and communes in use, for the list's filters.
    Result<QStringList> advisers() const;
    Result<QStringList> schools() const;
    Result<QStringList> communes() const;

    /// Makes dropout cases part of every linked young person's timeline; called once at start.
    static void registerTimeline();

    /// "lefevre|eloise|2008-05-06": what the matcher compares (the same key as the Jeunes duplicate guard).
    static QString identityKey(const DropoutCase &dropoutCase);
    /// The stored form of a date: ISO text, or SQL NULL for no date.
    static QVariant dateValue(const QDate &date);

    /// Brings the case's search entry in step with its row, written without this repository (an exchange), or
    /// removes the entry when the case is deleted or gone.
    Result<void> reindex(const QString &id);

private:
    Result<QStringList> distinct(const QString &column) const;
    static QVariantMap values(const DropoutCase &dropoutCase);

    Database &m_database;
    RecordStore m_records;
    SearchService m_search;
};
