// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class Workspace;

/**
 * « Mon mot de passe » : the user of the session sets or changes their own password (the current one first, when
 * there is one; the new one twice). Once an account has a password, Sillage asks for it at each start and unlock.
 */
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(Workspace &workspace, QWidget *parent = nullptr);

    void accept() override;

private:
    Workspace &m_workspace;
    QString m_accountId;
    bool m_hasPassword = false;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_message;
};
