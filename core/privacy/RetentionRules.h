// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

/**
 * How long personal data is kept, rule by rule, each a setting of the database with its legal default and the
 * reason for it shown beside it (RGPD, article 5: data kept no longer than the follow-up needs). The settings live in
 * the database, so that every workstation of a site applies the same durations.
 */
class RetentionRules
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRules)

public:
    enum class Rule {
        InactiveDossier, ///< A dossier without activity and without a running programme.
        CejDossier,      ///< A dossier that had a CEJ, counted from the end of its last CEJ.
        DropoutCase,     ///< A closed dropout case, counted from its closing or the 18th birthday, the later.
        AuditLog,        ///< The entries of the audit log.
    };

    explicit RetentionRules(Database &database);

    static QList<Rule> all();
    /// The setting's key in the database ("retention.inactive_dossier_years").
    static QString key(Rule rule);
    /// The duration the law or the programme's rules call for, in years.
    static int legalDefault(Rule rule);
    /// What the rule applies to, in the user's language.
    static QString label(Rule rule);
    /// Why this duration: the text shown beside the setting.
    static QString reason(Rule rule);
    static constexpr int minimumYears = 1;
    static constexpr int maximumYears = 30;

    /// The duration in force, in years: the setting, or the legal default.
    int years(Rule rule) const;
    /// A Usage error outside minimumYears…maximumYears.
    Result<void> setYears(Rule rule, int years);

private:
    Database &m_database;
};
