// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyActions.h"

#include "AccountsDialog.h"
#include "AuditDialog.h"
#include "RetentionDialog.h"
#include "privacy/AccessControl.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QMenu>

PrivacyActions::PrivacyActions(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_window(window)
{
}

void PrivacyActions::populate(QMenu *menu)
{
    menu->addAction(tr("Data to &anonymise…"), this, [this] {
        if (Database *database = m_workspace.database()) {
            RetentionDialog dialog(*database, m_window);
            dialog.exec();
            emit recordsChanged();
        }
    });
    QAction *audit = menu->addAction(tr("Audit &log…"), this, [this] {
        if (Database *database = m_workspace.database()) {
            AuditDialog dialog(*database, m_window);
            dialog.exec();
        }
    });
    audit->setObjectName(QStringLiteral("auditAction"));
    QAction *accounts = menu->addAction(tr("User &accounts…"), this, [this] {
        if (Database *database = m_workspace.database()) {
            AccountsDialog dialog(*database, m_window);
            dialog.exec();
        }
    });
    accounts->setObjectName(QStringLiteral("accountsAction"));
    connect(menu, &QMenu::aboutToShow, this, [this, audit, accounts] {
        const Database *database = m_workspace.database();
        const UserRole role = database ? database->currentRole() : UserRole::Adviser;
        audit->setEnabled(AccessControl::allows(role, AccessControl::Permission::ViewAudit));
        accounts->setEnabled(AccessControl::allows(role, AccessControl::Permission::ManageUsers));
    });
}
