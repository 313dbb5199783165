// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/UserDirectory.h"

#include <QDialog>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;

/**
 * An administrator creates an account (name, initials, role and a first password the person will change), or gives
 * an existing account a new password when its owner forgot theirs.
 */
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new account.
    explicit AccountDialog(Database &database, QWidget *parent = nullptr);
    /// A new password for this account.
    AccountDialog(Database &database, const UserAccount &account, QWidget *parent = nullptr);

    void accept() override;

private:
    void build(const QString &intro);

    Database &m_database;
    QString m_accountId; ///< Empty for a new account.
    QLineEdit *m_name = nullptr;
    QLineEdit *m_initials = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_message;
};
