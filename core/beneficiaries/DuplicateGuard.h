// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Beneficiary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

/** An existing dossier that looks like the same person. */
struct DuplicateCandidate
{
    QString id;
    QString dossierNumber;
    QString displayName;
    QDate birthDate;
    QString reason; ///< Why it matched, in the user's language.
};

/**
 * Finds the dossiers that are probably the same young person: the same name and birth date once accents, case,
 * hyphens and spaces are ignored (also with last and first names swapped, a common slip), or the same INE.
 */
class DuplicateGuard
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateGuard)

public:
    explicit DuplicateGuard(Database &database);

    /// The existing dossiers (not deleted) that match, other than the one with excludeId.
    Result<QList<DuplicateCandidate>> candidatesFor(const Beneficiary &person, const QString &excludeId = {}) const;

    /// "lefevre eloise": what the list sorts on, so that É sorts with E.
    static QString sortKey(const QString &lastName, const QString &firstName);
    /// "lefevre|eloise|2007-05-06": what the duplicate guard compares.
    static QString identityKey(const QString &lastName, const QString &firstName, const QDate &birthDate);

private:
    Database &m_database;
};
