// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CareerSheet.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;
class QSqlQuery;

/**
 * Reads full career sheets (ROME or local) and writes the local side: a trainer's own sheets, created from scratch
 * or copied from a ROME sheet, and the local additions (notes, training offers, links, image) of any sheet. Local
 * writes are audited records that exchange files carry; the ROME referential itself is only written by an import.
 */
class CareerSheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(CareerSheetRepository)

public:
    explicit CareerSheetRepository(Database &database);

    /// A ROME code (current or withdrawn) or a local sheet's id; NotFound otherwise.
    Result<CareerSheet> find(const QString &key) const;
    /// The label of a code in the current referential, else its last label if withdrawn, else empty.
    Result<QString> labelOf(const QString &code) const;

    /// Saves a new local sheet (key, source and version are set); the label is required.
    Result<CareerSheet> createLocal(CareerSheet sheet);
    /// A local copy of a ROME sheet that the trainer can then edit; it keeps the ROME code it comes from.
    Result<CareerSheet> copyFromRome(const QString &code);
    Result<void> updateLocal(const CareerSheet &sheet);
    /// Marks the local sheet deleted, with its additions; séances that list it simply skip it.
    Result<void> removeLocal(const QString &id);
    /// Every local sheet, by label.
    Result<QList<CareerSheet>> localSheets() const;

    /// The additions of a sheet (empty ones when there are none yet).
    Result<CareerAdditions> additions(const QString &sheetKey) const;
    /// Creates or updates the additions of additions.sheetKey; returns them with their id.
    Result<CareerAdditions> saveAdditions(CareerAdditions additions);

    /// A ROME code: a letter from A to N, then four digits.
    static bool isRomeCode(const QString &key);

private:
    Result<CareerSheet> findRome(const QString &code) const;
    Result<CareerSheet> findLocal(const QString &id) const;
    Result<void> readRomeLists(CareerSheet &sheet) const;
    static CareerSheet localFromQuery(const QSqlQuery &query);
    Result<void> indexLocal(const CareerSheet &sheet);

    Database &m_database;
};
