// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RetentionRules.h"
#include "common/Result.h"
#include "domain/Module.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

/** A dossier or a dropout case whose retention period is over, and why. */
struct RetentionCandidate
{
    Module module = Module::Beneficiaries;
    QString recordId;
    QString name;      ///< "DURAND Léa".
    QString reference; ///< The dossier number, or the campaign of a case.
    QString adviser;   ///< The référent of the dossier, the adviser of the case.
    RetentionRules::Rule rule = RetentionRules::Rule::InactiveDossier;
    QDate since; ///< The day the period is counted from: last activity, end of the CEJ, closing or 18th birthday.
    QDate dueOn; ///< The first day it may be anonymised.

    /// Why it is due, in the user's language ("no activity since 03/05/2024, kept 2 years").
    QString reason(int years) const;
};

/**
 * Applies the RetentionRules to the records of the database: which dossiers and dropout cases are due for
 * anonymisation on a given day, each with the rule and the date that make it so. Records already anonymised or
 * deleted are never proposed; nor is a dossier with a programme running that day.
 */
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)

public:
    explicit RetentionPolicy(Database &database);

    /// Dossiers first, then dropout cases, each by due date; adviser: empty for everyone's.
    Result<QList<RetentionCandidate>> due(const QDate &today, const QString &adviser = {}) const;

    /// Removes the audit entries older than the AuditLog period, leaving one entry that says so; how many went.
    /// Anyone's start does it: the trail holds no one's data but its own, and keeping it longer is what the law
    /// forbids.
    Result<qint64> purgeAuditLog(const QDate &today);

private:
    Result<QList<RetentionCandidate>> dossiers(const QDate &today, const QString &adviser) const;
    Result<QList<RetentionCandidate>> dropoutCases(const QDate &today, const QString &adviser) const;

    Database &m_database;
    RetentionRules m_rules;
};
