// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/**
 * The programmes (dispositifs) of a dossier, with their rules: a known kind, dates in order, one running programme
 * of a kind at a time, and a CEJ that ends must say why, from the CEJ's official list of exit reasons.
 */
class ProgrammeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeRepository)

public:
    explicit ProgrammeRepository(Database &database);

    Result<Programme> add(Programme programme);
    Result<void> update(const Programme &programme);
    /// Ends a running programme on a date with a reason.
    Result<void> end(const QString &id, const QDate &on, const QString &exitReason);
    Result<void> remove(const QString &id);
    Result<QList<Programme>> list(const QString &beneficiaryId) const;

    /// The problems with a programme's fields, in the user's language; empty when it can be saved.
    static QStringList problems(const Programme &programme);

private:
    Result<std::optional<Programme>> find(const QString &id) const;
    static QVariantMap values(const Programme &programme);

    DossierItemStore m_store;
};
