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
    /// Open actions whose due date has passed, for one adviser's dossiers (all advisers when referent is empty),
    /// the first `limit` by due date.
    Result<QList<LateAction>> late(const QString &referent, const QDate &today = QDate::currentDate(),
                                   int limit = 500) const;
    /// How many actions late() has in all, counting no further than atMost (when not negative).
    Result<qint64> countLate(const QString &referent, const QDate &today, int atMost = -1) const;

    static QStringList problems(const FollowUpAction &action);
    static bool isOpen(const QString &status);

private:
    /// " FROM … WHERE …" of the late actions, its values bound in order.
    static QString lateFrom(const QString &referent, const QDate &today, QVariantList &values);

    DossierItemStore m_store;
};
