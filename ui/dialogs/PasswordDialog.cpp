// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordDialog.h"

#include "privacy/PasswordHash.h"
#include "privacy/UserDirectory.h"
#include "storage/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("My password"));
    setMinimumWidth(460);
    if (Database *database = m_workspace.database()) {
        auto accounts = UserDirectory(*database).accounts();
        for (const UserAccount &account : accounts ? *accounts : QList<UserAccount>()) {
            if (account.name == database->currentUser()) {
                m_accountId = account.id;
                m_hasPassword = account.hasPassword;
            }
        }
    }
    for (QLineEdit *field : {m_current, m_new, m_confirm})
        field->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_confirm->setObjectName(QStringLiteral("confirmPassword"));
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(m_hasPassword ? tr("Type your password, then the new one twice.")
                                           : tr("Once set, your password is asked at each start and to unlock "
                                                "Sillage. At least %n character(s).",
                                                nullptr, PasswordHash::minimumLength),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (m_hasPassword)
        form->addRow(tr("&Current password:"), m_current);
    else
        m_current->hide();
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Again:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void PasswordDialog::accept()
{
    Database *database = m_workspace.database();
    if (!database || m_accountId.isEmpty()) {
        m_message->setText(tr("Your session has no account of its own: ask an administrator to create one."));
        return;
    }
    if (m_new->text() != m_confirm->text()) {
        m_message->setText(tr("The two new passwords differ."));
        return;
    }
    UserDirectory users(*database);
    if (m_hasPassword) {
        if (auto checked = users.signIn(database->currentUser(), m_current->text()); !checked) {
            m_message->setText(tr("The current password is wrong."));
            return;
        }
    }
    if (auto saved = users.setPassword(m_accountId, m_new->text()); !saved) {
        m_message->setText(saved.error().message());
        return;
    }
    QDialog::accept();
}
