// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessControl.h"

#include "storage/Database.h"

bool AccessControl::allows(UserRole role, Permission permission)
{
    switch (permission) {
    case Permission::ImportCampaignLists:
    case Permission::ExportWholeBase:
    case Permission::ApplyRetention:
    case Permission::ViewAudit:
    case Permission::AnswerAccessRequest:
        return role == UserRole::Coordinator || role == UserRole::Administrator;
    case Permission::ManageUsers:
        return role == UserRole::Administrator;
    }
    return false;
}

Result<void> AccessControl::require(const Database &database, Permission permission)
{
    if (allows(database.currentRole(), permission))
        return {};
    return Error(Error::Kind::Forbidden,
                 tr("Your role (%1) does not allow %2.").arg(roleLabel(database.currentRole()), actionText(permission)),
                 permission == Permission::ManageUsers ? tr("Ask an administrator of Sillage.")
                                                       : tr("Ask a coordinator or an administrator of Sillage."));
}

QString AccessControl::actionText(Permission permission)
{
    switch (permission) {
    case Permission::ImportCampaignLists:
        return tr("importing the lists of a dropout campaign");
    case Permission::ExportWholeBase:
        return tr("exporting the whole base");
    case Permission::ApplyRetention:
        return tr("anonymising the records the retention rules propose");
    case Permission::ViewAudit:
        return tr("reading the audit log");
    case Permission::ManageUsers:
        return tr("managing the user accounts");
    case Permission::AnswerAccessRequest:
        return tr("exporting everything held about a person");
    }
    return {};
}

QString AccessControl::roleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Adviser:
        return tr("Adviser");
    case UserRole::Coordinator:
        return tr("Coordinator");
    case UserRole::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString AccessControl::roleCode(UserRole role)
{
    switch (role) {
    case UserRole::Adviser:
        return QStringLiteral("adviser");
    case UserRole::Coordinator:
        return QStringLiteral("coordinator");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

UserRole AccessControl::roleFromCode(const QString &code)
{
    if (code == QLatin1String("administrator"))
        return UserRole::Administrator;
    if (code == QLatin1String("coordinator"))
        return UserRole::Coordinator;
    return UserRole::Adviser;
}
