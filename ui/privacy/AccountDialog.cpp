// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialog.h"

#include "privacy/AccessControl.h"
#include "privacy/PasswordHash.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AccountDialog::AccountDialog(Database &database, QWidget *parent)
    : QDialog(parent), m_database(database), m_name(new QLineEdit(this)), m_initials(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_message(new QLabel(this))
{
    setWindowTitle(tr("New account"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_initials->setObjectName(QStringLiteral("accountInitials"));
    m_initials->setMaxLength(4);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (UserRole role : {UserRole::Adviser, UserRole::Coordinator, UserRole::Administrator})
        m_role->addItem(AccessControl::roleLabel(role), int(role));
    build(tr("The person signs in with this name and this first password, then changes it in File → My password. "
             "At least %n character(s).",
             nullptr, PasswordHash::minimumLength));
}

AccountDialog::AccountDialog(Database &database, const UserAccount &account, QWidget *parent)
    : QDialog(parent), m_database(database), m_accountId(account.id), m_password(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("New password for %1").arg(account.name));
    build(tr("Give %1 this password by word of mouth, not by e-mail; they change it in File → My password.")
              .arg(account.name));
}

void AccountDialog::build(const QString &intro)
{
    setObjectName(QStringLiteral("accountDialog"));
    setMinimumWidth(480);
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_confirm->setObjectName(QStringLiteral("accountConfirm"));
    for (QLineEdit *field : {m_password, m_confirm})
        field->setEchoMode(QLineEdit::Password);
    m_message->setObjectName(QStringLiteral("accountMessage"));
    m_message->setWordWrap(true);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    if (m_name) {
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Initials:"), m_initials);
        form->addRow(tr("&Role:"), m_role);
    }
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void AccountDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_message->setText(tr("The two passwords differ."));
        return;
    }
    if (auto checked = PasswordHash::checkNew(m_password->text()); !checked) {
        m_message->setText(checked.error().message());
        return;
    }
    UserDirectory users(m_database);
    QString id = m_accountId;
    if (id.isEmpty()) {
        // The account and its password together: an account nobody can sign in to would be of no use.
        auto added = m_database.write([&]() -> Result<void> {
            auto account = users.add(m_name->text(), m_initials->text(), UserRole(m_role->currentData().toInt()));
            if (!account)
                return account.error();
            return users.setPassword(account->id, m_password->text());
        });
        if (!added) {
            m_message->setText(added.error().message());
            return;
        }
    } else if (auto saved = users.setPassword(id, m_password->text()); !saved) {
        m_message->setText(saved.error().message());
        return;
    }
    QDialog::accept();
}
