// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/**
 * The journal of a dossier: interviews, calls, workshops. The private note of an entry is written with its author's
 * name and only ever read back for that author: colleagues see the entry and its shared summary, never the note,
 * and an edit by a colleague leaves the note untouched.
 */
class JournalRepository
{
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)

public:
    explicit JournalRepository(Database &database);

    Result<JournalEvent> add(JournalEvent event);
    Result<void> update(const JournalEvent &event);
    Result<void> remove(const QString &id);
    /// Newest first; private notes of other authors come back empty.
    Result<QList<JournalEvent>> list(const QString &beneficiaryId) const;

    static QStringList problems(const JournalEvent &event);

private:
    DossierItemStore m_store;
};
