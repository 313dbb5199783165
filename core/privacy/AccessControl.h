// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserRole.h"

#include <QCoreApplication>
#include <QString>

class Database;

/**
 * Which role may do what, enforced by the core services themselves (an import, an export, the retention engine, the
 * accounts) against the role of the user the database was opened for, so that no window or script can go around
 * it. A database without accounts is a single-user installation, whose user is its administrator.
 */
class AccessControl
{
    Q_DECLARE_TR_FUNCTIONS(AccessControl)

public:
    enum class Permission {
        ImportCampaignLists, ///< Bring a dropout list into a campaign.
        ExportWholeBase,     ///< Export every dossier, immersion or case, or synchronise a whole site.
        ApplyRetention,      ///< Anonymise what the retention rules propose.
        ViewAudit,           ///< Read and export the audit log.
        ManageUsers,         ///< Create accounts, change roles, reset another user's password.
        AnswerAccessRequest, ///< Export everything held about one person, private notes included (RGPD art. 15).
    };

    static bool allows(UserRole role, Permission permission);
    /// A Forbidden error naming the action and the role when the database's current user may not do it.
    static Result<void> require(const Database &database, Permission permission);

    /// "Conseiller·ère", "Coordinateur·rice", "Administrateur·rice".
    static QString roleLabel(UserRole role);
    /// The stable code stored in the database: "adviser", "coordinator", "administrator".
    static QString roleCode(UserRole role);
    /// The role of a code; Adviser, the least, for an unknown one.
    static UserRole roleFromCode(const QString &code);

private:
    static QString actionText(Permission permission);
};
