// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/** The career plan of a dossier: the jobs aimed at, by ROME code (linked to the Métiers module's sheets). */
class CareerTargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(CareerTargetRepository)

public:
    explicit CareerTargetRepository(Database &database);

    Result<CareerTarget> add(CareerTarget target);
    Result<void> remove(const QString &id);
    Result<QList<CareerTarget>> list(const QString &beneficiaryId) const;

    /// A letter from A to N then four digits, e.g. M1805.
    static bool isValidRomeCode(const QString &code);

private:
    DossierItemStore m_store;
};
