// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DossierItemStore.h"
#include "DossierItems.h"

/** An action that is late, as the agenda lists it. */
struct LateAction
{
    FollowUpAction action;
    QString beneficiaryName;
    QString referent;
};

/** The actions and objectives of a dossier; "done" dates itself. */
class ActionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActionRepository)

public:
    explicit ActionRepository(Database &database);

    Result<FollowUpAction> add(FollowUpAction action);
    Result<void> update(FollowUpAction action);
    Result<void> remove(const QString &id);
    /// Open actions first by due date, then the closed ones.
    Result<QList<FollowUpAction>> list(const QString &beneficiaryId) const;
    /// Open actions whose due date has passed, for one adviser's dossiers (all advisers when referent is empty).
    Result<QList<LateAction>> late(const QString &referent, const QDate &today = QDate::currentDate()) const;

    static QStringList problems(const FollowUpAction &action);
    static bool isOpen(const QString &status);

private:
    DossierItemStore m_store;
};
