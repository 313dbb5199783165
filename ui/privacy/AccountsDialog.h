// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/UserDirectory.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * « Comptes » : the administrator's list of the accounts of the database, with their role, whether they have a
 * password and whether they are active; new accounts, roles, passwords forgotten, departures (an account is disabled,
 * never deleted, so that the trail keeps naming its writes). The core refuses what would leave no administrator.
 */
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Database &database, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The selected account's new role; false (after saying why) when the core refused.
    bool changeRole(UserRole role);
    bool toggleDisabled();

private:
    void refresh();
    void updateButtons();
    std::optional<UserAccount> selected() const;
    void addAccount();
    void resetPassword();
    void chooseRole();
    bool applied(const Result<void> &result);

    Database &m_database;
    QList<UserAccount> m_accounts;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_role;
    QPushButton *m_password;
    QPushButton *m_disable;
};
