// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/** The situations of a young person over time (in training, employed…), newest first. */
class SituationRepository
{
    Q_DECLARE_TR_FUNCTIONS(SituationRepository)

public:
    explicit SituationRepository(Database &database);

    Result<Situation> add(Situation situation);
    Result<void> update(const Situation &situation);
    Result<void> remove(const QString &id);
    Result<QList<Situation>> list(const QString &beneficiaryId) const;

    static QStringList problems(const Situation &situation);

private:
    static QVariantMap values(const Situation &situation);

    DossierItemStore m_store;
};
