// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Tutor.h"
#include "beneficiaries/BeneficiaryValidator.h"
#include "common/Result.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class Database;

/**
 * Stores the tutors of host companies, checked like the contacts of a dossier (French phone, e-mail), with their
 * audit rows. A tutor named in an immersion stays, so that the signed convention keeps its signatory.
 */
class TutorRepository
{
    Q_DECLARE_TR_FUNCTIONS(TutorRepository)

public:
    explicit TutorRepository(Database &database);

    /// Every problem of the tutor's fields; empty when the tutor can be saved.
    static QList<FieldProblem> problems(const Tutor &tutor);

    /// Adds a tutor to an existing company; returns it with its id.
    Result<Tutor> add(Tutor tutor);
    /// Saves every field but the company; returns the names of the fields that changed.
    Result<QStringList> update(const Tutor &tutor);
    /// Removes the tutor (a tombstone); refused while an immersion names them.
    Result<void> remove(const QString &id);
    /// The tutors of a company, by last then first name.
    Result<QList<Tutor>> list(const QString &companyId) const;

private:
    static QVariantMap editableValues(const Tutor &tutor);

    Database &m_database;
    RecordStore m_records;
};
